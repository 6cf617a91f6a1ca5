"""A stored file served as a download: never rendered in the browser, never sniffed."""

from urllib.parse import quote

from fastapi import Response


def file_etag(sha256: str) -> str:
    return f'"{sha256}"'


def content_disposition(naam: str) -> str:
    """`attachment` with an ASCII fallback name and the exact name in RFC 5987 form."""
    fallback = "".join(
        c if c.isascii() and c.isprintable() and c not in '"\\;' else "_" for c in naam
    )
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(naam, safe='')}"


def attachment_response(inhoud: bytes, naam: str, media_type: str, etag: str) -> Response:
    return Response(
        content=inhoud,
        media_type=media_type,
        headers={
            "Content-Disposition": content_disposition(naam),
            "X-Content-Type-Options": "nosniff",
            "ETag": etag,
            "Cache-Control": "private, no-cache",
            "Content-Security-Policy": "sandbox; default-src 'none'",
        },
    )


def _ascii_safe(character: str) -> str:
    plain = character.isascii() and character.isprintable() and character not in '"\\;'
    return character if plain else "_"

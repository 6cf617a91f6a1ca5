"""ETags: optimistic concurrency (a version number, If-Match required on updates) and cheap
polling (If-None-Match answered 304)."""

import hashlib
from typing import Annotated, Any

from fastapi import Header, Response

from app.core.errors import PreconditionFailed, PreconditionRequired

IfMatchHeader = Annotated[
    str | None,
    Header(
        alias="If-Match",
        description="De `ETag` van uw laatste lezing van deze resource. Ontbreekt hij: 428; "
        "is hij verouderd: 412.",
        examples=['"3"'],
    ),
]


def etag_of(version: int) -> str:
    return f'"{version}"'


def set_etag(response: Response, version: int) -> None:
    response.headers["ETag"] = etag_of(version)


def require_current(if_match: str | None, current_version: int) -> None:
    """Refuse a change made without, or against an old, read of the resource."""
    if not if_match:
        raise PreconditionRequired()
    offered = {tag.strip() for tag in if_match.split(",")}
    if "*" not in offered and etag_of(current_version) not in offered:
        raise PreconditionFailed()


IfNoneMatchHeader = Annotated[
    str | None,
    Header(
        alias="If-None-Match",
        description="The ETag of your last read; unchanged since: 304 without a body.",
    ),
]

NOT_MODIFIED: dict[int | str, dict[str, Any]] = {
    304: {"description": "Unchanged since the read whose ETag you sent."}
}


def strong_etag(text: str) -> str:
    """An opaque strong ETag for a representation identified by `text`."""
    return '"' + hashlib.sha256(text.encode()).hexdigest()[:32] + '"'


def unchanged(if_none_match: str | None, etag: str) -> bool:
    """Whether the client's `If-None-Match` names `etag` (or `*`): answer 304."""
    if not if_none_match:
        return False
    offered = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
    return "*" in offered or etag in offered


def not_modified(etag: str) -> Response:
    return Response(status_code=304, headers={"ETag": etag})

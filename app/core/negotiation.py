"""Content negotiation by `Accept` (RFC 9110 §12.5.1), for resources offered in several formats."""

from collections.abc import Mapping
from typing import TypeVar

from app.core.errors import NotAcceptable

T = TypeVar("T")


def choose(accept: str | None, by_media_range: Mapping[str, T], default: T, offered: str) -> T:
    """What to answer with: `default` without an `Accept`, else the offer of the most preferred
    media range that `by_media_range` knows (ties in the client's order); 406 naming `offered`
    when there is none."""
    if not accept or not accept.strip():
        return default
    ranked = sorted(media_ranges(accept), key=lambda item: -item[1])
    for media_range, quality in ranked:
        if quality > 0 and media_range in by_media_range:
            return by_media_range[media_range]
    raise NotAcceptable(offered)


def media_ranges(accept: str) -> list[tuple[str, float]]:
    """The media ranges of an `Accept` header with their quality, in the client's order."""
    ranges = []
    for part in accept.split(","):
        media_range, *params = (piece.strip() for piece in part.split(";"))
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media_range:
            ranges.append((media_range.lower(), quality))
    return ranges

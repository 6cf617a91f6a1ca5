"""Content negotiation by `Accept` (RFC 9110 §12.5.1), for resources offered in several formats."""

from collections.abc import Sequence
from typing import TypeVar

from app.core.errors import NotAcceptable

T = TypeVar("T")


def choose(accept: str | None, offers: Sequence[tuple[str, T]], default: T, offered: str) -> T:
    """What to answer with: `default` without an `Accept`; else the offered media type the
    client weights highest, each weighted by the MOST SPECIFIC media range that matches it
    (`text/*, text/csv;q=0` excludes CSV). Ties go to the offer named more specifically,
    then to the first offer. 406 naming `offered` when every offer weighs 0."""
    if not accept or not accept.strip():
        return default
    ranges = media_ranges(accept)
    best: tuple[float, int, int] | None = None
    chosen = default
    for position, (media_type, value) in enumerate(offers):
        quality, specificity = weight(media_type, ranges)
        key = (quality, specificity, -position)
        if quality > 0 and (best is None or key > best):
            best, chosen = key, value
    if best is None:
        raise NotAcceptable(offered)
    return chosen


def weight(media_type: str, ranges: Sequence[tuple[str, float]]) -> tuple[float, int]:
    """The quality the client gives `media_type` and how specifically (2 exact, 1 `type/*`,
    0 `*/*`, -1 not at all) it names it."""
    kind = media_type.split("/", 1)[0]
    found: tuple[float, int] = (0.0, -1)
    for media_range, quality in ranges:
        if media_range == media_type:
            specificity = 2
        elif media_range == f"{kind}/*":
            specificity = 1
        elif media_range == "*/*":
            specificity = 0
        else:
            continue
        if specificity > found[1]:
            found = (quality, specificity)
    return found


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
                    quality = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    quality = 0.0
        if media_range:
            ranges.append((media_range.lower(), quality))
    return ranges

"""Optimistic concurrency: ETags from a version number, If-Match required on updates."""

from typing import Annotated

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

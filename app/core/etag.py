"""Optimistic concurrency: ETags from a version number, If-Match required on updates."""

from typing import Annotated

from fastapi import Header, Response

from app.core.errors import PreconditionFailed, PreconditionRequired

# The OpenAPI document marks If-Match required where it carries this key (app/core/openapi.py);
# the server answers its absence with 428, not with the 400 of a missing parameter.
REQUIRED_BY_SERVER = "x-vpm-required"

IfMatchHeader = Annotated[
    str | None,
    Header(
        alias="If-Match",
        description="The ETag of your last read of this resource. Missing: 428; stale: 412.",
        json_schema_extra={REQUIRED_BY_SERVER: True},
    ),
]
# A PUT that creates or replaces: If-Match only when replacing what is stored.
IfMatchWhenReplacingHeader = Annotated[
    str | None,
    Header(
        alias="If-Match",
        description="To replace what is stored: the ETag of your last read (missing: 428; "
        "stale: 412). To create: leave it out.",
    ),
]


def etag_of(version: int) -> str:
    return f'"{version}"'


def set_etag(response: Response, version: int) -> None:
    response.headers["ETag"] = etag_of(version)


def require_current(if_match: str | None, current_version: int) -> None:
    """Refuse a change made without, or against an old, read of the resource."""
    require_matching(if_match, etag_of(current_version))


def require_matching(if_match: str | None, current_etag: str) -> None:
    """As `require_current`, for a resource whose ETag is not a version number."""
    if not if_match:
        raise PreconditionRequired()
    offered = {tag.strip() for tag in if_match.split(",")}
    if "*" not in offered and current_etag not in offered:
        raise PreconditionFailed()

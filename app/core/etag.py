"""ETags: optimistic concurrency (a version number, If-Match required on updates) and cheap
polling (If-None-Match answered 304)."""

import hashlib
from typing import Annotated, Any

from fastapi import Header, Response

from app.core.errors import PreconditionFailed, PreconditionRequired

# The OpenAPI document marks If-Match required where it carries this key (app/core/openapi.py);
# the server answers its absence with 428, not with the 400 of a missing parameter.
REQUIRED_BY_SERVER = "x-vpm-required"

IfMatchHeader = Annotated[
    str | None,
    Header(
        alias="If-Match",
        description="De `ETag` van uw laatste lezing van deze resource. Ontbreekt hij: 428; "
        "is hij verouderd: 412.",
        examples=['"3"'],
        json_schema_extra={REQUIRED_BY_SERVER: True},
    ),
]
# A PUT that creates or replaces: If-Match only when replacing what is stored.
IfMatchWhenReplacingHeader = Annotated[
    str | None,
    Header(
        alias="If-Match",
        description="Om te vervangen wat is opgeslagen: de `ETag` van uw laatste lezing "
        "(ontbreekt hij: 428; verouderd: 412). Om aan te maken: weglaten.",
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


IfNoneMatchHeader = Annotated[
    str | None,
    Header(
        alias="If-None-Match",
        description="De `ETag` van uw laatste lezing; sindsdien ongewijzigd: 304 zonder body.",
    ),
]

NOT_MODIFIED: dict[int | str, dict[str, Any]] = {
    304: {"description": "Ongewijzigd sinds de lezing waarvan u de `ETag` stuurde."}
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

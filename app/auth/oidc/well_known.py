"""RFC 9728 protected resource metadata: where a client (Power BI's organisational account,
a script) finds the issuers whose tokens this API accepts. Outside `/api/v1`, as the RFC
places it, and outside the OpenAPI document."""

from typing import Any

from fastapi import APIRouter, Request

from app.auth.oidc.api_tokens import METADATA_PATH, REALM, oidc_of, public_base
from app.core.db import DbSession

router = APIRouter(include_in_schema=False)


async def _metadata(request: Request, session: DbSession, resource: str) -> dict[str, Any]:
    uitgevers = await oidc_of(request).issuers.all(session)
    return {
        "resource": resource,
        "resource_name": REALM,
        "authorization_servers": [uitgever.issuer for uitgever in uitgevers],
        "bearer_methods_supported": ["header"],
        "resource_documentation": f"{public_base(request)}/api/v1/docs",
    }


@router.get(METADATA_PATH)
async def protected_resource(request: Request, session: DbSession) -> dict[str, Any]:
    """The metadata of the service as a whole."""
    return await _metadata(request, session, public_base(request))


@router.get(METADATA_PATH + "/api/v1")
async def protected_api(request: Request, session: DbSession) -> dict[str, Any]:
    """The metadata of the API, at the path RFC 9728 derives from its URL."""
    return await _metadata(request, session, public_base(request) + "/api/v1")

"""RP-initiated logout: where the identity provider that signed a person in ends its own
session too (OpenID Connect RP-Initiated Logout 1.0: `end_session_endpoint` from discovery,
with `id_token_hint`, `post_logout_redirect_uri` and `client_id`).

A browser that signs out with the form of a page cannot be redirected to the provider from
that POST: the pages' CSP (`form-action 'self'`) makes the browser refuse a redirect to
another origin after a form submission. So `/uitloggen` ends the session here and goes on to
`/uitloggen/organisatie` (this site), whose link (followed at once by `static/afmelden.js`,
or pressed without JavaScript) leads to `/uitloggen/organisatie/verder`, which redirects to
the provider: a link's navigation, which the CSP allows.
"""

from urllib.parse import urlencode

from starlette.requests import Request

from app.auth.oidc.api_tokens import oidc_of, public_base
from app.auth.oidc.metadata import MetadataUnavailable
from app.web import urls


async def end_session_endpoint(request: Request, issuer: str) -> str | None:
    """The issuer's `end_session_endpoint`, when it is still trusted and offers one."""
    oidc = oidc_of(request)
    async with request.app.state.sessionmaker() as session:
        if await oidc.issuers.find(session, issuer) is None:
            return None
    try:
        discovery = await oidc.metadata.discovery(issuer)
    except MetadataUnavailable:
        return None
    endpoint = discovery.get("end_session_endpoint")
    return endpoint if isinstance(endpoint, str) and endpoint.startswith("http") else None


async def logout_url(request: Request, issuer: str, id_token_hint: str) -> str | None:
    """The provider's logout address for this person, back to this service's sign-in page."""
    endpoint = await end_session_endpoint(request, issuer)
    if endpoint is None:
        return None
    async with request.app.state.sessionmaker() as session:
        uitgever = await oidc_of(request).issuers.find(session, issuer)
    query = {
        "id_token_hint": id_token_hint,
        "post_logout_redirect_uri": public_base(request) + urls.inloggen(),
        **({"client_id": uitgever.client_id} if uitgever and uitgever.client_id else {}),
    }
    separator = "&" if "?" in endpoint else "?"
    return f"{endpoint}{separator}{urlencode(query)}"

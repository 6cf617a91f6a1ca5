"""Use cases of the operator: the identity providers (issuers) of a shared service, one per
municipality, whose people sign in to that municipality's accounts (app/auth/oidc/)."""

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.oidc import repository, secrets
from app.auth.oidc.models import OidcUitgever
from app.auth.principal import SystemActor
from app.config import Settings, require_secure_url
from app.core import audit
from app.core.errors import Conflict, InvalidInput, NotFound
from app.organisaties import service as organisaties

OPERATOR = SystemActor()


@dataclass(frozen=True)
class NieuweUitgever:
    issuer: str
    cbs_code: str
    client_id: str
    client_secret: str | None
    audience: str | None = None
    naam: str | None = None


async def add_issuer(
    session: AsyncSession, data: NieuweUitgever, settings: Settings
) -> OidcUitgever:
    """Trust an issuer for the accounts of one municipality; its client secret is stored
    encrypted with `VPM_OIDC_ENCRYPTION_KEYS`, never in plain text."""
    try:
        issuer = require_secure_url(data.issuer)
    except ValueError as error:
        raise InvalidInput.field("issuer", str(error)) from error
    organisation = await organisaties.find_by_cbs_code(session, data.cbs_code)
    if organisation is None:
        raise NotFound(f"municipality {data.cbs_code}")
    if issuer == settings.oidc_issuer or await repository.registered_issuer(session, issuer):
        raise Conflict(f"The issuer {issuer} is already trusted.")
    stored_secret = None
    if data.client_secret:
        try:
            stored_secret = secrets.encrypt(data.client_secret, settings.oidc_encryption_keys)
        except secrets.SecretKeyMissing as error:
            raise InvalidInput.field("client-secret", str(error)) from error
    uitgever = OidcUitgever(
        issuer=issuer,
        organisatie_id=organisation.id,
        naam=data.naam or organisation.naam,
        client_id=data.client_id,
        client_secret_versleuteld=stored_secret,
        audience=data.audience,
    )
    session.add(uitgever)
    await session.flush()
    await _record(session, "oidc_uitgever_toegevoegd", uitgever, None, audit.snapshot(uitgever))
    return uitgever


async def list_issuers(session: AsyncSession) -> list[tuple[OidcUitgever, str]]:
    """Every registered issuer with the name of its municipality."""
    uitgevers = await repository.registered_issuers(session)
    names = await organisaties.names_of(session, [u.organisatie_id for u in uitgevers])
    return [(uitgever, names.get(uitgever.organisatie_id, "?")) for uitgever in uitgevers]


async def remove_issuer(session: AsyncSession, issuer: str) -> None:
    """Stop trusting an issuer: its tokens are refused from the next request on (in other
    workers when PostgreSQL announces it, else within VPM_TOKEN_CACHE_SECONDS)."""
    uitgever = await repository.registered_issuer(session, issuer)
    if uitgever is None:
        raise NotFound(f"issuer {issuer}")
    before = audit.snapshot(uitgever)
    await repository.delete_links(session, issuer)  # a returning issuer links afresh
    await session.delete(uitgever)
    await session.flush()
    await _record(session, "oidc_uitgever_verwijderd", uitgever, before, None)


async def _record(
    session: AsyncSession,
    actie: str,
    uitgever: OidcUitgever,
    voor: dict[str, object] | None,
    na: dict[str, object] | None,
) -> None:
    await audit.record(
        session,
        OPERATOR,
        actie=actie,
        entiteit="oidc_uitgever",
        entiteit_id=uitgever.id,
        voor=voor,
        na=na,
        organisatie_id=uitgever.organisatie_id,
    )

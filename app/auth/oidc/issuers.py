"""The trusted issuers: the one of the settings and those registered with the CLI.

The list is read from the database and remembered per worker like a token's principal
(app/auth/token_cache.py): a change in this process, or one announced by PostgreSQL, makes
the next request read it again; otherwise it is read again after `VPM_TOKEN_CACHE_SECONDS`.
"""

import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import structlog
from pydantic import SecretStr
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth import token_cache
from app.auth.oidc import repository, secrets
from app.config import Settings

log = structlog.get_logger("vpmonitor.oidc")


@dataclass(frozen=True, slots=True)
class Uitgever:
    """An issuer and the municipality whose accounts its people may use."""

    issuer: str
    organisatie_id: uuid.UUID
    naam: str
    client_id: str | None
    audience: str | None
    client_secret: SecretStr | None = None  # the settings' issuer
    client_secret_versleuteld: str | None = None  # an issuer registered with the CLI

    @property
    def api_audience(self) -> str | None:
        """The `aud` an API access token must carry (default: the client id)."""
        return self.audience or self.client_id

    def secret(self, settings: Settings) -> str | None:
        if self.client_secret is not None:
            return self.client_secret.get_secret_value()
        if self.client_secret_versleuteld is None:
            return None
        return secrets.decrypt(self.client_secret_versleuteld, settings.oidc_encryption_keys)


@dataclass(frozen=True, slots=True)
class _Loaded:
    uitgevers: tuple[Uitgever, ...]
    generation: int
    until: float


# The municipality a CBS code names, as (id, name): the kernel knows no domain, so the app
# hands it this lookup (app/main.py passes the organisaties service's).
MunicipalityLookup = Callable[[AsyncSession, str], Awaitable[tuple[uuid.UUID, str] | None]]


class IssuerRegistry:
    def __init__(self, settings: Settings, municipality_of: MunicipalityLookup) -> None:
        self.settings = settings
        self.municipality_of = municipality_of
        self._loaded: _Loaded | None = None

    async def all(self, session: AsyncSession) -> tuple[Uitgever, ...]:
        loaded = self._loaded
        if (
            loaded is None
            or loaded.generation != token_cache.generation()
            or loaded.until < time.monotonic()
        ):
            generation = token_cache.generation()
            uitgevers = await self._read(session)
            seconds = self.settings.token_cache_seconds
            loaded = self._loaded = _Loaded(uitgevers, generation, time.monotonic() + seconds)
        return loaded.uitgevers

    async def find(self, session: AsyncSession, issuer: str) -> Uitgever | None:
        return next((u for u in await self.all(session) if u.issuer == issuer), None)

    async def _read(self, session: AsyncSession) -> tuple[Uitgever, ...]:
        found = [
            Uitgever(
                issuer=row.issuer,
                organisatie_id=row.organisatie_id,
                naam=row.naam,
                client_id=row.client_id,
                audience=row.audience,
                client_secret_versleuteld=row.client_secret_versleuteld,
            )
            for row in await repository.registered_issuers(session)
        ]
        configured = await self._configured(session)
        if configured is not None:
            found = [configured, *(u for u in found if u.issuer != configured.issuer)]
        return tuple(found)

    async def _configured(self, session: AsyncSession) -> Uitgever | None:
        settings = self.settings
        if not settings.oidc_issuer:
            return None
        cbs_code = settings.oidc_organisatie or ""
        organisation = await self.municipality_of(session, cbs_code)
        if organisation is None:
            # Not fatal: the service runs on, without this issuer, and says why.
            log.warning("oidc_issuer_without_municipality", organisatie=cbs_code)
            return None
        return Uitgever(
            issuer=settings.oidc_issuer,
            organisatie_id=organisation[0],
            naam=organisation[1],
            client_id=settings.oidc_client_id,
            audience=settings.oidc_audience,
            client_secret=settings.oidc_client_secret,
        )

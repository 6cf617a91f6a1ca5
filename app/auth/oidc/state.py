"""What sign-on keeps per worker: the trusted issuers and their metadata and keys."""

from dataclasses import dataclass, field

from app.auth.oidc.issuers import IssuerRegistry, MunicipalityLookup
from app.auth.oidc.metadata import ProviderMetadata
from app.config import Settings


@dataclass
class OidcState:
    settings: Settings
    municipality_of: MunicipalityLookup
    issuers: IssuerRegistry = field(init=False)
    metadata: ProviderMetadata = field(init=False)

    def __post_init__(self) -> None:
        self.issuers = IssuerRegistry(self.settings, self.municipality_of)
        self.metadata = ProviderMetadata(self.settings)

    async def aclose(self) -> None:
        await self.metadata.aclose()

"""The caller of a request, as the rest of the service sees it."""

import uuid
from dataclasses import dataclass

from app.auth.roles import Rol
from app.core.errors import Forbidden


@dataclass(frozen=True, slots=True)
class Principal:
    gebruiker_id: uuid.UUID | None
    naam: str
    rol: Rol
    organisatie_id: uuid.UUID | None
    verbonden_partij_id: uuid.UUID | None = None
    token_id: uuid.UUID | None = None

    @property
    def rol_naam(self) -> str:
        return self.rol.value

    @property
    def account_id(self) -> uuid.UUID:
        """The account behind a request (only command-line actors have none)."""
        if self.gebruiker_id is None:
            raise Forbidden("This operation needs a signed-in account.")
        return self.gebruiker_id

    @property
    def is_partner(self) -> bool:
        return self.rol is Rol.PARTNER

    @property
    def tenant_id(self) -> uuid.UUID:
        """The municipality the caller works for; partners have none."""
        if self.organisatie_id is None:
            raise Forbidden("This operation is for accounts of a municipality.")
        return self.organisatie_id


@dataclass(frozen=True, slots=True)
class SystemActor:
    """An operator at the command line: acts outside any request, without an account."""

    naam: str = "vpmonitor-cli"
    rol_naam: str = "systeem"
    gebruiker_id: uuid.UUID | None = None
    organisatie_id: uuid.UUID | None = None

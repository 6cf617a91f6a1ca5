"""What the beheer pages show: Dutch role names, the role choices per kind of account, and a
token's state. Pure."""

from dataclasses import dataclass
from datetime import datetime

from app.auth.roles import Rol

ROL = {
    Rol.BEHEERDER.value: "beheerder",
    Rol.MT.value: "MT-lid",
    Rol.REGIEVOERDER.value: "regievoerder",
    Rol.LEZER.value: "lezer",
    Rol.PARTNER.value: "partner (verbonden partij)",
}
MUNICIPAL_CHOICES = [(rol.value, ROL[rol.value]) for rol in Rol if rol is not Rol.PARTNER]
ALL_CHOICES = [(rol.value, ROL[rol.value]) for rol in Rol]


def role_choices(rol: Rol) -> list[tuple[str, str]]:
    """The roles an existing account may get: a partner account stays a partner account, and
    a municipal account stays municipal (the service refuses the switch)."""
    return (
        [(Rol.PARTNER.value, ROL[Rol.PARTNER.value])] if rol is Rol.PARTNER else MUNICIPAL_CHOICES
    )


@dataclass(frozen=True)
class TokenStand:
    tekst: str
    toon: str
    bruikbaar: bool


def token_state(
    ingetrokken_op: datetime | None, verloopt_op: datetime, now: datetime
) -> TokenStand:
    """Revoked, expired or valid: a token can be revoked only while it still works."""
    if ingetrokken_op is not None:
        return TokenStand("ingetrokken", "neutraal", False)
    if verloopt_op <= now:
        return TokenStand("verlopen", "neutraal", False)
    return TokenStand("geldig", "goed", True)

"""The demo accounts of API.md, with their fixed tokens. They exist only in demo data."""

from dataclasses import dataclass

from app.auth.roles import Rol


@dataclass(frozen=True)
class DemoAccount:
    token: str
    rol: Rol
    gemeente: str | None  # CBS code of the municipality; None for a partner
    partij: str | None  # the party a partner represents or a regievoerder directs
    naam: str

    @property
    def omschrijving(self) -> str:
        return " — ".join(part for part in (self.gemeente_naam, self.partij) if part)

    @property
    def gemeente_naam(self) -> str | None:
        return GEMEENTE_NAMEN.get(self.gemeente) if self.gemeente else None

    @property
    def email(self) -> str:
        return self.token.removeprefix("demo-") + "@demo.example"


GEMEENTE_NAMEN = {
    "GM0202": "Arnhem",
    "GM0274": "Renkum",
    "GM0384": "Diemen",
    "GM0150": "Deventer",
}
DE_CONNECTIE = "De Connectie"
DUO = "Duo+"
REGIONALE_TOEGANG = "Regionale toegang Beschermd Wonen en Maatschappelijke Opvang"

DEMO_ACCOUNTS = [
    DemoAccount("demo-beheerder-arnhem", Rol.BEHEERDER, "GM0202", None, "Beheerder Arnhem"),
    DemoAccount("demo-mt-arnhem", Rol.MT, "GM0202", None, "MT-lid Arnhem"),
    DemoAccount(
        "demo-regievoerder-arnhem", Rol.REGIEVOERDER, "GM0202", DE_CONNECTIE, "Regievoerder Arnhem"
    ),
    DemoAccount("demo-lezer-arnhem", Rol.LEZER, "GM0202", None, "Dashboard Arnhem"),
    DemoAccount("demo-beheerder-renkum", Rol.BEHEERDER, "GM0274", None, "Beheerder Renkum"),
    DemoAccount("demo-mt-renkum", Rol.MT, "GM0274", None, "MT-lid Renkum"),
    DemoAccount(
        "demo-regievoerder-renkum", Rol.REGIEVOERDER, "GM0274", DE_CONNECTIE, "Regievoerder Renkum"
    ),
    DemoAccount("demo-beheerder-diemen", Rol.BEHEERDER, "GM0384", None, "Beheerder Diemen"),
    DemoAccount("demo-mt-diemen", Rol.MT, "GM0384", None, "MT-lid Diemen"),
    DemoAccount("demo-regievoerder-diemen", Rol.REGIEVOERDER, "GM0384", DUO, "Regievoerder Diemen"),
    DemoAccount("demo-beheerder-deventer", Rol.BEHEERDER, "GM0150", None, "Beheerder Deventer"),
    DemoAccount("demo-mt-deventer", Rol.MT, "GM0150", None, "MT-lid Deventer"),
    DemoAccount(
        "demo-regievoerder-deventer",
        Rol.REGIEVOERDER,
        "GM0150",
        REGIONALE_TOEGANG,
        "Regievoerder Deventer",
    ),
    DemoAccount(
        "demo-partner-de-connectie", Rol.PARTNER, None, DE_CONNECTIE, "Systeem De Connectie"
    ),
    DemoAccount("demo-partner-duo", Rol.PARTNER, None, DUO, "Systeem Duo+"),
]

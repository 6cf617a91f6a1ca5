"""Illustrative budgets (seed 000: De Connectie's budget discussed twice a year; seed 004 rec.
10). De Connectie's 2026 forecast overruns and trips all three deviation flags; Duo+ has not
delivered its equity figures. The figures are examples."""

from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Gebruiker
from app.begrotingen import repository
from app.begrotingen.models import Begroting
from app.begrotingen.service import budget_snapshot
from app.core.audit import AuditGebeurtenis
from app.demo.accounts import DE_CONNECTIE, DUO
from app.demo.context import DemoContext


def eur(amount: str) -> Decimal:
    return Decimal(amount.replace("_", ""))


@dataclass(frozen=True)
class DemoVersie:
    """One version of a budget year as the partner pushed it, at a moment in the year."""

    tijdstip: datetime
    kolommen: dict[str, Any]
    bijdragen: dict[str, Decimal] = field(default_factory=dict)  # municipality name → amount


CONNECTIE_2025 = DemoVersie(
    datetime(2026, 4, 24, 9, 0, tzinfo=UTC),
    {
        "primitief_lasten": eur("12_200_000"),
        "primitief_baten": eur("12_200_000"),
        "na_wijziging_lasten": eur("12_600_000"),
        "na_wijziging_baten": eur("12_450_000"),
        "realisatie_lasten": eur("12_710_000"),
        "realisatie_baten": eur("12_480_000"),
        "investeringen_begroot": eur("700_000"),
        "investeringen_realisatie": eur("655_000"),
        "eigen_vermogen_begin": eur("1_350_000"),
        "eigen_vermogen_einde": eur("1_200_000"),
        "vreemd_vermogen_begin": eur("3_900_000"),
        "vreemd_vermogen_einde": eur("4_000_000"),
        "resultaat": eur("-230_000"),
        "risicos": "Continuïteit en informatiebeveiliging van de IV-keten; uitloop 2!Connect.",
    },
    {"Arnhem": eur("8_466_000"), "Renkum": eur("1_743_000"), "Rheden": eur("2_241_000")},
)
CONNECTIE_2026_JANUARI = DemoVersie(
    datetime(2026, 1, 20, 9, 0, tzinfo=UTC),
    {
        "primitief_lasten": eur("12_500_000"),
        "primitief_baten": eur("12_500_000"),
        "na_wijziging_lasten": eur("12_900_000"),
        "na_wijziging_baten": eur("12_650_000"),
        "prognose_lasten": eur("12_950_000"),
        "prognose_baten": eur("12_700_000"),
        "investeringen_begroot": eur("800_000"),
        "investeringen_prognose": eur("820_000"),
        "eigen_vermogen_begin": eur("1_200_000"),
        "eigen_vermogen_einde": eur("900_000"),
        "vreemd_vermogen_begin": eur("4_000_000"),
        "vreemd_vermogen_einde": eur("4_200_000"),
        "resultaat": eur("-300_000"),
        "risicos": "Uitloop 2!Connect; krapte op de arbeidsmarkt voor ICT-personeel.",
    },
    {"Arnhem": eur("8_602_000"), "Renkum": eur("1_771_000"), "Rheden": eur("2_277_000")},
)
# After the first bestuursrapportage: the forecast overruns the amended budget.
CONNECTIE_2026_JUNI = DemoVersie(
    datetime(2026, 6, 30, 9, 0, tzinfo=UTC),
    {
        **CONNECTIE_2026_JANUARI.kolommen,
        "prognose_lasten": eur("13_100_000"),
        "investeringen_prognose": eur("950_000"),
    },
    CONNECTIE_2026_JANUARI.bijdragen,
)
# Duo+ has not delivered its equity figures: the BBV paragraph lists them as missing.
DUO_2026 = DemoVersie(
    datetime(2026, 7, 15, 9, 0, tzinfo=UTC),
    {
        "primitief_lasten": eur("58_000_000"),
        "primitief_baten": eur("58_000_000"),
        "prognose_lasten": eur("58_060_000"),
        "prognose_baten": eur("58_020_000"),
        "vreemd_vermogen_begin": eur("12_000_000"),
        "vreemd_vermogen_einde": eur("11_500_000"),
        "resultaat": eur("-40_000"),
        "risicos": "Frictiekosten bij de herijking van de dienstverleningsovereenkomst.",
    },
    {"Diemen": eur("18_720_000"), "Ouder-Amstel": eur("10_400_000"), "Uithoorn": eur("22_880_000")},
)

DEMO_BEGROTINGEN: dict[tuple[str, int], list[DemoVersie]] = {
    (DE_CONNECTIE, 2025): [CONNECTIE_2025],
    (DE_CONNECTIE, 2026): [CONNECTIE_2026_JANUARI, CONNECTIE_2026_JUNI],
    (DUO, 2026): [DUO_2026],
}
PARTNERS = {DE_CONNECTIE: "demo-partner-de-connectie", DUO: "demo-partner-duo"}


async def load_begrotingen(session: AsyncSession, context: DemoContext) -> None:
    """Each version pushed by the party's partner account, kept in the audit trail."""
    for (partij, jaar), versies in DEMO_BEGROTINGEN.items():
        party = context.parties[partij]
        partner = context.accounts[PARTNERS[partij]]
        begroting = Begroting(
            verbonden_partij_id=party.id,
            jaar=jaar,
            aangemaakt_op=versies[0].tijdstip,
            **versies[0].kolommen,
        )
        session.add(begroting)
        before = None
        for versie in versies:
            for column, value in versie.kolommen.items():
                setattr(begroting, column, value)
            begroting.gewijzigd_op = versie.tijdstip
            await session.flush()
            bedragen = {
                context.gemeente(naam).id: bedrag for naam, bedrag in versie.bijdragen.items()
            }
            await repository.replace_contributions(session, begroting.id, bedragen)
            after = await budget_snapshot(session, begroting)
            session.add(_event(partner, begroting, versie.tijdstip, before, after))
            before = after


def _event(
    partner: Gebruiker,
    begroting: Begroting,
    tijdstip: datetime,
    voor: dict[str, Any] | None,
    na: dict[str, Any],
) -> AuditGebeurtenis:
    return AuditGebeurtenis(
        tijdstip=tijdstip,
        actor_gebruiker_id=partner.id,
        actor_naam=partner.naam,
        actor_rol=partner.rol.value,
        verbonden_partij_id=begroting.verbonden_partij_id,
        gedeeld=True,
        entiteit=repository.AUDIT_ENTITEIT,
        entiteit_id=begroting.id,
        actie="aangemaakt" if voor is None else "gewijzigd",
        voor=voor,
        na=na,
    )

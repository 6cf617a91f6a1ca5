"""Illustrative partner reports, 2025-Q3 to 2026-Q3: one revision (De Connectie 2026-Q1), one
late report (De Connectie 2025-Q4), one missing (Duo+ 2026-Q3). The figures are examples."""

from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.periods import Periode
from app.demo.accounts import DE_CONNECTIE, DUO
from app.demo.context import DemoContext
from app.rapportages.current import refresh_current
from app.rapportages.models import Meting, Rapportage, RapportageSoort
from app.servicenormen.stored_outcomes import judge_stored


@dataclass(frozen=True)
class DemoRapportage:
    partij: str
    periode: str
    ontvangen: datetime
    # (norm code, period or None for the report's, value)
    metingen: tuple[tuple[str, str | None, str], ...]
    toelichting: str | None = None


def _on(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 9, 0, tzinfo=UTC)


DEMO_RAPPORTAGES = (
    DemoRapportage(
        DE_CONNECTIE,
        "2025-Q3",
        _on(2025, 10, 20),
        (
            ("INC-8U", None, "93.1"),
            ("BESCHIKBAARHEID", None, "99.7"),
            ("WIJZIGING-DLT", None, "8"),
            ("STORING-P1", None, "1"),
        ),
    ),
    DemoRapportage(
        DE_CONNECTIE,
        "2025-Q4",
        _on(2026, 2, 16),  # deadline 2026-01-30: late
        (
            ("INC-8U", None, "96.2"),
            ("BESCHIKBAARHEID", None, "99.2"),
            ("WIJZIGING-DLT", None, "12"),
            ("STORING-P1", None, "3"),
            ("KTO", "2025-H2", "7.1"),
        ),
        "Vertraagd door de migratie naar het nieuwe ITSM-systeem.",
    ),
    DemoRapportage(
        DE_CONNECTIE,
        "2026-Q1",
        _on(2026, 4, 22),
        (
            ("INC-8U", None, "91.0"),
            ("BESCHIKBAARHEID", None, "99.6"),
            ("WIJZIGING-DLT", None, "9"),
            ("STORING-P1", None, "2"),
        ),
    ),
    DemoRapportage(
        DE_CONNECTIE,
        "2026-Q1",
        _on(2026, 5, 6),  # revision 2: corrected incident figure
        (
            ("INC-8U", None, "95.5"),
            ("BESCHIKBAARHEID", None, "99.6"),
            ("WIJZIGING-DLT", None, "9"),
            ("STORING-P1", None, "2"),
        ),
        "Correctie: incidenten die in het weekend zijn gemeld telden dubbel.",
    ),
    DemoRapportage(
        DE_CONNECTIE,
        "2026-Q2",
        _on(2026, 7, 24),
        (
            ("INC-8U", None, "97.4"),
            ("BESCHIKBAARHEID", None, "99.9"),
            ("WIJZIGING-DLT", None, "16"),
            ("STORING-P1", None, "0"),
            ("KTO", "2026-H1", "7.8"),
        ),
    ),
    DemoRapportage(
        DE_CONNECTIE,
        "2026-Q3",
        _on(2026, 10, 28),
        (
            ("INC-8U", None, "97.8"),
            ("BESCHIKBAARHEID", None, "99.4"),
            ("WIJZIGING-DLT", None, "7"),
            ("STORING-P1", None, "1"),
        ),
    ),
    DemoRapportage(
        DUO,
        "2025-Q3",
        _on(2025, 10, 15),
        (("KCC-30S", None, "78"), ("WMO-8W", None, "96"), ("BZ-WACHT", None, "4")),
    ),
    DemoRapportage(
        DUO,
        "2025-Q4",
        _on(2026, 1, 20),
        (("KCC-30S", None, "82"), ("WMO-8W", None, "91"), ("BZ-WACHT", None, "6")),
    ),
    DemoRapportage(
        DUO,
        "2026-Q1",
        _on(2026, 4, 28),
        (("KCC-30S", None, "69"), ("WMO-8W", None, "93"), ("BZ-WACHT", None, "8")),
        "Hoog ziekteverzuim bij het KCC.",
    ),
    DemoRapportage(
        DUO,
        "2026-Q2",
        _on(2026, 7, 30),
        (("KCC-30S", None, "81"), ("WMO-8W", None, "95.5"), ("BZ-WACHT", None, "5")),
    ),
)


async def load_rapportages(session: AsyncSession, context: DemoContext) -> None:
    previous: dict[tuple[str, str], Rapportage] = {}
    partners = {account.verbonden_partij_id: account for account in context.accounts.values()}
    tokens = {token.gebruiker_id: token for token in context.tokens.values()}
    for demo in DEMO_RAPPORTAGES:
        party = context.parties[demo.partij]
        periode = Periode.parse(demo.periode)
        earlier = previous.get((demo.partij, demo.periode))
        report = Rapportage(
            verbonden_partij_id=party.id,
            periode=demo.periode,
            periode_start=periode.start,
            soort=RapportageSoort.prestaties,
            revisie=earlier.revisie + 1 if earlier else 1,
            vervangt_id=earlier.id if earlier else None,
            toelichting=demo.toelichting,
            ontvangen_op=demo.ontvangen,
            ingediend_door_id=partners[party.id].id,
            ingediend_door_rol="partner",
            ingediend_met_token_id=tokens[partners[party.id].id].id,
            ingediend_met_token_omschrijving=tokens[partners[party.id].id].omschrijving,
        )
        session.add(report)
        await session.flush()
        previous[(demo.partij, demo.periode)] = report
        for code, own_period, waarde in demo.metingen:
            period = Periode.parse(own_period) if own_period else periode
            session.add(
                Meting(
                    rapportage_id=report.id,
                    servicenorm_id=context.norms[(demo.partij, code)].id,
                    periode=str(period),
                    periode_start=period.start,
                    periode_eind=period.end,
                    waarde=Decimal(waarde),
                )
            )
    await session.flush()
    # Stored straight, not pushed: decide the outcomes and the current rows as a push would.
    norm_ids = [norm.id for norm in context.norms.values()]
    await refresh_current(session, norm_ids)
    await judge_stored(session, norm_ids)

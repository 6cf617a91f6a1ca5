"""Arnhem's yearly evaluation of De Connectie over 2025, with a follow-up action of its
improvement plan. Illustrative."""

from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.demo.accounts import DE_CONNECTIE
from app.demo.context import DemoContext
from app.demo.verbeterplan import DASHBOARD_ACTIE
from app.evaluaties.models import Evaluatie, EvaluatieVervolgactie
from app.verbeterplan.models import Actie


async def load_evaluaties(session: AsyncSession, context: DemoContext) -> None:
    arnhem = context.gemeente("Arnhem")
    dashboard = (
        await session.execute(
            select(Actie.id).where(
                Actie.organisatie_id == arnhem.id, Actie.omschrijving == DASHBOARD_ACTIE
            )
        )
    ).scalar_one()
    evaluatie = Evaluatie(
        organisatie_id=arnhem.id,
        verbonden_partij_id=context.parties[DE_CONNECTIE].id,
        jaar=2025,
        datum=date(2026, 2, 12),
        uitkomst="De dienstverlening is op hoofdlijnen naar tevredenheid. De afhandeling van "
        "incidenten en de rapportages blijven achter bij de afspraken.",
        tevredenheid=Decimal("6.8"),
    )
    evaluatie.vervolgactie_links = [EvaluatieVervolgactie(actie_id=dashboard)]
    session.add(evaluatie)

"""One party's status reports and unfinished actions, of the municipality (private)."""

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.dashboard.detail_schemas import ActieRegel, VoortgangRegel
from app.verbeterplan.models import Aanbeveling, AanbevelingPartij, Actie
from app.verbeterplan.overdue import UNFINISHED, is_overdue
from app.voortgang.content import ASPECTEN
from app.voortgang.models import Voortgangsrapportage as Verslag


async def status_reports(
    session: AsyncSession, organisatie_id: uuid.UUID, party_id: uuid.UUID
) -> list[VoortgangRegel]:
    """The municipality's status reports on the party, newest half-year first. One query."""
    statement = (
        select(
            Verslag.id,
            Verslag.periode,
            Verslag.status,
            Verslag.telaat,
            Verslag.ingediend_op,
            Verslag.goedgekeurd_op,
            *(getattr(Verslag, f"{aspect}_oordeel") for aspect in ASPECTEN),
        )
        .where(Verslag.organisatie_id == organisatie_id, Verslag.verbonden_partij_id == party_id)
        .order_by(Verslag.periode.desc())
    )
    rows = []
    for row in (await session.execute(statement)).all():
        report_id, periode, status, telaat, ingediend_op, goedgekeurd_op, *ratings = row
        rows.append(
            VoortgangRegel(
                id=report_id,
                periode=periode,
                status=status,
                te_laat=telaat,
                ingediend_op=ingediend_op,
                goedgekeurd_op=goedgekeurd_op,
                **{
                    f"oordeel_{aspect}": rating
                    for aspect, rating in zip(ASPECTEN, ratings, strict=True)
                },
            )
        )
    return rows


async def open_actions(
    session: AsyncSession, organisatie_id: uuid.UUID, party_id: uuid.UUID, today: date
) -> list[ActieRegel]:
    """The unfinished actions of the municipality's recommendations on the party, soonest due
    first (without a date last). One query."""
    statement = (
        select(Actie, Aanbeveling.code)
        .join(Aanbeveling, Aanbeveling.id == Actie.aanbeveling_id)
        .join(AanbevelingPartij, AanbevelingPartij.aanbeveling_id == Actie.aanbeveling_id)
        .where(
            Actie.organisatie_id == organisatie_id,
            AanbevelingPartij.verbonden_partij_id == party_id,
            Actie.status.in_(sorted(UNFINISHED)),
        )
        .order_by(Actie.planning.asc().nulls_last(), Actie.aangemaakt_op, Actie.id)
    )
    return [
        ActieRegel(
            id=actie.id,
            aanbeveling_id=actie.aanbeveling_id,
            aanbeveling_code=code,
            omschrijving=actie.omschrijving,
            eigenaar=actie.eigenaar,
            planning=actie.planning,
            planning_tekst=actie.planning_tekst,
            status=actie.status,
            achterstallig=is_overdue(actie.planning, actie.status, today),
        )
        for actie, code in (await session.execute(statement)).all()
    ]

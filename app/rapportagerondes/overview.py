"""A round's overview: which parties must report, who directs them, where each report stands."""

import uuid
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import today
from app.core.periods import Periode
from app.rapportagerondes import repository
from app.rapportagerondes.repository import PartijRegel
from app.rapportagerondes.schemas import (
    RapportagerondeDetail,
    RapportagerondeRead,
    RondePartij,
    RondeRapportage,
    RondeStatus,
    Verwijzing,
)
from app.voortgang import service as voortgang
from app.voortgang.models import Rapportageronde, Voortgangsrapportage


@dataclass(frozen=True)
class RondeRegel:
    """One party that must report in the round, with its regievoerders and its report."""

    partij: PartijRegel
    regievoerders: list[tuple[uuid.UUID, str]]
    rapportage: Voortgangsrapportage | None
    status: RondeStatus
    telaat: bool


async def round_lines(session: AsyncSession, ronde: Rapportageronde) -> list[RondeRegel]:
    """Every active party of the round's tiers that the municipality takes part in during the
    half-year (by name), with its regievoerders and its report; three queries in all."""
    periode = Periode.parse(ronde.periode)
    parties = await repository.reporting_parties(
        session, ronde.organisatie_id, ronde.monitoringsniveaus, periode.start, periode.end
    )
    directors = await repository.regievoerders_by_party(
        session, ronde.organisatie_id, [party.id for party in parties]
    )
    reports = {
        report.verbonden_partij_id: report
        for report in await voortgang.reports_of_period(session, ronde.organisatie_id, periode)
    }
    overdue = today() > ronde.deadline
    lines = []
    for party in parties:
        report = reports.get(party.id)
        submitted = report is not None and report.ingediend_op is not None
        lines.append(
            RondeRegel(
                partij=party,
                regievoerders=directors.get(party.id, []),
                rapportage=report,
                status=RondeStatus(report.status.value) if report else RondeStatus.ONTBREEKT,
                telaat=report.telaat if report is not None and submitted else overdue,
            )
        )
    return lines


async def round_detail(session: AsyncSession, ronde: Rapportageronde) -> RapportagerondeDetail:
    """The round with, per party that must report, its regievoerders and its report's state;
    three queries in all."""
    lines = [
        RondePartij(
            verbonden_partij=Verwijzing(id=line.partij.id, naam=line.partij.naam),
            monitoringsniveau=line.partij.monitoringsniveau,
            regievoerders=[
                Verwijzing(id=gebruiker_id, naam=naam) for gebruiker_id, naam in line.regievoerders
            ],
            status=line.status,
            te_laat=line.telaat,
            rapportage=None
            if line.rapportage is None
            else RondeRapportage(id=line.rapportage.id, ingediend_op=line.rapportage.ingediend_op),
        )
        for line in await round_lines(session, ronde)
    ]
    summary = RapportagerondeRead.model_validate(ronde)
    return RapportagerondeDetail(**summary.model_dump(exclude={"verstreken"}), partijen=lines)

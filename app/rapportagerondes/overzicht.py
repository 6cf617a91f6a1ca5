"""A round's overview: which parties must report, who directs them, where each report stands."""

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import today
from app.core.periods import Periode
from app.rapportagerondes import repository
from app.rapportagerondes.models import Rapportageronde
from app.rapportagerondes.schemas import (
    RapportagerondeDetail,
    RapportagerondeRead,
    RondePartij,
    RondeRapportage,
    RondeStatus,
    Verwijzing,
)
from app.voortgang import service as voortgang


async def round_detail(session: AsyncSession, ronde: Rapportageronde) -> RapportagerondeDetail:
    """Every active party of the round's tiers that the municipality takes part in during the
    half-year, with its regievoerders and its report's state; three queries in all."""
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
            RondePartij(
                verbonden_partij=Verwijzing(id=party.id, naam=party.naam),
                monitoringsniveau=party.monitoringsniveau,
                regievoerders=[
                    Verwijzing(id=gebruiker_id, naam=naam)
                    for gebruiker_id, naam in directors.get(party.id, [])
                ],
                status=RondeStatus(report.status.value) if report else RondeStatus.ONTBREEKT,
                telaat=report.telaat if report is not None and submitted else overdue,
                rapportage=None
                if report is None
                else RondeRapportage(id=report.id, ingediend_op=report.ingediend_op),
            )
        )
    summary = RapportagerondeRead.model_validate(ronde)
    return RapportagerondeDetail(**summary.model_dump(exclude={"verstreken"}), partijen=lines)

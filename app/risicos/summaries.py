"""What other domains read of risks (the dashboard, the status report's prefill, the BBV
paragraph). The caller has checked that the municipality may see the parties."""

import uuid
from collections.abc import Sequence

from pydantic import Field
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.schemas import ApiModel, Euro
from app.risicos import repository
from app.risicos.models import Risico, RisicoStatus
from app.risicos.schemas import EIGENAAR, IMPACT, KANS, OMSCHRIJVING, OMVANG, STATUS
from app.risicos.scoring import score


class RisicoSummary(ApiModel):
    id: uuid.UUID = Field(description="De identificatie van het risico.")
    omschrijving: str = Field(description=OMSCHRIJVING)
    kans: int = Field(description=KANS)
    impact: int = Field(description=IMPACT)
    score: int = Field(description="Kans × impact, 1 tot en met 25.")
    financiele_omvang: Euro | None = Field(description=OMVANG)
    status: RisicoStatus = Field(description=STATUS)
    eigenaar: str | None = Field(description=EIGENAAR)


async def largest_risks(
    session: AsyncSession, organisatie_id: uuid.UUID, verbonden_partij_id: uuid.UUID, limit: int = 3
) -> list[RisicoSummary]:
    """The municipality's largest current risks of a party (open or beheerst, not vervallen):
    highest score first, then the largest financial exposure (unknown last). One query."""
    found = await repository.largest(session, organisatie_id, verbonden_partij_id, limit)
    return [summary_of(item) for item in found]


def summary_of(item: Risico) -> RisicoSummary:
    return RisicoSummary(
        id=item.id,
        omschrijving=item.omschrijving,
        kans=item.kans,
        impact=item.impact,
        score=score(item.kans, item.impact),
        financiele_omvang=item.financiele_omvang,
        status=item.status,
        eigenaar=item.eigenaar,
    )


# A material risk (BBV art. 15): current (open or beheerst) and scoring at least this, in the
# "high" band of a 5 × 5 matrix (e.g. likely × serious, 4 × 3, or almost certain × moderate).
MATERIEEL_VANAF = 10
MATERIEEL_PER_PARTIJ = 5
MATERIEEL_REGEL = (
    f"De eigen actuele risico's van de gemeente (open of beheerst) met een score van minstens "
    f"{MATERIEEL_VANAF} (kans × impact), hooguit {MATERIEEL_PER_PARTIJ} per partij, grootste "
    "eerst (score, dan financiële omvang)."
)


async def material_risks(
    session: AsyncSession, organisatie_id: uuid.UUID, party_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[RisicoSummary]]:
    """The municipality's material risks of each party (`MATERIEEL_REGEL`), by party; parties
    without any are left out. One query whatever the number of parties."""
    found = await repository.material_of_parties(
        session, organisatie_id, party_ids, MATERIEEL_VANAF, MATERIEEL_PER_PARTIJ
    )
    by_party: dict[uuid.UUID, list[RisicoSummary]] = {}
    for item in found:
        by_party.setdefault(item.verbonden_partij_id, []).append(summary_of(item))
    return by_party

"""What the dashboard reads of risks. The caller has checked that the municipality may see
the party."""

import uuid

from pydantic import Field
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.schemas import ApiModel, Euro
from app.risicos import repository
from app.risicos.models import RisicoStatus
from app.risicos.scoring import score


class RisicoSummary(ApiModel):
    id: uuid.UUID
    omschrijving: str
    kans: int
    impact: int
    score: int = Field(description="kans × impact, 1 to 25.")
    financiele_omvang: Euro | None
    status: RisicoStatus
    eigenaar: str | None


async def largest_risks(
    session: AsyncSession, organisatie_id: uuid.UUID, verbonden_partij_id: uuid.UUID, limit: int = 3
) -> list[RisicoSummary]:
    """The municipality's largest current risks of a party (open or beheerst, not vervallen):
    highest score first, then the largest financial exposure (unknown last). One query."""
    found = await repository.largest(session, organisatie_id, verbonden_partij_id, limit)
    return [
        RisicoSummary(
            id=item.id,
            omschrijving=item.omschrijving,
            kans=item.kans,
            impact=item.impact,
            score=score(item.kans, item.impact),
            financiele_omvang=item.financiele_omvang,
            status=item.status,
            eigenaar=item.eigenaar,
        )
        for item in found
    ]

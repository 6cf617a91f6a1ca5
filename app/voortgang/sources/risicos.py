"""Snapshot section `risicos`: the municipality's largest current risks of the party."""

from sqlalchemy.ext.asyncio import AsyncSession

from app.risicos.summaries import largest_risks
from app.voortgang.sources.contract import PrefillContribution, PrefillRequest


async def largest_risks_of_party(
    session: AsyncSession, request: PrefillRequest
) -> PrefillContribution | None:
    """The three largest open or controlled risks in the municipality's own register, highest
    score first; nothing when it registered none."""
    risks = await largest_risks(session, request.organisatie_id, request.verbonden_partij_id)
    if not risks:
        return None
    return PrefillContribution(
        "risicos", {"grootste": [risk.model_dump(mode="json", by_alias=True) for risk in risks]}
    )

"""Snapshot section `kengetallen`: the party's key ratios in the red for the municipality
(Iv3), proposed as the explanation of the Financiën aspect."""

from sqlalchemy.ext.asyncio import AsyncSession

from app.iv3.service import red_ratios, signal_sentence
from app.voortgang.sources.contract import PrefillContribution, PrefillRequest


async def red_key_ratios(
    session: AsyncSession, request: PrefillRequest
) -> PrefillContribution | None:
    """The key ratios whose latest value is in category C against the municipality's signal
    values; nothing when none is."""
    party = request.verbonden_partij_id
    found = (await red_ratios(session, request.organisatie_id, [party])).get(party, [])
    if not found:
        return None
    content = {"rood": [signaal.model_dump(mode="json", by_alias=True) for signaal in found]}
    proposal = "Kengetallen in rood (Iv3): " + " ".join(signal_sentence(s) for s in found)
    return PrefillContribution("kengetallen", content, aspecten={"financien": proposal})

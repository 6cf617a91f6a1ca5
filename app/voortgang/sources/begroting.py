"""Snapshot section `begroting`: the deviations of the half-year's budget year, judged by the
municipality, which prefill the three deviation flags and their explanations."""

from sqlalchemy.ext.asyncio import AsyncSession

from app.begrotingen.schemas import AfwijkingenRead
from app.begrotingen.service import signalering_view
from app.begrotingen.summaries import deviation_summary
from app.voortgang.content import AFWIJKING_API_NAMES
from app.voortgang.sources.contract import PrefillContribution, PrefillRequest

API_NAME = {attribute: api_name for api_name, attribute in AFWIJKING_API_NAMES.items()}


async def budget_deviation(
    session: AsyncSession, request: PrefillRequest
) -> PrefillContribution | None:
    """The year's deviations, the flags against the municipality's thresholds and its own
    share; each raised flag gets the deviations that raise it as a proposed explanation.
    Nothing without a budget of that year."""
    summary = await deviation_summary(
        session, request.organisatie_id, request.verbonden_partij_id, request.periode.jaar
    )
    if summary is None:
        return None
    content = {
        "jaar": summary.jaar,
        "versie": summary.versie,
        "afwijkingen": AfwijkingenRead.model_validate(summary.afwijkingen).model_dump(
            mode="json", by_alias=True
        ),
        "signalering": signalering_view(summary).model_dump(mode="json", by_alias=True),
    }
    return PrefillContribution(
        "begroting",
        content,
        afwijkingen={
            "afwijkingBegroting": summary.afwijking_begroting,
            "afwijkingInvestering": summary.afwijking_investering,
            "afwijkingExploitatie": summary.afwijking_exploitatie,
        },
        toelichtingen={
            API_NAME[signaal]: tekst for signaal, tekst in summary.toelichtingen().items()
        },
    )

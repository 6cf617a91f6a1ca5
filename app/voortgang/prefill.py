"""The snapshot a new draft starts from: what the service knows of the party's half-year.

A *prefill source* is one async function that contributes one section of the snapshot (or
nothing). Adding a source is one line: append it to `PREFILL_SOURCES`. Each section is kept
as the source wrote it; a source may also answer the deviation flags
(`afwijkingBegroting`/`afwijkingInvestering`/`afwijkingExploitatie`), which then prefill
the draft ("Ja" when any source says so), and propose their explanations, and propose the
explanation of an aspect (the key ratios in the red for Financiën). The portfolio holder and
project phase are taken over from the municipality's latest earlier report.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from pydantic_core import to_jsonable_python
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.db import utcnow
from app.verbonden_partijen.rules import is_active
from app.voortgang import repository
from app.voortgang.content import AFWIJKING_API_NAMES, ASPECTEN, CARRIED_FIELDS, content_of
from app.voortgang.sources.acties import open_actions
from app.voortgang.sources.begroting import budget_deviation
from app.voortgang.sources.contract import PrefillContribution, PrefillRequest, PrefillSource
from app.voortgang.sources.kengetallen import red_key_ratios
from app.voortgang.sources.normen import norm_outcomes
from app.voortgang.sources.risicos import largest_risks_of_party
from app.voortgang.sources.tijdigheid import partner_timeliness
from app.voortgang.workflow import RapportageStatus

__all__ = ["PREFILL_SOURCES", "Prefill", "PrefillContribution", "PrefillRequest", "compose"]


@dataclass(frozen=True)
class Prefill:
    snapshot: dict[str, Any]
    # By attribute name: afwijking_begroting → True/False, afwijking_begroting_toelichting → text
    afwijkingen: dict[str, Any]
    # By attribute name: financien_toelichting → the proposed text
    aspecten: dict[str, str] = field(default_factory=dict)
    # By attribute name: what the draft takes over from the latest earlier report.
    overgenomen: dict[str, Any] = field(default_factory=dict)


def _attribute(api_name: str) -> str:
    attribute = AFWIJKING_API_NAMES.get(api_name)
    if attribute is None:
        raise ValueError(f"Unknown deviation flag {api_name!r} from a prefill source.")
    return attribute


async def compose(
    session: AsyncSession, request: PrefillRequest, sources: list[PrefillSource] | None = None
) -> Prefill:
    """Ask every source in order; a section named twice or an unknown flag is a bug. Proposed
    explanations of one flag are joined; only those of a flag that ends up Ja are kept."""
    if sources is None:
        sources = PREFILL_SOURCES
    bronnen: dict[str, Any] = {}
    afwijkingen: dict[str, bool] = {}
    toelichtingen: dict[str, list[str]] = {}
    aspecten: dict[str, list[str]] = {}
    for source in sources:
        contribution = await source(session, request)
        if contribution is None:
            continue
        if contribution.section in bronnen:
            raise ValueError(f"Two prefill sources write section {contribution.section!r}.")
        bronnen[contribution.section] = to_jsonable_python(json_numbers(contribution.content))
        for api_name, flag in contribution.afwijkingen.items():
            attribute = _attribute(api_name)
            afwijkingen[attribute] = afwijkingen.get(attribute, False) or flag
        for api_name, tekst in contribution.toelichtingen.items():
            toelichtingen.setdefault(_attribute(api_name), []).append(tekst)
        for aspect, tekst in contribution.aspecten.items():
            if aspect not in ASPECTEN:
                raise ValueError(f"Unknown aspect {aspect!r} from a prefill source.")
            aspecten.setdefault(f"{aspect}_toelichting", []).append(tekst)
    snapshot = {
        "samengesteldOp": to_jsonable_python(utcnow()),
        "periode": str(request.periode),
        "bronnen": bronnen,
    }
    explained = {
        f"{attribute}_toelichting": "\n".join(teksten)
        for attribute, teksten in toelichtingen.items()
        if afwijkingen.get(attribute)
    }
    proposed = {attribute: "\n".join(teksten) for attribute, teksten in aspecten.items()}
    return Prefill(
        snapshot, {**afwijkingen, **explained}, proposed, await carried_over(session, request)
    )


async def carried_over(session: AsyncSession, request: PrefillRequest) -> dict[str, Any]:
    """The portfolio holder and project phase of the municipality's latest report on the
    party before this half-year (whatever its status), where it filled them in."""
    earlier = await repository.latest_report_before(
        session, request.organisatie_id, request.verbonden_partij_id, str(request.periode)
    )
    if earlier is None:
        return {}
    values = {name: getattr(earlier, name) for name in CARRIED_FIELDS}
    return {name: value for name, value in values.items() if value is not None}


def json_numbers(value: Any) -> Any:
    """Decimals become JSON numbers (`68.0`, not `"68.0000"`), as everywhere else in the API."""
    if isinstance(value, Decimal):
        return float(value)  # at most 15 significant digits (NUMERIC(15,2)): exact as a float
    if isinstance(value, dict):
        return {key: json_numbers(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [json_numbers(item) for item in value]
    return value


# --- the sources this domain computes itself -------------------------------------------


async def verbonden_partij(
    session: AsyncSession, request: PrefillRequest
) -> PrefillContribution | None:
    """The registry's facts of the party, as the municipality takes part in it."""
    facts = await repository.party_facts(
        session, request.organisatie_id, request.verbonden_partij_id
    )
    if facts is None:
        return None
    party = facts.partij
    return PrefillContribution(
        "verbondenPartij",
        {
            "naam": party.naam,
            "bbvCategorie": party.bbv_categorie.value,
            "rechtsvorm": party.rechtsvorm.value,
            "monitoringsniveau": party.monitoringsniveau,
            "actief": is_active(party.einddatum, request.today),
            "aandeel": facts.deelname.aandeel if facts.deelname else None,
            "regievoerders": facts.regievoerders,
        },
    )


async def vorige_rapportage(
    session: AsyncSession, request: PrefillRequest
) -> PrefillContribution | None:
    """The ratings the MT approved for the previous half-year, to show what changed."""
    previous = request.periode.previous()
    report = await repository.report_for(
        session, request.organisatie_id, request.verbonden_partij_id, str(previous)
    )
    if report is None or report.status is not RapportageStatus.GOEDGEKEURD:
        return None
    content = content_of(report)
    return PrefillContribution(
        "vorigeRapportage",
        {
            "id": report.id,
            "periode": report.periode,
            "goedgekeurdOp": report.goedgekeurd_op,
            "oordelen": {aspect: content["aspecten"][aspect]["oordeel"] for aspect in ASPECTEN},
            "afwijkingen": {
                api_name: content[attribute]["afwijking"]
                for api_name, attribute in AFWIJKING_API_NAMES.items()
            },
        },
    )


async def rapportageronde(
    session: AsyncSession, request: PrefillRequest
) -> PrefillContribution | None:
    """The round's deadline, when the municipality opened one for the half-year."""
    ronde = await repository.round_for_period(session, request.organisatie_id, str(request.periode))
    if ronde is None:
        return None
    return PrefillContribution("rapportageronde", {"id": ronde.id, "deadline": ronde.deadline})


# The registry: append a source here. Order is the order of the snapshot.
PREFILL_SOURCES: list[PrefillSource] = [
    verbonden_partij,
    rapportageronde,
    vorige_rapportage,
    norm_outcomes,
    partner_timeliness,
    budget_deviation,
    red_key_ratios,
    open_actions,
    largest_risks_of_party,
]

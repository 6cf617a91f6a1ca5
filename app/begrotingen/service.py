"""Use cases of budgets: read with deviations, write whole years, read the course back."""

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.begrotingen import repository
from app.begrotingen.deviations import Drempels, afwijkingen, signalen
from app.begrotingen.models import Begroting, BegrotingBijdrage
from app.begrotingen.schemas import (
    AfwijkingenRead,
    BegrotingInhoud,
    BegrotingRead,
    BegrotingSamenvatting,
    BegrotingVersie,
    DrempelsRead,
    EigenAandeelRead,
    SignaleringRead,
)
from app.begrotingen.summaries import BudgetDeviationSummary, cijfers_of, summarise
from app.core import audit
from app.core.db import utcnow
from app.core.errors import InvalidInput, InvalidParam, NotFound, PreconditionFailed
from app.core.etag import etag_of, require_current
from app.core.pagination import PageOf, PageRequest, fetch_page
from app.outbox import service as outbox
from app.outbox import types
from app.verbonden_partijen.models import VerbondenPartij
from app.verbonden_partijen.service import get_party, require_director

COLUMNS_OF_STAGE = {
    "primitief": ("primitief_lasten", "primitief_baten"),
    "na_wijziging": ("na_wijziging_lasten", "na_wijziging_baten"),
    "prognose": ("prognose_lasten", "prognose_baten"),
    "realisatie": ("realisatie_lasten", "realisatie_baten"),
}
PLAIN_COLUMNS = (
    "eigen_vermogen_begin",
    "eigen_vermogen_einde",
    "vreemd_vermogen_begin",
    "vreemd_vermogen_einde",
    "resultaat",
    "risicos",
)
TO_DATE_COLUMNS = {
    "periode": "realisatie_tot_heden_periode",
    "lasten": "realisatie_tot_heden_lasten",
    "baten": "realisatie_tot_heden_baten",
}
INVESTMENT_COLUMNS = {
    "begroot": "investeringen_begroot",
    "prognose": "investeringen_prognose",
    "realisatie": "investeringen_realisatie",
}


async def require_writer(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID
) -> VerbondenPartij:
    """The partner of this very party (another party is 404), an assigned regievoerder or a
    beheerder of a participating municipality."""
    if principal.is_partner:
        return await get_party(session, principal, party_id)
    return await require_director(session, principal, party_id)


async def get_budget(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID, jaar: int
) -> BegrotingRead:
    """A budget year of a party the caller sees, with deviations (judged for its municipality)."""
    await get_party(session, principal, party_id)
    begroting = await repository.budget(session, party_id, jaar)
    if begroting is None:
        raise NotFound("begroting")
    return await _read(session, principal, begroting)


async def newest_budget(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID
) -> BegrotingRead | None:
    """The latest budget year of a party the caller sees, read as `get_budget` reads it;
    None when the party has no budget yet."""
    await get_party(session, principal, party_id)
    statement = repository.budgets_of_party(party_id).limit(1)
    begroting = (await session.execute(statement)).scalar_one_or_none()
    return None if begroting is None else await _read(session, principal, begroting)


async def list_budgets(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID, page: PageRequest
) -> PageOf[Begroting]:
    """The budget years of a party the caller sees, newest first."""
    await get_party(session, principal, party_id)
    return await fetch_page(session, repository.budgets_of_party(party_id), page)


def summary_view(begroting: Begroting) -> BegrotingSamenvatting:
    return BegrotingSamenvatting.model_validate(begroting)


async def put_budget(
    session: AsyncSession,
    principal: Principal,
    party_id: uuid.UUID,
    jaar: int,
    data: BegrotingInhoud,
    if_match: str | None,
) -> tuple[BegrotingRead, bool]:
    """Create a budget year, or replace it against the version last read; True when created."""
    await require_writer(session, principal, party_id)
    begroting = await repository.budget(session, party_id, jaar)
    if begroting is None and if_match:
        raise PreconditionFailed(
            "There is no budget for this year yet; create it without If-Match."
        )
    if begroting is not None:
        require_current(if_match, begroting.versie)
    if problems := await _input_problems(session, party_id, jaar, data):
        raise InvalidInput.fields(problems)
    created = begroting is None
    before = None if begroting is None else await budget_snapshot(session, begroting)
    if begroting is None:
        begroting = Begroting(verbonden_partij_id=party_id, jaar=jaar, **_columns(data))
        session.add(begroting)
    else:
        for column, value in _columns(data).items():
            setattr(begroting, column, value)
        begroting.gewijzigd_op = utcnow()  # a new version even when nothing else changed
    await session.flush()
    await repository.replace_contributions(
        session, begroting.id, {b.organisatie_id: b.bedrag for b in data.bijdragen}
    )
    await audit.record(
        session,
        principal,
        actie="aangemaakt" if created else "gewijzigd",
        entiteit=repository.AUDIT_ENTITEIT,
        entiteit_id=begroting.id,
        voor=before,
        na=await budget_snapshot(session, begroting),
        verbonden_partij_id=party_id,
        gedeeld=True,
    )
    await _announce_deviation(session, begroting)
    return await _read(session, principal, begroting), created


async def fill_budget(
    session: AsyncSession,
    principal: Principal,
    party_id: uuid.UUID,
    jaar: int,
    fill: Callable[[BegrotingInhoud | None], BegrotingInhoud],
) -> tuple[BegrotingRead, bool]:
    """Write a budget year from figures another source delivers (an Iv3 file): `fill` gets the
    year as it stands (None when there is none) and returns it with its figures. The same
    write as a PUT against the current version: deviations, history, audit, ETag."""
    begroting = await repository.budget(session, party_id, jaar)
    current = None
    if begroting is not None:
        current = inhoud_from_snapshot(await budget_snapshot(session, begroting))
    if_match = None if begroting is None else etag_of(begroting.versie)
    return await put_budget(session, principal, party_id, jaar, fill(current), if_match)


async def budget_history(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID, jaar: int, page: PageRequest
) -> PageOf[BegrotingVersie]:
    """Every stored version of a budget year, oldest first, from the audit trail."""
    await get_party(session, principal, party_id)
    begroting = await repository.budget(session, party_id, jaar)
    if begroting is None:
        raise NotFound("begroting")
    events = await fetch_page(session, repository.history(begroting.id), page)
    versions = [
        BegrotingVersie(
            versie=int((event.na or {}).get("versie", 0)),
            tijdstip=event.tijdstip,
            actie=event.actie,
            actor_naam=event.actor_naam,
            actor_rol=event.actor_rol,
            begroting=inhoud_from_snapshot(event.na or {}),
        )
        for event in events.items
    ]
    return PageOf(items=versions, total=events.total)


@dataclass(frozen=True)
class BudgetFigures:
    """A party's budget year with one municipality's own contribution (for the BBV list)."""

    begroting: Begroting
    eigen_bijdrage: Decimal | None


async def budgets_for_organisation(
    session: AsyncSession, organisatie_id: uuid.UUID, party_ids: Sequence[uuid.UUID], jaar: int
) -> dict[uuid.UUID, BudgetFigures]:
    """The budgets of a year of the given parties, by party, each with the municipality's own
    contribution. Two queries whatever the number of parties. The caller checks visibility."""
    budgets = await repository.budgets_of_parties(session, party_ids, jaar)
    own = await repository.contributions_of(session, [b.id for b in budgets], organisatie_id)
    return {b.verbonden_partij_id: BudgetFigures(b, own.get(b.id)) for b in budgets}


def _columns(data: BegrotingInhoud) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for stage, (lasten, baten) in COLUMNS_OF_STAGE.items():
        figures = getattr(data, stage)
        values[lasten] = figures.lasten if figures else None
        values[baten] = figures.baten if figures else None
    for field, column in INVESTMENT_COLUMNS.items():
        values[column] = getattr(data.investeringen, field) if data.investeringen else None
    for field, column in TO_DATE_COLUMNS.items():
        to_date = data.realisatie_tot_heden
        values[column] = getattr(to_date, field) if to_date else None
    for column in PLAIN_COLUMNS:
        values[column] = getattr(data, column)
    return values


def inhoud_from_snapshot(values: Mapping[str, Any]) -> BegrotingInhoud:
    """A budget's content from its stored columns (a live snapshot or an audit event's)."""
    stages = {
        stage: None
        if values.get(lasten) is None
        else {"lasten": values[lasten], "baten": values[baten]}
        for stage, (lasten, baten) in COLUMNS_OF_STAGE.items()
    }
    investeringen = (
        None
        if values.get(INVESTMENT_COLUMNS["begroot"]) is None
        else {field: values.get(column) for field, column in INVESTMENT_COLUMNS.items()}
    )
    to_date = (
        None
        if values.get(TO_DATE_COLUMNS["periode"]) is None
        else {field: values.get(column) for field, column in TO_DATE_COLUMNS.items()}
    )
    return BegrotingInhoud.from_stored(
        {
            **stages,
            "realisatie_tot_heden": to_date,
            "investeringen": investeringen,
            **{column: values.get(column) for column in PLAIN_COLUMNS},
            "bijdragen": values.get("bijdragen", []),
        }
    )


async def budget_snapshot(session: AsyncSession, begroting: Begroting) -> dict[str, Any]:
    bijdragen = await repository.contributions(session, begroting.id)
    return {**audit.snapshot(begroting), "bijdragen": _bijdragen_json(bijdragen)}


def _bijdragen_json(bijdragen: Sequence[BegrotingBijdrage]) -> list[dict[str, str]]:
    return [{"organisatie_id": str(b.organisatie_id), "bedrag": str(b.bedrag)} for b in bijdragen]


async def _input_problems(
    session: AsyncSession, party_id: uuid.UUID, jaar: int, data: BegrotingInhoud
) -> list[InvalidParam]:
    participants = await repository.participants(session, party_id)
    problems, seen = [], set()
    if data.realisatie_tot_heden and not data.realisatie_tot_heden.periode.startswith(f"{jaar}-"):
        problems.append(
            InvalidParam("realisatieTotHeden.periode", f"A quarter of the budget year {jaar}.")
        )
    for index, bijdrage in enumerate(data.bijdragen):
        name = f"bijdragen[{index}].organisatieId"
        if bijdrage.organisatie_id not in participants:
            problems.append(InvalidParam(name, "Not a participant of this verbonden partij."))
        elif bijdrage.organisatie_id in seen:
            problems.append(InvalidParam(name, "This participant is listed twice."))
        seen.add(bijdrage.organisatie_id)
    return problems


async def _read(session: AsyncSession, principal: Principal, begroting: Begroting) -> BegrotingRead:
    bijdragen = await repository.contributions(session, begroting.id)
    inhoud = inhoud_from_snapshot(
        {**audit.snapshot(begroting), "bijdragen": _bijdragen_json(bijdragen)}
    )
    signalering = None
    if not principal.is_partner:
        summary = await summarise(session, principal.tenant_id, begroting, bijdragen)
        signalering = signalering_view(summary)
    return BegrotingRead(
        **inhoud.model_dump(),
        verbonden_partij_id=begroting.verbonden_partij_id,
        jaar=begroting.jaar,
        versie=begroting.versie,
        aangemaakt_op=begroting.aangemaakt_op,
        gewijzigd_op=begroting.gewijzigd_op,
        afwijkingen=AfwijkingenRead.model_validate(afwijkingen(cijfers_of(begroting))),
        signalering=signalering,
    )


def signalering_view(summary: BudgetDeviationSummary) -> SignaleringRead:
    eigen = summary.eigen_aandeel
    return SignaleringRead(
        drempels=DrempelsRead.model_validate(summary.drempels),
        afwijking_begroting=summary.afwijking_begroting,
        afwijking_investering=summary.afwijking_investering,
        afwijking_exploitatie=summary.afwijking_exploitatie,
        eigen_aandeel=None if eigen is None else EigenAandeelRead.model_validate(eigen),
    )


async def _announce_deviation(session: AsyncSession, begroting: Begroting) -> None:
    """A budget year that deviates by the default thresholds is an event for every
    participant (notifications); each municipality's own thresholds stay private."""
    flags = signalen(afwijkingen(cijfers_of(begroting)), Drempels())
    if not (
        flags.afwijking_begroting or flags.afwijking_investering or flags.afwijking_exploitatie
    ):
        return
    await outbox.publish(
        session,
        types.BEGROTING_AFWIJKING,
        begroting.id,
        f"/verbonden-partijen/{begroting.verbonden_partij_id}/begrotingen/{begroting.jaar}",
        data={
            "verbondenPartijId": str(begroting.verbonden_partij_id),
            "jaar": begroting.jaar,
            "versie": begroting.versie,
            "afwijkingBegroting": flags.afwijking_begroting,
            "afwijkingInvestering": flags.afwijking_investering,
            "afwijkingExploitatie": flags.afwijking_exploitatie,
        },
        verbonden_partij_id=begroting.verbonden_partij_id,
    )

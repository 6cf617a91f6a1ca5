"""Use cases of evaluations: the yearly evaluation with a party and what follows from it."""

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.core import audit
from app.core.db import utcnow
from app.core.errors import Conflict, InvalidInput, InvalidParam, NotFound
from app.core.etag import require_current
from app.core.pagination import PageOf, PageRequest, fetch_page
from app.evaluaties import repository
from app.evaluaties.models import Evaluatie, EvaluatieVervolgactie
from app.evaluaties.rules import date_problem
from app.evaluaties.schemas import EvaluatieCreate, EvaluatieRead, EvaluatieUpdate
from app.verbeterplan import acties as verbeterplan
from app.verbeterplan.schemas import ActieRead
from app.verbonden_partijen import service as partijen


async def list_evaluaties(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID, page: PageRequest
) -> PageOf[EvaluatieRead]:
    """The municipality's evaluations of a party it takes part in, latest year first."""
    await partijen.get_party(session, principal, party_id)
    statement = repository.evaluaties_of_party(principal.tenant_id, party_id)
    result = await fetch_page(session, statement, page)
    return PageOf(items=await views(session, principal, result.items), total=result.total)


async def get_evaluatie(
    session: AsyncSession, principal: Principal, evaluatie_id: uuid.UUID
) -> Evaluatie:
    """An evaluation of the caller's municipality; any other id is 404."""
    found = await repository.evaluatie(session, principal, evaluatie_id)
    if found is None:
        raise NotFound("evaluatie")
    return found


async def create_evaluatie(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID, data: EvaluatieCreate
) -> Evaluatie:
    """Record a year's evaluation; a beheerder, or a regievoerder of the party."""
    await partijen.require_director(session, principal, party_id)
    await _check(session, principal, data.jaar, data.datum, data.vervolgactie_ids)
    await _require_free_year(session, principal, party_id, data.jaar)
    created = Evaluatie(
        organisatie_id=principal.tenant_id,
        verbonden_partij_id=party_id,
        **data.model_dump(exclude={"vervolgactie_ids"}),
    )
    created.vervolgactie_links = [
        EvaluatieVervolgactie(actie_id=actie_id)
        for actie_id in dict.fromkeys(data.vervolgactie_ids)
    ]
    session.add(created)
    await session.flush()
    await audit.record_private(
        session,
        principal,
        actie="aangemaakt",
        entiteit="evaluatie",
        target=created,
        voor=None,
        state=_snapshot,
    )
    return await get_evaluatie(session, principal, created.id)


async def update_evaluatie(
    session: AsyncSession,
    principal: Principal,
    evaluatie_id: uuid.UUID,
    patch: EvaluatieUpdate,
    if_match: str | None,
) -> Evaluatie:
    """Merge-patch an evaluation; `vervolgactieIds` replaces the linked actions."""
    found = await get_evaluatie(session, principal, evaluatie_id)
    await partijen.require_director(session, principal, found.verbonden_partij_id)
    require_current(if_match, found.versie)
    changes = patch.changes()
    actie_ids: list[uuid.UUID] | None = changes.pop("vervolgactie_ids", None)
    jaar = changes.get("jaar", found.jaar)
    await _check(session, principal, jaar, changes.get("datum", found.datum), actie_ids or [])
    await _require_free_year(session, principal, found.verbonden_partij_id, jaar, found.id)
    before = _snapshot(found)
    for name, value in changes.items():
        setattr(found, name, value)
    if actie_ids is not None:
        wanted = list(dict.fromkeys(actie_ids))
        found.vervolgactie_links = [
            link for link in found.vervolgactie_links if link.actie_id in wanted
        ] + [
            EvaluatieVervolgactie(actie_id=actie_id)
            for actie_id in wanted
            if actie_id not in found.vervolgactie_ids
        ]
    found.gewijzigd_op = utcnow()  # also when only the links changed: a new version
    await session.flush()
    await audit.record_private(
        session,
        principal,
        actie="gewijzigd",
        entiteit="evaluatie",
        target=found,
        voor=before,
        state=_snapshot,
    )
    return found


async def views(
    session: AsyncSession, principal: Principal, evaluaties: Sequence[Evaluatie]
) -> list[EvaluatieRead]:
    """Evaluations with their follow-up actions, read in one query for all of them."""
    ids = [actie_id for item in evaluaties for actie_id in item.vervolgactie_ids]
    found = await verbeterplan.actions_by_ids(session, principal.tenant_id, ids)
    return [
        EvaluatieRead(
            id=item.id,
            verbonden_partij_id=item.verbonden_partij_id,
            jaar=item.jaar,
            datum=item.datum,
            uitkomst=item.uitkomst,
            tevredenheid=item.tevredenheid,
            vervolgacties=[
                ActieRead.model_validate(found[actie_id])
                for actie_id in item.vervolgactie_ids
                if actie_id in found
            ],
            versie=item.versie,
            aangemaakt_op=item.aangemaakt_op,
            gewijzigd_op=item.gewijzigd_op,
        )
        for item in evaluaties
    ]


async def _check(
    session: AsyncSession,
    principal: Principal,
    jaar: int,
    datum: date,
    actie_ids: list[uuid.UUID],
) -> None:
    problems: list[InvalidParam] = []
    if problem := date_problem(jaar, datum):
        problems.append(InvalidParam("datum", problem))
    known = await verbeterplan.existing_action_ids(session, principal.tenant_id, actie_ids)
    problems += [
        InvalidParam(f"vervolgactieIds[{index}]", "No action of your improvement plan has this id.")
        for index, actie_id in enumerate(actie_ids)
        if actie_id not in known
    ]
    if problems:
        raise InvalidInput.fields(problems)


async def _require_free_year(
    session: AsyncSession,
    principal: Principal,
    party_id: uuid.UUID,
    jaar: int,
    other_than: uuid.UUID | None = None,
) -> None:
    if await repository.year_taken(session, principal.tenant_id, party_id, jaar, other_than):
        raise Conflict(f"Your municipality already has an evaluation of {jaar} for this party.")


def _snapshot(target: Evaluatie) -> dict[str, Any]:
    return {
        **audit.snapshot(target),
        "vervolgactie_ids": [str(actie_id) for actie_id in target.vervolgactie_ids],
    }

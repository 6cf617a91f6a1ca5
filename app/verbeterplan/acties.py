"""Use cases of actions: what is done about a recommendation, by whom, by when."""

import uuid
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.core import audit
from app.core.clock import today
from app.core.errors import InvalidInput, InvalidParam, NotFound
from app.core.etag import require_current
from app.core.pagination import PageOf, PageRequest, fetch_page
from app.verbeterplan import repository
from app.verbeterplan.models import Actie, ActieStatus
from app.verbeterplan.planning import InvalidPlanning, parse_planning
from app.verbeterplan.repository import ActieFilter
from app.verbeterplan.rules import completion_date
from app.verbeterplan.schemas import ActieCreate, ActieUpdate
from app.verbeterplan.service import get_aanbeveling


async def list_acties(
    session: AsyncSession, principal: Principal, filters: ActieFilter, page: PageRequest
) -> PageOf[Actie]:
    """The municipality's actions, soonest due first; of one recommendation when it is given."""
    if filters.aanbeveling_id is not None:
        await get_aanbeveling(session, principal, filters.aanbeveling_id)
    statement = repository.acties(principal.tenant_id, filters, today())
    return await fetch_page(session, statement, page)


async def get_actie(session: AsyncSession, principal: Principal, actie_id: uuid.UUID) -> Actie:
    """An action of the caller's municipality; any other id is 404."""
    found = await repository.actie(session, principal.tenant_id, actie_id)
    if found is None:
        raise NotFound("actie")
    return found


async def create_actie(
    session: AsyncSession, principal: Principal, aanbeveling_id: uuid.UUID, data: ActieCreate
) -> Actie:
    """Add an action to a recommendation; a planned period is due on its last day."""
    parent = await get_aanbeveling(session, principal, aanbeveling_id)
    values = data.model_dump(exclude={"planning", "afgerond_op"})
    problems: list[InvalidParam] = []
    values.update(_planning(data.planning, problems))
    values["afgerond_op"] = _completion(data.status, data.afgerond_op, problems)
    if problems:
        raise InvalidInput.fields(problems)
    created = Actie(organisatie_id=principal.tenant_id, aanbeveling_id=parent.id, **values)
    session.add(created)
    await session.flush()
    await audit.record_private(
        session, principal, actie="aangemaakt", entiteit="actie", target=created, voor=None
    )
    return created


async def update_actie(
    session: AsyncSession,
    principal: Principal,
    actie_id: uuid.UUID,
    patch: ActieUpdate,
    if_match: str | None,
) -> Actie:
    """Merge-patch an action; finishing it records the completion date (today by default)."""
    found = await get_actie(session, principal, actie_id)
    require_current(if_match, found.versie)
    changes = patch.changes()
    problems: list[InvalidParam] = []
    if "planning" in changes:
        changes.update(_planning(changes["planning"], problems))
    status = changes.get("status", found.status)
    if "afgerond_op" in changes:
        given = changes["afgerond_op"]
    else:  # keep the stored date while it stays finished; reopening clears it
        given = found.afgerond_op if status is ActieStatus.AFGEROND else None
    changes["afgerond_op"] = _completion(status, given, problems)
    if problems:
        raise InvalidInput.fields(problems)
    before = audit.snapshot(found)
    for name, value in changes.items():
        setattr(found, name, value)
    await session.flush()
    if audit.snapshot(found) != before:
        await audit.record_private(
            session, principal, actie="gewijzigd", entiteit="actie", target=found, voor=before
        )
    return found


async def existing_action_ids(
    session: AsyncSession, organisatie_id: uuid.UUID, ids: list[uuid.UUID]
) -> set[uuid.UUID]:
    """Those of `ids` that are actions of the municipality (for links from other domains)."""
    return {found.id for found in await repository.acties_by_ids(session, organisatie_id, ids)}


async def actions_by_ids(
    session: AsyncSession, organisatie_id: uuid.UUID, ids: list[uuid.UUID]
) -> dict[uuid.UUID, Actie]:
    """The municipality's actions among `ids`, by id, in one query."""
    found = await repository.acties_by_ids(session, organisatie_id, ids)
    return {item.id: item for item in found}


def _planning(text: str | None, problems: list[InvalidParam]) -> dict[str, Any]:
    if text is None:
        return {"planning": None, "planning_tekst": None}
    try:
        parsed = parse_planning(text)
    except InvalidPlanning as error:
        problems.append(InvalidParam("planning", str(error)))
        return {}
    return {"planning": parsed.datum, "planning_tekst": parsed.tekst}


def _completion(
    status: ActieStatus, afgerond_op: date | None, problems: list[InvalidParam]
) -> date | None:
    completed, problem = completion_date(status, afgerond_op, today())
    if problem:
        problems.append(InvalidParam("afgerondOp", problem))
    return completed

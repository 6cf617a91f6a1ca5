"""Importing seed 004's table (CSV or XLSX): every row or none, and nothing twice."""

import uuid
from collections import Counter
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.core import audit
from app.core.errors import InvalidInput, InvalidParam
from app.core.uploads import FIELD, ParseLimits, Upload, interpret_table
from app.verbeterplan import repository, service
from app.verbeterplan.import_rows import read_rows
from app.verbeterplan.importer import (
    BestaandeAanbeveling,
    BestaandeActie,
    Importplan,
    Resultaat,
    Sleutel,
    Wijziging,
    plan_import,
)
from app.verbeterplan.models import Aanbeveling, Actie, Bron
from app.verbeterplan.schemas import ImportRij, ImportVerslag

NO_HEADER = (
    "No header row naming the columns Nr and Aanbeveling. Use seed 004's layout: "
    "Nr, Aanbeveling, Reactie, Actie, Wie, Planning (and optionally Deel)."
)


async def import_plan(
    session: AsyncSession,
    principal: Principal,
    upload: Upload,
    bron: Bron,
    *,
    proefdraai: bool,
    limits: ParseLimits,
) -> ImportVerslag:
    """Bring the source's plan in line with the table. A single bad row refuses the whole
    file (400, every bad row named); a dry run reports without storing."""
    gelezen = await interpret_table(upload, limits, read_rows)
    if not gelezen.kop_gevonden:
        raise InvalidInput.field(FIELD, NO_HEADER)
    stored = await repository.plan_of(session, principal.tenant_id, bron)
    plan = plan_import(gelezen, [_as_stored(item) for item in stored])
    if plan.afwijzingen:
        raise InvalidInput.fields(
            [InvalidParam(bad.naam, f"Row {bad.rij}: {bad.reden}") for bad in plan.afwijzingen]
        )
    if not gelezen.regels:
        raise InvalidInput.field(FIELD, "The table holds no recommendations.")
    if not proefdraai:
        await _apply(session, principal, bron, plan, stored)
    return _report(plan, bron, proefdraai)


async def _apply(
    session: AsyncSession,
    principal: Principal,
    bron: Bron,
    plan: Importplan,
    stored: list[Aanbeveling],
) -> None:
    recommendations = {item.id: item for item in stored}
    stored_actions = {action.id: action for item in stored for action in item.acties}
    events: list[tuple[str, Aanbeveling | Actie, dict[str, Any] | None]] = []
    ids = dict(plan.bestaande_ids)
    for change in plan.aanbevelingen:
        deel, code = change.sleutel
        if change.bestaand_id is None:
            target = Aanbeveling(
                id=change.id, organisatie_id=principal.tenant_id, bron=bron, deel=deel, code=code
            )
            for name, value in change.waarden.items():
                setattr(target, name, value)
            target.partij_links = []
            session.add(target)
            events.append(("aangemaakt", target, None))
        else:
            target = recommendations[change.bestaand_id]
            events.append(("gewijzigd", target, service.snapshot(target)))
            service.apply_changes(target, change.waarden, None)
        ids[change.sleutel] = change.id
    await session.flush()  # the recommendations exist before their new actions point at them
    for change in plan.acties:
        if change.bestaand_id is None:
            action = Actie(
                id=change.id,
                organisatie_id=principal.tenant_id,
                aanbeveling_id=ids[change.sleutel],
                **change.waarden,
            )
            session.add(action)
            events.append(("aangemaakt", action, None))
        else:
            action = stored_actions[change.bestaand_id]
            events.append(("gewijzigd", action, audit.snapshot(action)))
            for name, value in change.waarden.items():
                setattr(action, name, value)
    await session.flush()
    for verb, entity, before in events:
        if isinstance(entity, Aanbeveling):
            await audit.record_private(
                session,
                principal,
                actie=verb,
                entiteit="aanbeveling",
                target=entity,
                voor=before,
                state=service.snapshot,
            )
        else:
            await audit.record_private(
                session, principal, actie=verb, entiteit="actie", target=entity, voor=before
            )


def _report(plan: Importplan, bron: Bron, proefdraai: bool) -> ImportVerslag:
    created = {change.sleutel: change.id for change in plan.aanbevelingen}
    ids: dict[Sleutel, uuid.UUID] = {**plan.bestaande_ids, **({} if proefdraai else created)}
    counts = Counter(row.resultaat for row in plan.rijen)
    rows = [
        ImportRij(
            rij=row.rij,
            deel=row.deel,
            code=row.code,
            resultaat=row.resultaat,
            aanbeveling=row.aanbeveling,
            actie=row.actie,
            redenen=row.redenen,
            aanbeveling_id=ids.get((row.deel, row.code)) if row.deel and row.code else None,
            actie_id=_action_id(row.actie_wijziging, proefdraai),
        )
        for row in plan.rijen
    ]
    keys = {(row.deel, row.code) for row in plan.rijen if row.code is not None}
    return ImportVerslag(
        bron=bron,
        proefdraai=proefdraai,
        aantal_aanbevelingen=len(keys),
        aangemaakt=counts[Resultaat.AANGEMAAKT],
        bijgewerkt=counts[Resultaat.BIJGEWERKT],
        ongewijzigd=counts[Resultaat.ONGEWIJZIGD],
        overgeslagen=counts[Resultaat.OVERGESLAGEN],
        rijen=rows,
    )


def _action_id(change: Wijziging | None, proefdraai: bool) -> uuid.UUID | None:
    if change is None or (proefdraai and change.bestaand_id is None):
        return None
    return change.id


def _as_stored(item: Aanbeveling) -> BestaandeAanbeveling:
    return BestaandeAanbeveling(
        id=item.id,
        deel=item.deel,
        code=item.code,
        tekst=item.tekst,
        reactie=item.reactie,
        reactie_toelichting=item.reactie_toelichting,
        acties=tuple(
            BestaandeActie(
                id=action.id,
                omschrijving=action.omschrijving,
                eigenaar=action.eigenaar,
                planning=action.planning,
                planning_tekst=action.planning_tekst,
            )
            for action in item.acties
        ),
    )

"""Use cases of the workflow: submit to the MT, approve, return with a comment.

The pure table in workflow.py decides what may happen; this module checks who acts on which
report, keeps every submitted version and every step, and marks late submissions.
"""

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.core import audit
from app.core.clock import AMSTERDAM
from app.core.db import utcnow
from app.core.errors import Conflict, Forbidden, InvalidInput
from app.core.etag import require_current
from app.outbox import service as outbox
from app.outbox import types
from app.voortgang import repository
from app.voortgang.content import content_of
from app.voortgang.models import RapportageOvergang, RapportageVersie, Voortgangsrapportage
from app.voortgang.service import get_report, require_author
from app.voortgang.validation import submission_problems
from app.voortgang.views import content_document
from app.voortgang.workflow import Actie, RapportageStatus, TransitionRefused, next_status

WORKFLOW_EVENTS = {
    Actie.INDIENEN: types.VOORTGANGSRAPPORTAGE_INGEDIEND,
    Actie.GOEDKEUREN: types.VOORTGANGSRAPPORTAGE_GOEDGEKEURD,
    Actie.TERUGSTUREN: types.VOORTGANGSRAPPORTAGE_TERUGGESTUURD,
}
AUDIT_ACTIONS = {
    Actie.INDIENEN: "ingediend",
    Actie.GOEDKEUREN: "goedgekeurd",
    Actie.TERUGSTUREN: "teruggestuurd",
}


def _next(report: Voortgangsrapportage, action: Actie, principal: Principal) -> RapportageStatus:
    try:
        return next_status(report.status, action, principal.rol)
    except TransitionRefused as refused:
        raise (Forbidden if refused.role_may_not else Conflict)(refused.reason) from None


async def submit(
    session: AsyncSession, principal: Principal, report_id: uuid.UUID, if_match: str | None
) -> Voortgangsrapportage:
    """The regievoerder submits to the MT: every '-' and every deviation explained; each
    submission kept as a version; the first one after the round's deadline marks it late."""
    report = await get_report(session, principal, report_id)
    await require_author(session, principal, report.verbonden_partij_id)
    require_current(if_match, report.versie)
    target = _next(report, Actie.INDIENEN, principal)
    before = audit.snapshot(report)
    if problems := submission_problems(content_of(report)):
        raise InvalidInput.fields(problems)
    now = utcnow()
    late = await _is_late(session, report, now.astimezone(AMSTERDAM).date())
    if report.ingediend_op is None:
        report.ingediend_op, report.telaat = now, late
    volgnummer = await repository.last_volgnummer(session, report.id) + 1
    session.add(
        RapportageVersie(
            rapportage_id=report.id,
            volgnummer=volgnummer,
            ingediend_op=now,
            ingediend_door_id=principal.gebruiker_id,
            ingediend_door_naam=principal.naam,
            telaat=late,
            inhoud=content_document(report),
        )
    )
    step = Stap(Actie.INDIENEN, target, volgnummer, None)
    return await _step(session, principal, report, step, before)


async def approve(
    session: AsyncSession,
    principal: Principal,
    report_id: uuid.UUID,
    toelichting: str | None,
    if_match: str | None,
) -> Voortgangsrapportage:
    """The MT approves a submitted report, which freezes it."""
    report = await get_report(session, principal, report_id)
    require_current(if_match, report.versie)
    target = _next(report, Actie.GOEDKEUREN, principal)
    before = audit.snapshot(report)
    report.goedgekeurd_op = utcnow()
    report.mt_opmerking = toelichting
    volgnummer = await repository.last_volgnummer(session, report.id)
    step = Stap(Actie.GOEDKEUREN, target, volgnummer, toelichting)
    return await _step(session, principal, report, step, before)


async def send_back(
    session: AsyncSession,
    principal: Principal,
    report_id: uuid.UUID,
    toelichting: str,
    if_match: str | None,
) -> Voortgangsrapportage:
    """The MT returns a submitted report with what must change; the regievoerder edits it."""
    report = await get_report(session, principal, report_id)
    require_current(if_match, report.versie)
    target = _next(report, Actie.TERUGSTUREN, principal)
    before = audit.snapshot(report)
    report.mt_opmerking = toelichting
    volgnummer = await repository.last_volgnummer(session, report.id)
    step = Stap(Actie.TERUGSTUREN, target, volgnummer, toelichting)
    return await _step(session, principal, report, step, before)


async def _is_late(session: AsyncSession, report: Voortgangsrapportage, on: date) -> bool:
    """Submitted after the deadline of the municipality's round (no round: never late)."""
    ronde = await repository.round_for_period(session, report.organisatie_id, report.periode)
    return ronde is not None and on > ronde.deadline


@dataclass(frozen=True)
class Stap:
    actie: Actie
    naar: RapportageStatus
    volgnummer: int  # the submitted version the step concerns
    toelichting: str | None


async def _step(
    session: AsyncSession,
    principal: Principal,
    report: Voortgangsrapportage,
    step: Stap,
    before: dict[str, Any],
) -> Voortgangsrapportage:
    """Move the report on, keeping the step (who, when, from, to, why) and an audit event."""
    session.add(
        RapportageOvergang(
            rapportage_id=report.id,
            actie=step.actie,
            van=report.status,
            naar=step.naar,
            actor_gebruiker_id=principal.gebruiker_id,
            actor_naam=principal.naam,
            actor_rol=principal.rol_naam,
            versie_volgnummer=step.volgnummer,
            toelichting=step.toelichting,
        )
    )
    report.status = step.naar
    await session.flush()
    await _announce(session, report, step, before)
    await audit.record_private(
        session,
        principal,
        actie=AUDIT_ACTIONS[step.actie],
        entiteit="voortgangsrapportage",
        target=report,
        voor=before,
    )
    return report


async def _announce(
    session: AsyncSession, report: Voortgangsrapportage, step: Stap, before: dict[str, Any]
) -> None:
    """The step as an event (notifications), in the step's own transaction: ids and the
    change only, private to the report's municipality."""
    await outbox.publish(
        session,
        WORKFLOW_EVENTS[step.actie],
        report.id,
        f"/voortgangsrapportages/{report.id}",
        data={
            "voortgangsrapportageId": str(report.id),
            "verbondenPartijId": str(report.verbonden_partij_id),
            "periode": report.periode,
            "van": before["status"],
            "naar": step.naar.value,
        },
        verbonden_partij_id=report.verbonden_partij_id,
        organisatie_id=report.organisatie_id,
    )

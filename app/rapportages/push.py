"""The push of a report: by the party's partner or its director, idempotent, all or nothing."""

import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.core import audit
from app.core.clock import today
from app.core.db import utcnow
from app.core.errors import Conflict, InvalidInput, NotFound, Unprocessable
from app.core.periods import Periode
from app.outbox import service as outbox
from app.outbox import types
from app.rapportages import current, repository
from app.rapportages.idempotency import RETENTION, StoredResponse, request_fingerprint
from app.rapportages.models import Rapportage
from app.rapportages.schemas import (
    MetingRead,
    Ontvangstbewijs,
    RapportageCreate,
    token_of,
)
from app.rapportages.validation import MetingInput, meting_period, push_problems
from app.servicenormen import service as normen
from app.servicenormen.outcomes import Uitkomst, judge
from app.servicenormen.terms import NormTerms
from app.verbonden_partijen import service as partijen


async def push_report(
    session: AsyncSession,
    principal: Principal,
    party_id: uuid.UUID,
    data: RapportageCreate,
    idempotency_key: str | None,
    location_of: Callable[[uuid.UUID], str],
) -> StoredResponse:
    """Store a report as the next revision for its party, period and kind, with all its
    measurements, or nothing; a retry with the same Idempotency-Key gets the same response."""
    await require_pusher(session, principal, party_id)
    if principal.is_partner and not idempotency_key:
        raise InvalidInput.field(
            "Idempotency-Key", "Required for partner accounts: send a unique key, e.g. a UUID."
        )
    record_id = None
    if idempotency_key:
        fingerprint = request_fingerprint(party_id, data.model_dump(mode="json", by_alias=True))
        claimed = await _claim(session, principal.account_id, idempotency_key, fingerprint)
        if isinstance(claimed, StoredResponse):
            return claimed
        record_id = claimed
    receipt = await store_report(session, principal, party_id, data)
    response = StoredResponse(
        201, receipt.model_dump_json(by_alias=True), {"Location": location_of(receipt.id)}
    )
    if record_id is not None:
        await repository.store_response(
            session, record_id, response.status_code, response.body, response.headers
        )
    return response


async def purge_expired_keys(session: AsyncSession) -> int:
    """Forget Idempotency-Keys older than the retention (never younger than 24 hours)."""
    total = 0
    while purged := await repository.purge_keys(session, utcnow() - RETENTION):
        total += purged
    return total


async def require_pusher(session: AsyncSession, principal: Principal, party_id: uuid.UUID) -> None:
    """A partner pushes for its own party only (another id is 404); a beheerder of a
    participant or the party's regievoerder may push on its behalf."""
    if principal.is_partner:
        if principal.verbonden_partij_id != party_id:
            raise NotFound("verbonden partij")
        await partijen.get_party(session, principal, party_id)
        return
    await partijen.require_director(session, principal, party_id)


async def _claim(
    session: AsyncSession, account_id: uuid.UUID, key: str, fingerprint: str
) -> uuid.UUID | StoredResponse:
    """The new record's id, or the response stored under this key for the same request."""
    await repository.purge_keys(session, utcnow() - RETENTION, account_id)
    record_id = await repository.claim_key(session, account_id, key, fingerprint)
    if record_id is not None:
        return record_id
    record = await repository.key_record(session, account_id, key)
    if record is None or record.status_code == 0 or record.antwoord is None:
        raise Conflict("A push with this Idempotency-Key is in progress; retry shortly.")
    if record.verzoek_hash != fingerprint:
        raise Unprocessable("This Idempotency-Key was used for a different request; use a new key.")
    return StoredResponse(record.status_code, record.antwoord, dict(record.headers or {}))


async def store_report(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID, data: RapportageCreate
) -> Ontvangstbewijs:
    """Validate the period (it must have begun) and every measurement, then store the
    revision and its measurements."""
    inputs = [MetingInput(m.norm_code, m.periode, m.waarde) for m in data.metingen]
    norms = await normen.norms_by_code(session, party_id, {m.norm_code for m in inputs})
    problems = push_problems(data.periode, inputs, norms, today())
    if problems:
        raise InvalidInput.fields(problems)
    periode = str(data.periode)
    previous = await repository.latest_revision(session, party_id, periode, data.soort)
    report = Rapportage(
        verbonden_partij_id=party_id,
        periode=periode,
        periode_start=data.periode.start,
        soort=data.soort,
        revisie=previous.revisie + 1 if previous else 1,
        vervangt_id=previous.id if previous else None,
        toelichting=data.toelichting,
        ingediend_door_id=principal.gebruiker_id,
        ingediend_door_rol=principal.rol_naam,
        ingediend_met_token_id=principal.token_id,
        ingediend_met_token_omschrijving=await repository.token_description(
            session, principal.token_id
        ),
    )
    session.add(report)
    await session.flush()
    rows, metingen = [], []
    pushed: list[current.Pair] = []
    for meting, item in zip(inputs, data.metingen, strict=True):
        norm, period = norms[meting.norm_code], meting_period(meting, data.periode)
        outcome = judge(norm.versies, period.start, meting.waarde)
        rows.append(_row(report.id, norm, period, meting, item.toelichting, outcome))
        pushed.append((norm.id, str(period)))
        metingen.append(  # typed values already: built without validating each row
            MetingRead.model_construct(
                norm_code=norm.code,
                servicenorm_id=norm.id,
                periode=period,
                waarde=meting.waarde,
                toelichting=item.toelichting,
                uitkomst=outcome,
            )
        )
    await repository.insert_metingen(session, rows)
    await current.mark_pushed(session, party_id, report.id, report.vervangt_id, pushed)
    await _audit(session, principal, report, len(rows))
    await outbox.publish(session, types.RAPPORTAGE_ONTVANGEN, report.id, f"/rapportages/{report.id}", data={"rapportageId": str(report.id), "verbondenPartijId": str(party_id), "periode": periode, "soort": report.soort.value, "revisie": report.revisie}, verbonden_partij_id=party_id)  # fmt: skip  # noqa: E501
    return Ontvangstbewijs(
        id=report.id,
        verbonden_partij_id=party_id,
        periode=data.periode,
        soort=report.soort,
        revisie=report.revisie,
        vervangt=report.vervangt_id,
        ontvangen_op=report.ontvangen_op,
        toelichting=report.toelichting,
        ingediend_door_rol=report.ingediend_door_rol,
        ingediend_met_token=token_of(report),
        metingen=metingen,
    )


def _row(
    report_id: uuid.UUID,
    norm: NormTerms,
    period: Periode,
    meting: MetingInput,
    note: str | None,
    outcome: Uitkomst | None,
) -> dict[str, Any]:
    """A measurement as inserted: with its outcome, and current (the latest received)."""
    return {
        "id": uuid.uuid4(),
        "rapportage_id": report_id,
        "servicenorm_id": norm.id,
        "periode": str(period),
        "periode_start": period.start,
        "periode_eind": period.end,
        "waarde": meting.waarde,
        "toelichting": note,
        "uitkomst": outcome,
        "actueel": True,
    }


async def _audit(
    session: AsyncSession, principal: Principal, report: Rapportage, aantal: int
) -> None:
    """What a partner pushes is shared: every participant's beheerder reads the event. It
    is a delivery: it changes what every participant reads of the partner's data, nothing a
    municipality keeps itself (app/core/versions.py)."""
    await audit.record(
        session,
        principal,
        actie="aangemaakt",
        entiteit="rapportage",
        entiteit_id=report.id,
        voor=None,
        na={**audit.snapshot(report), "aantal_metingen": aantal},
        verbonden_partij_id=report.verbonden_partij_id,
        gedeeld=True,
        levering=True,
    )

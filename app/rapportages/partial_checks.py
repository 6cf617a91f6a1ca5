"""The lookups and rules of a push, on the parts of a body the schema accepted.

Registered with `app/core/body_checks.py`: when a push breaks the schema somewhere (say
`"waarde": "abc"` in `metingen[2]`), the 400 also names what the code lookup and the rules
find in the measurements that did validate (an unknown `normCode` in `metingen[1]`).
"""

import uuid
from typing import Any

from fastapi import Request
from pydantic import TypeAdapter, ValidationError

from app.auth.dependencies import bearer, current_principal
from app.core.clock import today
from app.core.errors import AppError, InvalidParam
from app.core.periods import Periode, PeriodeField
from app.rapportages.push import require_pusher
from app.rapportages.schemas import MetingCreate
from app.rapportages.validation import UNKNOWN_CODE, MetingInput, push_problems
from app.servicenormen import service as normen

_PERIODE: TypeAdapter[Periode] = TypeAdapter(PeriodeField)


async def push_problems_beyond_schema(request: Request, body: dict[str, Any]) -> list[InvalidParam]:
    """The problems of the measurements that passed the schema, as a push would find them;
    nothing when the caller may not push to this party."""
    valid = _valid_metingen(body.get("metingen"))
    try:
        party_id = uuid.UUID(str(request.path_params.get("party_id")))
    except ValueError:
        return []
    if not valid:
        return []
    async with request.app.state.sessionmaker() as session:
        try:
            principal = await current_principal(request, session, await bearer(request))
            await require_pusher(session, principal, party_id)
        except AppError:
            return []
        norms = await normen.norms_by_code(session, party_id, {m.norm_code for _, m in valid})
    report_period = _valid_period(body.get("periode"))
    if report_period is None:  # the schema named it; the codes can still be looked up
        return [
            InvalidParam(f"metingen[{index}].normCode", UNKNOWN_CODE)
            for index, meting in valid
            if meting.norm_code not in norms
        ]
    return push_problems(
        report_period,
        [meting for _, meting in valid],
        norms,
        today(),
        positions=[index for index, _ in valid],
    )


def _valid_metingen(items: Any) -> list[tuple[int, MetingInput]]:
    if not isinstance(items, list):
        return []
    valid = []
    for index, item in enumerate(items):
        try:
            meting = MetingCreate.model_validate(item)
        except ValidationError:
            continue
        valid.append((index, MetingInput(meting.norm_code, meting.periode, meting.waarde)))
    return valid


def _valid_period(value: Any) -> Periode | None:
    try:
        return _PERIODE.validate_python(value)
    except ValidationError:
        return None

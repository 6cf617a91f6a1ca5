"""HTTP for the MT report: HTML or PDF by `Accept` or `?formaat=`."""

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Header, Query
from fastapi.concurrency import run_in_threadpool
from starlette.responses import Response

from app.auth.dependencies import ManagementReader
from app.core.db import DbSession
from app.core.exports.responses import safe_filename
from app.core.openapi import problem_responses
from app.mt_rapport import service
from app.mt_rapport.document import MtRapport
from app.mt_rapport.output_format import MEDIA_TYPES, RapportFormaat, negotiate
from app.mt_rapport.render import render_html, render_pdf

router = APIRouter(prefix="/rapportagerondes", tags=["Rapportagerondes"])

# The report shows every party's ratings and the whole improvement plan: the municipality's
# MT, its beheerder and its dashboard account (lezer) read it; a regievoerder, who sees only
# the parties assigned to them, reads their own reports instead.

RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "De MT-rapportage: een op zichzelf staande HTML-pagina (geen scripts, "
        "inline SVG-grafieken) of een getagde PDF (PDF/UA-1), in het Nederlands, inline getoond.",
        "content": {
            MEDIA_TYPES[RapportFormaat.HTML]: {"schema": {"type": "string"}},
            MEDIA_TYPES[RapportFormaat.PDF]: {"schema": {"type": "string", "format": "binary"}},
        },
        "headers": {
            "Content-Disposition": {
                "description": 'inline; filename="mt-rapport-<gemeente>-<periode>.pdf|html"',
                "schema": {"type": "string"},
            }
        },
    },
    **problem_responses(406),
}


def filename(rapport: MtRapport, formaat: RapportFormaat) -> str:
    """`mt-rapport-arnhem-2026-H1.pdf`."""
    return f"mt-rapport-{safe_filename(rapport.gemeente)}-{rapport.periode}.{formaat.value}"


@router.get(
    "/{ronde_id}/mt-rapport",
    response_class=Response,
    responses=RESPONSES,
)
async def get_mt_rapport(
    session: DbSession,
    principal: ManagementReader,
    ronde_id: uuid.UUID,
    formaat: Annotated[
        RapportFormaat | None, Query(description="`html` of `pdf`; gaat vóór de `Accept`-header.")
    ] = None,
    accept: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> Response:
    """The semiannual MT report of a round of your municipality, in Dutch: a cover, an
    overview with traffic lights, a page per party with a status report (what was last
    submitted to the MT; a draft shows its state only) with norm and budget charts, and the
    improvement plan's overdue actions. `Accept: application/pdf` (also without Accept or with
    `*/*`) or `text/html` (a browser), or `?formaat=pdf|html`. For mt, beheerder and lezer."""
    keuze = negotiate(accept, formaat)
    rapport = await service.mt_report(session, principal, ronde_id)
    if keuze is RapportFormaat.PDF:
        body: bytes | str = await run_in_threadpool(render_pdf, rapport)
        media_type = MEDIA_TYPES[keuze]
    else:
        body = await run_in_threadpool(render_html, rapport)
        media_type = f"{MEDIA_TYPES[keuze]}; charset=utf-8"
    disposition = f'inline; filename="{filename(rapport, keuze)}"'
    return Response(body, media_type=media_type, headers={"Content-Disposition": disposition})

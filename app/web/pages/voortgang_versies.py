"""The submitted versions of a status report side by side
(`/voortgangsrapportages/{id}/versies?links=1&rechts=2`): what changed between two
submissions, or between the last one and the text as it stands now."""

import uuid
from typing import Annotated

from fastapi import Query, Request
from starlette.responses import Response

from app.core.db import DbSession
from app.verbonden_partijen import service as partijen
from app.voortgang import service as voortgang
from app.voortgang.content import content_of
from app.voortgang.schemas import RapportageInhoud
from app.web.dependencies import MunicipalPage
from app.web.rendering import render
from app.web.routing import page_router
from app.web.views.versievergelijking import HUIDIG, compare

router = page_router()
Keuze = Annotated[str | None, Query(max_length=10, pattern=r"^(\d{1,6}|huidig)$")]


@router.get("/voortgangsrapportages/{rapportage_id:uuid}/versies")
async def versies(
    request: Request,
    session: DbSession,
    principal: MunicipalPage,
    rapportage_id: uuid.UUID,
    links: Keuze = None,
    rechts: Keuze = None,
) -> Response:
    """Two versions compared field by field; by default the last two submissions (or the last
    submission and the text as it stands now)."""
    report = await voortgang.get_report(session, principal, rapportage_id)
    party = await partijen.get_party(session, principal, report.verbonden_partij_id)
    found, _ = await voortgang.versions_of(session, principal, report.id)
    contents = {
        str(v.volgnummer): RapportageInhoud.model_validate(v.inhoud).model_dump() for v in found
    }
    contents[HUIDIG] = content_of(report)
    vergelijking = compare(contents, links, rechts)
    context = {
        "rapport": report,
        "partij": party,
        "versies": found,
        "vergelijking": vergelijking,
    }
    return render(request, "voortgang/versies.html", context, status_code=vergelijking.status)

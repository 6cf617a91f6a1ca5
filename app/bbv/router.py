"""HTTP for the BBV paragraph."""

from typing import Annotated

from fastapi import APIRouter, Path
from starlette.responses import Response

from app.auth.dependencies import ManagementReader
from app.bbv import service
from app.bbv.exports import bbv_sheets
from app.bbv.schemas import BbvParagraaf
from app.core.db import DbSession
from app.core.exports.responses import ExportParams, export_response, export_responses

router = APIRouter(prefix="/bbv-paragraaf", tags=["BBV"])


@router.get("/{jaar}", response_model=BbvParagraaf, responses=export_responses())
async def get_bbv_paragraaf(
    session: DbSession,
    principal: ManagementReader,
    jaar: Annotated[
        int, Path(ge=1900, le=2999, description="Het jaar van begroting of jaarrekening.")
    ],
    export: ExportParams,
) -> BbvParagraaf | Response:
    """The paragraaf verbonden partijen (BBV art. 15) of your municipality for year J: per
    category each party with seat, public interest, your bestuurlijk and financieel belang,
    equity and debt at start and end, result, the risks the party states in its budget and
    the material risks of your own risk register; and what is still missing per party.
    JSON, CSV (one row per party, with a category column) or XLSX (the list, a completeness
    sheet and a sheet of your material risks). For mt, beheerder and lezer."""
    paragraaf = await service.bbv_paragraph(session, principal, jaar)
    if export.is_json:
        return paragraaf
    name = f"bbv-paragraaf-{jaar}-{paragraaf.organisatie.naam}"
    return await export_response(export, bbv_sheets(paragraaf), name)

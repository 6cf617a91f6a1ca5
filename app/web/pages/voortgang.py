"""The status report (`/voortgangsrapportages/…`): draft one for a half-year (prefilled), fill
the grid and save or submit it; the MT approves or returns it; compare submitted versions.

Every write goes through the services the API uses (same checks, same audit). The form
carries the version it was read at: when someone saved in between, the page shows what
differs and keeps the person's text in the form, so pressing Opslaan again reapplies it.
"""

import uuid
from typing import Any

from fastapi import Request
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError
from starlette.responses import RedirectResponse, Response

from app.auth.principal import Principal
from app.auth.roles import Rol
from app.core.clock import today
from app.core.db import DbSession
from app.core.errors import Conflict, Forbidden, InvalidInput, PreconditionFailed
from app.core.etag import etag_of
from app.core.periods import Periode
from app.verbonden_partijen import service as partijen
from app.voortgang import service as voortgang
from app.voortgang import transitions
from app.voortgang.content import content_of
from app.voortgang.models import Voortgangsrapportage
from app.voortgang.schemas import VoortgangsrapportageCreate
from app.voortgang.workflow import RapportageStatus, is_editable
from app.web import urls
from app.web.dependencies import MtPage, MunicipalPage, RegievoerderPage
from app.web.formatting import periode as periode_tekst
from app.web.forms import FieldError, errors_by_field
from app.web.rendering import render
from app.web.routing import page_router
from app.web.session.cookies import Melding
from app.web.state import web_state
from app.web.views import statussen
from app.web.views.rapportageformulier import (
    AFWIJKING_LABELS,
    ASPECT_LABELS,
    JA_NEE_KEUZES,
    OORDEEL_KEUZES,
    Ingevuld,
    Verschil,
    differences,
    read_form,
    submission_errors,
    values_of,
)

router = page_router()
HALF_YEARS_OFFERED = 2  # a new report: this half-year and the one before


def _redirect(request: Request, url: str, tekst: str) -> RedirectResponse:
    response = RedirectResponse(url, status_code=303)
    web_state(request).cookies.leave_melding(request, response, Melding(tekst))
    return response


def _half_years() -> list[str]:
    current = Periode.half_year_of(today())
    periods = [current]
    for _ in range(HALF_YEARS_OFFERED - 1):
        periods.append(periods[-1].previous())
    return [str(p) for p in periods]


# --- a new draft ---------------------------------------------------------------------------


async def _new_page(
    request: Request,
    session: AsyncSession,
    principal: Principal,
    waarden: dict[str, str],
    fouten: list[FieldError],
    status_code: int = 200,
) -> Response:
    parties = await partijen.parties_represented_or_directed(session, principal)
    context = {
        "partijen": [(str(p.id), p.naam) for p in parties],
        "halfjaren": [(p, periode_tekst(p)) for p in _half_years()],
        "waarden": waarden,
        "fouten": fouten,
        "foutmap": errors_by_field(fouten),
    }
    return render(request, "voortgang/nieuw.html", context, status_code=status_code)


@router.get("/voortgangsrapportages/nieuw")
async def nieuw(request: Request, session: DbSession, principal: RegievoerderPage) -> Response:
    """Choose the party and half-year of a new status report (prefilled from the address)."""
    query = request.query_params
    waarden = {
        "verbondenPartij": query.get("verbondenPartij", ""),
        "periode": query.get("periode", _half_years()[0]),
    }
    return await _new_page(request, session, principal, waarden, [])


@router.post("/voortgangsrapportages/nieuw")
async def maak(request: Request, session: DbSession, principal: RegievoerderPage) -> Response:
    """Draft the report, prefilled with what the service knows of the half-year."""
    form = await request.form()
    waarden = {name: str(form.get(name, "")) for name in ("verbondenPartij", "periode")}
    fouten = []
    try:
        party_id = uuid.UUID(waarden["verbondenPartij"])
    except ValueError:
        fouten.append(FieldError("verbondenPartij", "Kies de verbonden partij."))
    if waarden["periode"] not in _half_years():
        fouten.append(FieldError("periode", "Kies een van de halfjaren uit de lijst."))
    if fouten:
        return await _new_page(request, session, principal, waarden, fouten, 400)
    data = VoortgangsrapportageCreate.model_validate(
        {"verbonden_partij_id": party_id, "periode": waarden["periode"]}
    )
    try:
        report = await voortgang.create_report(session, principal, data)
    except Conflict:
        fout = FieldError("periode", "Uw gemeente heeft voor dit halfjaar al een rapportage.")
        return await _new_page(request, session, principal, waarden, [fout], 409)
    except InvalidInput as invalid:
        fout = FieldError(
            "periode" if invalid.invalid_params[0].name == "periode" else "verbondenPartij",
            "Dit halfjaar is nog niet begonnen."
            if invalid.invalid_params[0].name == "periode"
            else "U kunt over deze partij geen rapportage maken.",
        )
        return await _new_page(request, session, principal, waarden, [fout], 400)
    return _redirect(
        request,
        urls.voortgangsrapportage(report.id),
        "De conceptrapportage is gemaakt en vooraf ingevuld.",
    )


# --- the report --------------------------------------------------------------------------


async def _may_write(session: AsyncSession, principal: Principal, report: Any) -> bool:
    if principal.rol is not Rol.REGIEVOERDER or not is_editable(report.status):
        return False
    try:
        await voortgang.require_author(session, principal, report.verbonden_partij_id)
    except Forbidden:
        return False
    return True


async def _report_page(
    request: Request,
    session: AsyncSession,
    principal: Principal,
    report: Voortgangsrapportage,
    *,
    ingevuld: Ingevuld | None = None,
    fouten: list[FieldError] | None = None,
    conflict: list[Verschil] | None = None,
    beoordeling: dict[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    party = await partijen.get_party(session, principal, report.verbonden_partij_id)
    steps = await voortgang.steps_of(session, report)
    versions = await voortgang.versions_of_read_report(session, report)
    errors = fouten if fouten is not None else (ingevuld.fouten if ingevuld else [])
    context = {
        "rapport": report,
        "partij": party,
        "stappen": steps,
        "versies": versions,
        "bronnen": report.snapshot.get("bronnen", {}),
        "samengesteld_op": report.snapshot.get("samengesteldOp"),
        "waarden": ingevuld.waarden if ingevuld else values_of(content_of(report)),
        "fouten": errors,
        "foutmap": errors_by_field(errors),
        "conflict": conflict,
        "beoordeling": beoordeling or {"besluit": "", "toelichting": "", "fout": ""},
        "mag_schrijven": await _may_write(session, principal, report),
        "mag_beoordelen": principal.rol is Rol.MT and report.status is RapportageStatus.INGEDIEND,
        "aspecten": ASPECT_LABELS,
        "afwijkingen": AFWIJKING_LABELS,
        "oordeel_keuzes": OORDEEL_KEUZES,
        "ja_nee_keuzes": JA_NEE_KEUZES,
        "statussen": statussen,
    }
    return render(request, "voortgang/rapport.html", context, status_code=status_code)


@router.get("/voortgangsrapportages/{rapportage_id:uuid}")
async def rapport(
    request: Request, session: DbSession, principal: MunicipalPage, rapportage_id: uuid.UUID
) -> Response:
    """The report: the form while its regievoerder may edit it, else as submitted."""
    report = await voortgang.get_report(session, principal, rapportage_id)
    return await _report_page(request, session, principal, report)


async def _conflict_page(
    request: Request,
    session: AsyncSession,
    principal: Principal,
    rapportage_id: uuid.UUID,
    ingevuld: Ingevuld,
) -> Response:
    """Someone saved in between: show what they saved beside what this person typed, and
    keep the typed text in a form that now carries the current version."""
    await session.rollback()
    report = await voortgang.get_report(session, principal, rapportage_id)
    saved = values_of(content_of(report))
    return await _report_page(
        request,
        session,
        principal,
        report,
        ingevuld=Ingevuld(ingevuld.waarden, None, []),
        conflict=differences(ingevuld.waarden, saved),
        status_code=409,
    )


@router.post("/voortgangsrapportages/{rapportage_id:uuid}")
async def opslaan(
    request: Request, session: DbSession, principal: RegievoerderPage, rapportage_id: uuid.UUID
) -> Response:
    """Opslaan (save the draft) or Indienen (save and submit to the MT), against the version
    the form was read at."""
    form = await request.form()
    fields = {name: str(value) for name, value in form.items()}
    ingevuld = read_form(fields)
    report = await voortgang.get_report(session, principal, rapportage_id)
    if ingevuld.patch is None:
        return await _report_page(
            request, session, principal, report, ingevuld=ingevuld, status_code=400
        )
    gelezen = etag_of(int(fields["versie"])) if fields.get("versie", "").isdigit() else None
    indienen = fields.get("actie") == "indienen"
    changed = ingevuld.waarden != values_of(content_of(report))
    if not changed and not indienen and gelezen == etag_of(report.versie):
        return _redirect(request, urls.voortgangsrapportage(report.id), "Er was niets gewijzigd.")
    try:
        if changed or not indienen:
            report = await voortgang.update_report(
                session, principal, rapportage_id, ingevuld.patch, gelezen
            )
            gelezen = etag_of(report.versie)
        if indienen:
            report = await transitions.submit(session, principal, rapportage_id, gelezen)
    except (PreconditionFailed, StaleDataError, Conflict):
        # Saved, submitted or approved in between: keep the text, show what differs.
        return await _conflict_page(request, session, principal, rapportage_id, ingevuld)
    except InvalidInput as invalid:  # not ready for the MT: nothing is stored
        await session.rollback()
        report = await voortgang.get_report(session, principal, rapportage_id)
        fouten = submission_errors(invalid.invalid_params)
        return await _report_page(
            request, session, principal, report, ingevuld=ingevuld, fouten=fouten, status_code=400
        )
    tekst = "De rapportage is ingediend bij het MT." if indienen else "De rapportage is opgeslagen."
    return _redirect(request, urls.voortgangsrapportage(report.id), tekst)


@router.post("/voortgangsrapportages/{rapportage_id:uuid}/beoordeling")
async def beoordelen(
    request: Request, session: DbSession, principal: MtPage, rapportage_id: uuid.UUID
) -> Response:
    """The MT's Goedkeuren (optional comment) or Terugsturen (with what must change)."""
    form = await request.form()
    besluit = str(form.get("besluit", ""))
    toelichting = str(form.get("toelichting", "")).strip()
    gelezen = str(form.get("versie", ""))
    beoordeling = {"besluit": besluit, "toelichting": toelichting, "fout": ""}
    report = await voortgang.get_report(session, principal, rapportage_id)
    if besluit == "terugsturen" and not toelichting:
        beoordeling["fout"] = "Schrijf wat de regievoerder moet veranderen."
    elif besluit not in {"goedkeuren", "terugsturen"} or len(toelichting) > 10_000:
        beoordeling["fout"] = (
            "Kies Goedkeuren of Terugsturen (een opmerking van hoogstens 10.000 tekens)."
        )
    if beoordeling["fout"]:
        return await _report_page(
            request, session, principal, report, beoordeling=beoordeling, status_code=400
        )
    if_match = etag_of(int(gelezen)) if gelezen.isdigit() else None
    try:
        if besluit == "goedkeuren":
            await transitions.approve(
                session, principal, rapportage_id, toelichting or None, if_match
            )
        else:
            await transitions.send_back(session, principal, rapportage_id, toelichting, if_match)
    except (PreconditionFailed, StaleDataError, Conflict):
        await session.rollback()
        report = await voortgang.get_report(session, principal, rapportage_id)
        beoordeling["fout"] = (
            "De rapportage is intussen gewijzigd. Bekijk de huidige stand en beslis opnieuw; "
            "uw opmerking staat nog in het veld."
        )
        return await _report_page(
            request, session, principal, report, beoordeling=beoordeling, status_code=409
        )
    tekst = (
        "De rapportage is goedgekeurd."
        if besluit == "goedkeuren"
        else "De rapportage is teruggestuurd naar de regievoerder."
    )
    return _redirect(request, urls.voortgangsrapportage(rapportage_id), tekst)

"""Beheer of accounts and tokens (`/beheer/gebruikers`, beheerder): add an account, change
its name and role, (de)activate it, issue a token (the secret shown once) and revoke one.
The same use cases as `/api/v1/gebruikers` (app/gebruikers/service.py), audited there."""

import uuid
from typing import Annotated, Any

from fastapi import Query, Request
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.responses import RedirectResponse, Response

from app.auth.principal import Principal
from app.core.db import DbSession, utcnow
from app.core.errors import Conflict, InvalidInput
from app.core.pagination import PageRequest
from app.gebruikers import service as gebruikers
from app.gebruikers.schemas import GebruikerCreate, GebruikerUpdate, TokenCreate
from app.verbonden_partijen import service as partijen
from app.verbonden_partijen.repository import PartijFilter
from app.web import urls
from app.web.dependencies import BeheerderPage
from app.web.form_input import field_errors, form_values, validated
from app.web.forms import FieldError, errors_by_field
from app.web.rendering import render
from app.web.routing import page_router
from app.web.session.cookies import Melding
from app.web.state import web_state
from app.web.views import beheer as view
from app.web.views.pagination import Pager

router = page_router()
PAGE_SIZE = 25
MAX_PARTIES = 500  # the partner-account form lists the municipality's parties
ACCOUNT_MESSAGES = {
    "verbondenPartijId": "Kies de verbonden partij bij een partneraccount (en alleen daarbij).",
    "rol": "Een partneraccount blijft een partneraccount, en een gemeenteaccount blijft dat.",
}
TOKEN_MESSAGES = {"verlooptOp": "Kies een datum in de toekomst, binnen de maximale looptijd."}


def _base(gebruiker_id: uuid.UUID) -> str:
    return f"{urls.gebruikersbeheer()}/{gebruiker_id}"


def _done(request: Request, target: str, tekst: str) -> Response:
    response = RedirectResponse(target, status_code=303)
    web_state(request).cookies.leave_melding(request, response, Melding(tekst))
    return response


async def _parties(session: AsyncSession, principal: Principal) -> list[tuple[str, str]]:
    page = PageRequest(1, MAX_PARTIES, urls.gebruikersbeheer())
    found = await partijen.list_parties(session, principal, PartijFilter(), page)
    return [(str(party.id), party.naam) for party in found.items]


@router.get("/beheer/gebruikers")
async def accounts(
    request: Request,
    session: DbSession,
    principal: BeheerderPage,
    zoek: Annotated[str, Query(max_length=100)] = "",
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    """The municipality's accounts and the partner accounts of its parties."""
    request_page = PageRequest(page, PAGE_SIZE, str(request.url))
    found = await gebruikers.list_accounts(
        session, principal, request_page, None, None, zoek.strip() or None
    )
    query = f"zoek={zoek}&" if zoek else ""
    context = {
        "accounts": found.items,
        "zoek": zoek,
        "pager": Pager(
            page, PAGE_SIZE, found.total, lambda n: f"/beheer/gebruikers?{query}page={n}"
        ),
        "rollen": view.ROL,
    }
    return render(request, "beheer/gebruikers.html", context)


async def _new_account_page(
    request: Request,
    session: AsyncSession,
    principal: Principal,
    waarden: dict[str, Any] | None = None,
    fouten: list[FieldError] | None = None,
) -> Response:
    context = {
        "waarden": waarden or {},
        "fouten": fouten or [],
        "foutmap": errors_by_field(fouten or []),
        "rollen": view.ALL_CHOICES,
        "partijen": await _parties(session, principal),
    }
    return render(request, "beheer/nieuw.html", context, status_code=400 if fouten else 200)


@router.get("/beheer/gebruikers/nieuw")
async def new_account(request: Request, session: DbSession, principal: BeheerderPage) -> Response:
    return await _new_account_page(request, session, principal)


@router.post("/beheer/gebruikers")
async def create_account(
    request: Request, session: DbSession, principal: BeheerderPage
) -> Response:
    """Add an account; a partner account belongs to one of the municipality's parties."""
    form = await request.form()
    values = form_values(form, ("naam", "email", "rol", "verbondenPartijId"))
    try:
        account = await gebruikers.create_account(
            session, principal, validated(GebruikerCreate, values)
        )
    except (InvalidInput, Conflict) as exc:
        await session.rollback()
        errors = _errors(exc, ACCOUNT_MESSAGES)
        return await _new_account_page(request, session, principal, values, errors)
    return _done(request, _base(account.id), f"Account {account.naam} toegevoegd.")


CONFLICTS = {  # the services' conflicts (their English detail) on the field they concern
    "An account of your municipality": ("email", "Er is al een account met dit e-mailadres."),
    "You cannot deactivate or demote": (
        "rol",
        "U kunt uw eigen account niet uitschakelen of een andere rol geven.",
    ),
    "This regievoerder still directs": (
        "rol",
        "Deze regievoerder regisseert nog verbonden partijen; wijs die eerst iemand anders toe.",
    ),
}


def _errors(exc: InvalidInput | Conflict, messages: dict[str, str]) -> list[FieldError]:
    if isinstance(exc, Conflict):
        for start, (field, message) in CONFLICTS.items():
            if exc.detail.startswith(start):
                return [FieldError(field, message)]
        return [FieldError("naam", "Dit botst met een andere wijziging; probeer het opnieuw.")]
    return field_errors(exc, messages)


async def _account_page(
    request: Request,
    session: AsyncSession,
    principal: Principal,
    gebruiker_id: uuid.UUID,
    *,
    waarden: dict[str, Any] | None = None,
    fouten: list[FieldError] | None = None,
    token_fouten: list[FieldError] | None = None,
    nieuw_token: tuple[str, str] | None = None,
    status_code: int = 200,
) -> Response:
    account = await gebruikers.get_account(session, principal, gebruiker_id)
    tokens = await gebruikers.list_tokens(session, principal, gebruiker_id)
    now = utcnow()
    context = {
        "account": account,
        "waarden": waarden
        or {"naam": account.naam, "email": account.email or "", "rol": account.rol.value},
        "fouten": (fouten or []) + (token_fouten or []),
        "foutmap": errors_by_field((fouten or []) + (token_fouten or [])),
        "rollen": view.role_choices(account.rol),
        "rolnamen": view.ROL,
        "tokens": [
            (token, view.token_state(token.ingetrokken_op, token.verloopt_op, now))
            for token in tokens
        ],
        "nieuw_token": nieuw_token,
        "zelf": account.id == principal.gebruiker_id,
    }
    return render(request, "beheer/gebruiker.html", context, status_code=status_code)


@router.get("/beheer/gebruikers/{gebruiker_id:uuid}")
async def account(
    request: Request, session: DbSession, principal: BeheerderPage, gebruiker_id: uuid.UUID
) -> Response:
    """One account: its name, e-mail and role, whether it is active, and its tokens; right
    after issuing one, its secret, this once."""
    cookies = web_state(request).cookies
    new = cookies.new_secret(request)
    response = await _account_page(request, session, principal, gebruiker_id, nieuw_token=new)
    if new is not None:
        cookies.clear_new_secret(request, response, _base(gebruiker_id))
    return response


@router.post("/beheer/gebruikers/{gebruiker_id:uuid}")
async def update_account(
    request: Request, session: DbSession, principal: BeheerderPage, gebruiker_id: uuid.UUID
) -> Response:
    """Change the name, e-mail address and role."""
    form = await request.form()
    values = form_values(form, ("naam", "email", "rol"))
    patch: dict[str, Any] = {"email": None, **values}
    try:
        account = await gebruikers.update_account(
            session, principal, gebruiker_id, validated(GebruikerUpdate, patch)
        )
    except (InvalidInput, Conflict) as exc:
        await session.rollback()
        errors = _errors(exc, ACCOUNT_MESSAGES)
        return await _account_page(
            request,
            session,
            principal,
            gebruiker_id,
            waarden=values,
            fouten=errors,
            status_code=400,
        )
    return _done(request, _base(account.id), "Wijzigingen opgeslagen.")


@router.post("/beheer/gebruikers/{gebruiker_id:uuid}/activering")
async def set_active(
    request: Request, session: DbSession, principal: BeheerderPage, gebruiker_id: uuid.UUID
) -> Response:
    """Deactivate (its tokens and sessions stop at once) or activate again."""
    form = await request.form()
    actief = form.get("actief") == "true"
    try:
        account = await gebruikers.update_account(
            session, principal, gebruiker_id, GebruikerUpdate(actief=actief)
        )
    except Conflict:
        await session.rollback()
        error = FieldError("actief", "U kunt uw eigen account niet uitschakelen.")
        return await _account_page(
            request, session, principal, gebruiker_id, fouten=[error], status_code=409
        )
    tekst = "Account weer actief." if account.actief else "Account uitgeschakeld."
    return _done(request, _base(account.id), tekst)


@router.post("/beheer/gebruikers/{gebruiker_id:uuid}/tokens")
async def issue_token(
    request: Request, session: DbSession, principal: BeheerderPage, gebruiker_id: uuid.UUID
) -> Response:
    """Issue a token; the account's page shows its secret once, after the redirect (never
    in a URL; a reload neither shows it again nor issues another)."""
    form = await request.form()
    values = form_values(form, ("omschrijving", "verlooptOp"))
    if "verlooptOp" in values:  # a date in the form: valid until the end of that day (UTC)
        values["verlooptOp"] = f"{values['verlooptOp']}T23:59:59Z"
    try:
        token, secret = await gebruikers.issue_token(
            session,
            principal,
            gebruiker_id,
            validated(TokenCreate, values),
            web_state(request).settings,
        )
    except InvalidInput as exc:
        await session.rollback()
        errors = field_errors(exc, TOKEN_MESSAGES)
        return await _account_page(
            request, session, principal, gebruiker_id, token_fouten=errors, status_code=400
        )
    response = _done(request, _base(gebruiker_id), f"Token {token.omschrijving} uitgegeven.")
    web_state(request).cookies.leave_new_secret(
        request, response, _base(gebruiker_id), token.omschrijving, secret
    )
    return response


@router.post("/beheer/gebruikers/{gebruiker_id:uuid}/tokens/{token_id:uuid}/intrekken")
async def revoke_token(
    request: Request,
    session: DbSession,
    principal: BeheerderPage,
    gebruiker_id: uuid.UUID,
    token_id: uuid.UUID,
) -> Response:
    """Revoke a token at once."""
    await gebruikers.revoke_token(session, principal, gebruiker_id, token_id)
    return _done(request, _base(gebruiker_id), "Token ingetrokken.")

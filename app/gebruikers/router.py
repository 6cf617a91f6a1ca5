"""HTTP for the caller's profile, accounts and tokens."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response, status

from app.auth.dependencies import Beheerder, CurrentPrincipal, Partner
from app.auth.roles import Rol
from app.core.app_state import AppSettings
from app.core.db import DbSession
from app.core.openapi import problem_responses
from app.core.pagination import PageParams, envelope, envelope_of_all
from app.core.schemas import Page
from app.gebruikers import service, voorkeuren
from app.gebruikers.schemas import (
    GebruikerCreate,
    GebruikerRead,
    Gebruikersprofiel,
    GebruikersprofielUpdate,
    GebruikerUpdate,
    TokenCreate,
    TokenCreated,
    TokenRead,
    Verwijzing,
)
from app.organisaties import service as organisaties
from app.verbonden_partijen import service as partijen

router = APIRouter(tags=["Gebruikers"])


@router.get("/gebruikersprofiel", response_model=Gebruikersprofiel)
async def get_gebruikersprofiel(
    session: DbSession, principal: CurrentPrincipal
) -> Gebruikersprofiel:
    """Who you are: account, role, organisation, and the parties you direct or represent."""
    organisation = (
        await organisaties.get_organisation(session, principal.organisatie_id)
        if principal.organisatie_id
        else None
    )
    parties = await partijen.parties_represented_or_directed(session, principal)
    account = await voorkeuren.own_account(session, principal)
    return Gebruikersprofiel(
        id=principal.account_id,
        naam=principal.naam,
        rol=principal.rol,
        organisatie=Verwijzing(id=organisation.id, naam=organisation.naam)
        if organisation
        else None,
        verbonden_partijen=[Verwijzing(id=party.id, naam=party.naam) for party in parties],
        meldingen=voorkeuren.instellingen(account),
    )


@router.patch("/gebruikersprofiel", response_model=Gebruikersprofiel)
async def update_gebruikersprofiel(
    session: DbSession, principal: CurrentPrincipal, body: GebruikersprofielUpdate
) -> Gebruikersprofiel:
    """JSON Merge Patch of your own settings: `meldingen` turns kinds of mail on or off."""
    if body.meldingen is not None:
        await voorkeuren.update_own(session, principal, body.meldingen)
    return await get_gebruikersprofiel(session, principal)


@router.get("/gebruikersprofiel/tokens", response_model=Page[TokenRead])
async def list_eigen_tokens(
    session: DbSession, partner: Partner, page: PageParams
) -> Page[TokenRead]:
    """A partner's own tokens, without their secrets."""
    tokens = await service.list_own_tokens(session, partner)
    return envelope_of_all(page, tokens, TokenRead.model_validate)


@router.post(
    "/gebruikersprofiel/tokens",
    status_code=status.HTTP_201_CREATED,
    response_model=TokenCreated,
)
async def create_eigen_token(
    session: DbSession, partner: Partner, body: TokenCreate, settings: AppSettings
) -> TokenCreated:
    """A partner issues itself a token, e.g. to rotate one. The secret is in this response
    only. Every participant of the party reads it in the party's audit trail."""
    token, secret = await service.issue_own_token(session, partner, body, settings)
    return TokenCreated(**TokenRead.model_validate(token).model_dump(), token=secret)


@router.delete("/gebruikersprofiel/tokens/{token_id}", status_code=status.HTTP_204_NO_CONTENT)
async def revoke_eigen_token(session: DbSession, partner: Partner, token_id: uuid.UUID) -> None:
    """A partner revokes one of its own tokens at once (also the one it calls with)."""
    await service.revoke_own_token(session, partner, token_id)


@router.get("/gebruikers", response_model=Page[GebruikerRead])
async def list_gebruikers(
    session: DbSession,
    beheerder: Beheerder,
    page: PageParams,
    rol: Annotated[Rol | None, Query(description="Alleen gebruikers met deze rol.")] = None,
    actief: Annotated[
        bool | None,
        Query(description="`true`: alleen actieve gebruikers; `false`: alleen inactieve."),
    ] = None,
    zoek: Annotated[
        str | None, Query(max_length=100, description="Zoekt in naam en e-mailadres.")
    ] = None,
) -> Page[GebruikerRead]:
    """Your municipality's accounts and the partner accounts of its parties."""
    result = await service.list_accounts(session, beheerder, page, rol, actief, zoek)
    return envelope(page, result, GebruikerRead.model_validate)


@router.post(
    "/gebruikers",
    status_code=status.HTTP_201_CREATED,
    response_model=GebruikerRead,
    responses=problem_responses(409),
)
async def create_gebruiker(
    session: DbSession,
    beheerder: Beheerder,
    body: GebruikerCreate,
    request: Request,
    response: Response,
) -> GebruikerRead:
    account = await service.create_account(session, beheerder, body)
    response.headers["Location"] = str(request.url_for("get_gebruiker", gebruiker_id=account.id))
    return GebruikerRead.model_validate(account)


@router.get("/gebruikers/{gebruiker_id}", response_model=GebruikerRead)
async def get_gebruiker(
    session: DbSession, beheerder: Beheerder, gebruiker_id: uuid.UUID
) -> GebruikerRead:
    return GebruikerRead.model_validate(await service.get_account(session, beheerder, gebruiker_id))


@router.patch(
    "/gebruikers/{gebruiker_id}", response_model=GebruikerRead, responses=problem_responses(409)
)
async def update_gebruiker(
    session: DbSession, beheerder: Beheerder, gebruiker_id: uuid.UUID, body: GebruikerUpdate
) -> GebruikerRead:
    """JSON Merge Patch: rename, change role, (de)activate. A deactivated account's tokens stop
    working at once. A partner account is changed only by its party's penvoerder."""
    account = await service.update_account(session, beheerder, gebruiker_id, body)
    return GebruikerRead.model_validate(account)


@router.get("/gebruikers/{gebruiker_id}/tokens", response_model=Page[TokenRead])
async def list_tokens(
    session: DbSession, beheerder: Beheerder, gebruiker_id: uuid.UUID, page: PageParams
) -> Page[TokenRead]:
    """The account's tokens, without their secrets."""
    tokens = await service.list_tokens(session, beheerder, gebruiker_id)
    return envelope_of_all(page, tokens, TokenRead.model_validate)


@router.post(
    "/gebruikers/{gebruiker_id}/tokens",
    status_code=status.HTTP_201_CREATED,
    response_model=TokenCreated,
)
async def create_token(
    session: DbSession,
    beheerder: Beheerder,
    gebruiker_id: uuid.UUID,
    body: TokenCreate,
    settings: AppSettings,
) -> TokenCreated:
    """Issue a token. The secret is in this response only; it is stored as a hash. A partner
    account's tokens are issued only by its party's penvoerder."""
    token, secret = await service.issue_token(session, beheerder, gebruiker_id, body, settings)
    return TokenCreated(**TokenRead.model_validate(token).model_dump(), token=secret)


@router.delete(
    "/gebruikers/{gebruiker_id}/tokens/{token_id}", status_code=status.HTTP_204_NO_CONTENT
)
async def revoke_token(
    session: DbSession, beheerder: Beheerder, gebruiker_id: uuid.UUID, token_id: uuid.UUID
) -> None:
    """Revoke a token at once; a partner account's only by its party's penvoerder."""
    await service.revoke_token(session, beheerder, gebruiker_id, token_id)

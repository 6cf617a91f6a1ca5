"""Use cases for accounts and tokens."""

import uuid
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Gebruiker, Token
from app.auth.principal import Principal
from app.auth.roles import Rol
from app.auth.tokens import display_prefix, hash_secret, new_secret
from app.config import Settings
from app.core import audit
from app.core.db import utcnow
from app.core.errors import Conflict, InvalidInput, NotFound
from app.core.pagination import PageOf, PageRequest, fetch_page
from app.gebruikers import repository
from app.gebruikers.schemas import GebruikerCreate, GebruikerUpdate, TokenCreate
from app.verbonden_partijen import service as partijen


async def list_accounts(
    session: AsyncSession,
    beheerder: Principal,
    page: PageRequest,
    rol: Rol | None,
    actief: bool | None,
    zoek: str | None,
) -> PageOf[Gebruiker]:
    """The municipality's accounts and the partner accounts of its parties."""
    statement = repository.filtered_accounts(beheerder, rol, actief, zoek)
    return await fetch_page(session, statement, page)


async def get_account(
    session: AsyncSession, beheerder: Principal, gebruiker_id: uuid.UUID
) -> Gebruiker:
    account = await repository.managed_account(session, beheerder, gebruiker_id)
    if account is None:
        raise NotFound("account")
    return account


async def create_account(
    session: AsyncSession, beheerder: Principal, data: GebruikerCreate
) -> Gebruiker:
    """A municipal account in the beheerder's own municipality, or a partner account of a
    party whose penvoerder the municipality is."""
    if (data.rol is Rol.PARTNER) != (data.verbonden_partij_id is not None):
        raise InvalidInput.field(
            "verbondenPartijId", "Required for the role partner, and only for it."
        )
    if data.verbonden_partij_id is not None:
        await partijen.require_penvoerder_for_reference(
            session,
            beheerder,
            data.verbonden_partij_id,
            "verbondenPartijId",
            "create the party's partner account",
        )
    account = Gebruiker(
        naam=data.naam,
        email=data.email,
        rol=data.rol,
        organisatie_id=None if data.rol is Rol.PARTNER else beheerder.tenant_id,
        verbonden_partij_id=data.verbonden_partij_id,
    )
    await _require_free_email(session, account, data.email)
    session.add(account)
    await session.flush()
    await _record(session, beheerder, "aangemaakt", account, None)
    return account


async def create_first_beheerder(
    session: AsyncSession, operator: audit.Actor, organisatie_id: uuid.UUID, naam: str, email: str
) -> Gebruiker:
    """A new municipality's first beheerder, created by an operator at the command line."""
    account = Gebruiker(naam=naam, email=email, rol=Rol.BEHEERDER, organisatie_id=organisatie_id)
    await _require_free_email(session, account, email)
    session.add(account)
    await session.flush()
    await _record(session, operator, "aangemaakt", account, None)
    return account


async def find_account_by_email(session: AsyncSession, email: str) -> Gebruiker:
    """For operators: the account with this e-mail address, whatever its municipality. An
    address is unique only within a municipality (or a party), so it may name several."""
    found = await repository.accounts_by_email(session, email.strip().lower())
    if not found:
        raise NotFound("account")
    if len(found) > 1:
        raise Conflict(
            "Several accounts have this e-mail address (in different municipalities or "
            "parties); issue the token through the API instead."
        )
    return found[0]


async def update_account(
    session: AsyncSession, beheerder: Principal, gebruiker_id: uuid.UUID, patch: GebruikerUpdate
) -> Gebruiker:
    """Rename, re-role or (de)activate an account; nobody locks themselves out. A partner
    account is changed only by its party's penvoerder."""
    account = await get_account(session, beheerder, gebruiker_id)
    await _require_keeper(session, beheerder, account, "change the party's partner account")
    changes = patch.changes()
    before = audit.snapshot(account)
    if "rol" in changes and (changes["rol"] is Rol.PARTNER) != (account.rol is Rol.PARTNER):
        raise InvalidInput.field("rol", "A partner account stays a partner account, and back.")
    if account.id == beheerder.gebruiker_id and (
        changes.get("actief") is False or changes.get("rol", Rol.BEHEERDER) is not Rol.BEHEERDER
    ):
        raise Conflict("You cannot deactivate or demote your own account.")
    if (
        account.rol is Rol.REGIEVOERDER
        and changes.get("rol", Rol.REGIEVOERDER) is not Rol.REGIEVOERDER
        and await partijen.directs_any_party(session, account.id)
    ):
        raise Conflict("This regievoerder still directs parties; assign them to someone else.")
    if changes.get("email") and changes["email"] != account.email:
        await _require_free_email(session, account, changes["email"])
    for field, value in changes.items():
        setattr(account, field, value)
    await session.flush()
    await _record(session, beheerder, "gewijzigd", account, before)
    return account


async def list_tokens(
    session: AsyncSession, beheerder: Principal, gebruiker_id: uuid.UUID
) -> list[Token]:
    account = await get_account(session, beheerder, gebruiker_id)
    return await repository.tokens_of(session, account.id)


async def issue_token(
    session: AsyncSession,
    actor: Principal,
    gebruiker_id: uuid.UUID,
    data: TokenCreate,
    settings: Settings,
) -> tuple[Token, str]:
    """A new random token for an account; the secret is returned once and stored hashed. A
    partner account's tokens are issued only by its party's penvoerder."""
    account = await get_account(session, actor, gebruiker_id)
    await _require_keeper(session, actor, account, "issue the party's partner tokens")
    return await create_token(session, actor, account, data.omschrijving, _expiry(data, settings))


def _expiry(data: TokenCreate, settings: Settings) -> datetime:
    now = utcnow()
    expiry = data.verloopt_op or now + timedelta(days=settings.token_lifetime_days)
    if not now < expiry <= now + timedelta(days=settings.token_max_lifetime_days):
        raise InvalidInput.field(
            "verlooptOp",
            f"Must lie in the future, at most {settings.token_max_lifetime_days} days ahead.",
        )
    return expiry


async def create_token(
    session: AsyncSession,
    actor: audit.Actor,
    account: Gebruiker,
    omschrijving: str,
    verloopt_op: datetime,
    secret: str | None = None,
) -> tuple[Token, str]:
    """Store a token for `account`; `secret` is only passed for the fixed demo tokens."""
    secret = secret or new_secret()
    token = Token(
        gebruiker_id=account.id,
        omschrijving=omschrijving,
        hash=hash_secret(secret),
        prefix=display_prefix(secret),
        verloopt_op=verloopt_op,
    )
    session.add(token)
    await session.flush()
    await _record(session, actor, "token_uitgegeven", account, None, token=token)
    return token, secret


async def revoke_token(
    session: AsyncSession, beheerder: Principal, gebruiker_id: uuid.UUID, token_id: uuid.UUID
) -> None:
    """Revoke at once; revoking twice is harmless. The token row stays for the trail. A
    partner account's tokens are revoked only by its party's penvoerder."""
    account = await get_account(session, beheerder, gebruiker_id)
    await _require_keeper(session, beheerder, account, "revoke the party's partner tokens")
    await _revoke(session, beheerder, account, token_id)


async def list_own_tokens(session: AsyncSession, partner: Principal) -> list[Token]:
    """A partner's own tokens."""
    return await repository.tokens_of(session, partner.account_id)


async def issue_own_token(
    session: AsyncSession, partner: Principal, data: TokenCreate, settings: Settings
) -> tuple[Token, str]:
    """A partner issues itself a token (to rotate one); in its party's shared trail."""
    account = await _own_account(session, partner)
    return await create_token(session, partner, account, data.omschrijving, _expiry(data, settings))


async def revoke_own_token(session: AsyncSession, partner: Principal, token_id: uuid.UUID) -> None:
    """A partner revokes one of its own tokens; in its party's shared trail."""
    await _revoke(session, partner, await _own_account(session, partner), token_id)


async def _own_account(session: AsyncSession, principal: Principal) -> Gebruiker:
    account = await repository.account_by_id(session, principal.account_id)
    if account is None:
        raise NotFound("account")
    return account


async def _revoke(
    session: AsyncSession, actor: Principal, account: Gebruiker, token_id: uuid.UUID
) -> None:
    token = await repository.token_of(session, account.id, token_id)
    if token is None:
        raise NotFound("token")
    if token.ingetrokken_op is None:
        token.ingetrokken_op = utcnow()
        await session.flush()
        await _record(session, actor, "token_ingetrokken", account, None, token=token)


async def _require_keeper(
    session: AsyncSession, beheerder: Principal, account: Gebruiker, action: str
) -> None:
    """A partner account belongs to its party: only the penvoerder's beheerder keeps it (API.md
    1.1); every participant's beheerder reads it."""
    if account.verbonden_partij_id is not None:
        await partijen.require_penvoerder(session, beheerder, account.verbonden_partij_id, action)


async def _require_free_email(session: AsyncSession, account: Gebruiker, email: str | None) -> None:
    """Unique where the account lives; the answer never depends on another municipality."""
    if email and await repository.email_taken(
        session, email, account.organisatie_id, account.verbonden_partij_id
    ):
        raise Conflict("An account of your municipality (or party) already has this address.")


async def _record(
    session: AsyncSession,
    actor: audit.Actor,
    actie: str,
    account: Gebruiker,
    before: dict[str, object] | None,
    token: Token | None = None,
) -> None:
    """Partner accounts are shared by the participants of their party, so is their trail."""
    entity: Gebruiker | Token = token or account
    await audit.record(
        session,
        actor,
        actie=actie,
        entiteit="token" if token else "gebruiker",
        entiteit_id=entity.id,
        voor=before,
        na=audit.snapshot(entity),
        organisatie_id=account.organisatie_id,
        verbonden_partij_id=account.verbonden_partij_id,
        gedeeld=account.rol is Rol.PARTNER,
    )

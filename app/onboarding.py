"""Command-line use cases: a new municipality with its first beheerder, tokens by e-mail."""

import uuid
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Gebruiker, Token
from app.auth.principal import SystemActor
from app.config import Settings
from app.core import audit
from app.core.db import utcnow
from app.core.errors import NotFound
from app.gebruikers import service as accounts
from app.organisaties import service as organisaties
from app.organisaties.models import OrganisatieSoort
from app.organisaties.schemas import OrganisatieCreate

OPERATOR = SystemActor()


async def create_municipality(
    session: AsyncSession,
    naam: str,
    cbs_code: str,
    beheerder_naam: str,
    beheerder_email: str,
    settings: Settings,
) -> str:
    """A municipality becomes a tenant with its first beheerder; returns that beheerder's token."""
    data = OrganisatieCreate(naam=naam, soort=OrganisatieSoort.GEMEENTE, cbs_code=cbs_code)
    organisation = await organisaties.create_organisation(session, OPERATOR, data)
    beheerder = await accounts.create_first_beheerder(
        session, OPERATOR, organisation.id, beheerder_naam, beheerder_email.strip().lower()
    )
    expiry = utcnow() + timedelta(days=settings.token_lifetime_days)
    _, secret = await accounts.create_token(
        session, OPERATOR, beheerder, "CLI: eerste token", expiry
    )
    return secret


async def issue_token_for_email(
    session: AsyncSession, email: str, omschrijving: str, dagen: int
) -> str:
    account = await accounts.find_account_by_email(session, email)
    expiry = utcnow() + timedelta(days=dagen)
    _, secret = await accounts.create_token(session, OPERATOR, account, omschrijving, expiry)
    return secret


async def revoke_token_by_id(session: AsyncSession, token_id: uuid.UUID) -> None:
    token = await session.get(Token, token_id)
    if token is None:
        raise NotFound("token")
    if token.ingetrokken_op is None:
        before = audit.snapshot(token)
        token.ingetrokken_op = utcnow()
        account = await session.get(Gebruiker, token.gebruiker_id)
        await audit.record(
            session,
            OPERATOR,
            actie="token_ingetrokken",
            entiteit="token",
            entiteit_id=token.id,
            voor=before,
            na=audit.snapshot(token),
            organisatie_id=account.organisatie_id if account else None,
        )

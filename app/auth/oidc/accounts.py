"""From a validated identity to an existing account of the issuer's municipality.

Role and municipality come from the account, never from the token. An identity is found by
its subject once linked; the first time it is linked by its verified e-mail address, and only
to an account of the issuer's own municipality. Nobody gets an account by signing in.
"""

import structlog
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.auth.oidc import repository
from app.auth.oidc.models import OidcKoppeling
from app.auth.oidc.validation import Identiteit
from app.auth.principal import Principal
from app.core import audit
from app.core.errors import Forbidden

log = structlog.get_logger("vpmonitor.oidc")


async def principal_for(
    session: AsyncSession, writer: async_sessionmaker[AsyncSession], identiteit: Identiteit
) -> Principal:
    """The active account linked to this identity, linking it first by verified e-mail."""
    uitgever = identiteit.uitgever
    row = await repository.linked_account(session, uitgever.issuer, identiteit.sub)
    if row is None:
        row = await _link_by_email(writer, identiteit)
    if row.organisatie_id != uitgever.organisatie_id:
        # A link is only ever made inside the issuer's municipality; never cross it.
        raise Forbidden("This identity is linked to an account of another municipality.")
    if not row.actief:
        raise Forbidden("Your VP Monitor account is deactivated; ask your beheerder.")
    return _principal(row)


def _principal(row: repository.AccountRow) -> Principal:
    return Principal(
        gebruiker_id=row.id, naam=row.naam, rol=row.rol, organisatie_id=row.organisatie_id
    )


async def _link_by_email(
    writer: async_sessionmaker[AsyncSession], identiteit: Identiteit
) -> repository.AccountRow:
    """Link the subject to the account of the issuer's municipality with the same verified
    e-mail address, in a transaction of its own (committed even when the request fails)."""
    uitgever = identiteit.uitgever
    if not identiteit.email or not identiteit.email_verified:
        raise Forbidden(
            "Your identity provider did not send a verified e-mail address, so your sign-in "
            "cannot be linked to a VP Monitor account; ask your beheerder."
        )
    async with writer() as session:
        row = await repository.account_by_email_in(
            session, uitgever.organisatie_id, identiteit.email
        )
        if row is None:
            raise Forbidden(
                f"There is no VP Monitor account of {uitgever.naam} for this e-mail address; "
                "ask your beheerder to create one."
            )
        if await repository.link_of_account(session, uitgever.issuer, row.id) is not None:
            raise Forbidden(
                "This VP Monitor account is already linked to another identity at your "
                "identity provider; ask your beheerder."
            )
        link = OidcKoppeling(issuer=uitgever.issuer, sub=identiteit.sub, gebruiker_id=row.id)
        session.add(link)
        try:
            await session.flush()
            await audit.record(
                session,
                _principal(row),
                actie="oidc_gekoppeld",
                entiteit="gebruiker",
                entiteit_id=row.id,
                voor=None,
                na=audit.snapshot(link),
                organisatie_id=row.organisatie_id,
            )
            await session.commit()
        except IntegrityError:
            await session.rollback()  # a concurrent first request of the same person won
            row = await repository.linked_account(session, uitgever.issuer, identiteit.sub)
            if row is None:
                raise Forbidden(
                    "This VP Monitor account was just linked to another identity."
                ) from None
            return row
        log.info("oidc_linked", gebruiker_id=str(row.id), issuer=uitgever.issuer)
    return row

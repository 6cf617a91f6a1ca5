"""Turn new outbox events into deliveries: one per subscription that wants the type and whose
account may read the object, and one mail per person the workflow names."""

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Gebruiker
from app.auth.roles import Rol
from app.gebruikers.voorkeuren import MeldingSoort, wants
from app.meldingen import access, repository
from app.meldingen.models import Abonnement, Aflevering, Kanaal
from app.outbox import types
from app.outbox.models import Gebeurtenis
from app.verbonden_partijen import regievoerders

# The workflow mails: event type → the kind of mail a person may turn off.
WORKFLOW_MAILS = {
    types.VOORTGANGSRAPPORTAGE_INGEDIEND: MeldingSoort.VOORTGANGSRAPPORTAGE_INGEDIEND,
    types.VOORTGANGSRAPPORTAGE_TERUGGESTUURD: MeldingSoort.VOORTGANGSRAPPORTAGE_TERUGGESTUURD,
    types.VOORTGANGSRAPPORTAGE_GOEDGEKEURD: MeldingSoort.VOORTGANGSRAPPORTAGE_GOEDGEKEURD,
}


async def fan_out(session: AsyncSession, now: datetime, limit: int, mail: bool) -> int:
    """Process up to `limit` events in the caller's transaction; returns how many. Without
    mail (no SMTP server) no mail deliveries are made."""
    events = await repository.unprocessed_events(session, limit)
    if not events:
        return 0
    subscriptions = await repository.active_subscriptions(session)
    for event in events:
        for subscription in subscriptions:
            if await _wants(session, subscription, event):
                session.add(_webhook(event, subscription, now))
        for account in await mail_recipients(session, event) if mail else []:
            session.add(_mail(event, account, now))
        event.verwerkt_op = now
    await session.flush()
    return len(events)


async def _wants(session: AsyncSession, subscription: Abonnement, event: Gebeurtenis) -> bool:
    if event.type not in subscription.soorten:
        return False
    account = await repository.account(session, subscription.gebruiker_id)
    return await access.may_read(session, account, event)


def _webhook(event: Gebeurtenis, subscription: Abonnement, now: datetime) -> Aflevering:
    return Aflevering(
        id=uuid.uuid4(),
        kanaal=Kanaal.WEBHOOK,
        gebeurtenis_id=event.id,
        abonnement_id=subscription.id,
        soort=event.type,
        volgende_poging_op=now,
        aangemaakt_op=now,
    )


def _mail(event: Gebeurtenis, account: Gebruiker, now: datetime) -> Aflevering:
    return Aflevering(
        id=uuid.uuid4(),
        kanaal=Kanaal.MAIL,
        gebeurtenis_id=event.id,
        gebruiker_id=account.id,
        soort=event.type,
        volgende_poging_op=now,
        aangemaakt_op=now,
    )


async def mail_recipients(session: AsyncSession, event: Gebeurtenis) -> Sequence[Gebruiker]:
    """ingediend → the municipality's MT members; teruggestuurd, goedgekeurd → the party's
    regievoerders in that municipality; each unless they turned the kind off."""
    soort = WORKFLOW_MAILS.get(event.type)
    if soort is None or event.organisatie_id is None or event.verbonden_partij_id is None:
        return []
    if soort is MeldingSoort.VOORTGANGSRAPPORTAGE_INGEDIEND:
        candidates = await repository.mailable_accounts(session, event.organisatie_id, Rol.MT)
    else:
        reader = access.municipality_reader(event.organisatie_id)
        directors = await regievoerders.list_regievoerders(
            session, reader, event.verbonden_partij_id
        )
        candidates = [a for a in directors if a.actief and a.email]
    return [account for account in candidates if wants(account, soort)]

"""The scheduled checks and the daily digest: idempotent per kind, object and day, so any
number of workers may run them any number of times."""

import uuid
from datetime import date, datetime

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Gebruiker
from app.auth.roles import Rol
from app.gebruikers.voorkeuren import MeldingSoort, wants
from app.meldingen import repository, signalen
from app.meldingen.models import Aflevering, Kanaal
from app.meldingen.signalen import Signaal, Stand
from app.outbox.service import publish
from app.verbonden_partijen.visibility import party_ids_directed_by

log = structlog.get_logger("app.meldingen.checks")
DIGEST = "dagoverzicht"


async def municipality_states(session: AsyncSession, today: date) -> list[Stand]:
    """Every municipality's signals of today."""
    cache: signalen.TimelinessCache = {}
    return [
        await signalen.stand(session, organisatie_id, today, cache)
        for organisatie_id in await repository.municipalities_with_parties(session)
    ]


async def publish_due_events(session: AsyncSession, states: list[Stand], now: datetime) -> int:
    """Publish each signal's event unless it fired before (same type, object and day)."""
    published = 0
    for state in states:
        for signaal in state.signalen:
            melding = signaal.melding
            if melding is None:
                continue
            if not await repository.mark_check(session, melding.type, melding.sleutel, melding.dag):
                continue
            event = await publish(
                session,
                melding.type,
                melding.subject,
                melding.dataref,
                data=melding.data,
                verbonden_partij_id=melding.verbonden_partij_id,
                organisatie_id=melding.organisatie_id,
                tijd=now,
            )
            log.info("scheduled_event", gebeurtenis_id=str(event.id), type=melding.type)
            published += 1
    return published


async def queue_digests(
    session: AsyncSession, states: list[Stand], today: date, now: datetime
) -> int:
    """At most one digest per person per day, with what concerns them and they did not turn
    off; nobody gets an empty one."""
    by_municipality = {state.organisatie_id: state for state in states}
    queued = 0
    for account in await repository.digest_recipients(session):
        state = by_municipality.get(account.organisatie_id or uuid.UUID(int=0))
        if state is None or not wants(account, MeldingSoort.DAGOVERZICHT):
            continue
        if not await repository.mark_check(session, DIGEST, str(account.id), today):
            continue
        items = await concerning(session, account, state.signalen)
        if not items:
            continue
        session.add(_digest(account, today, now, items))
        log.info("digest_queued", gebruiker_id=str(account.id), items=len(items))
        queued += 1
    return queued


def _digest(account: Gebruiker, today: date, now: datetime, items: list[Signaal]) -> Aflevering:
    return Aflevering(
        kanaal=Kanaal.MAIL,
        gebruiker_id=account.id,
        soort=DIGEST,
        inhoud={
            "datum": str(today),
            "items": [{"soort": s.soort.value, "tekst": s.tekst, "pad": s.pad} for s in items],
        },
        volgende_poging_op=now,
        aangemaakt_op=now,
    )


async def concerning(
    session: AsyncSession, account: Gebruiker, signals: list[Signaal]
) -> list[Signaal]:
    """A regievoerder: everything about the parties they direct; the MT: every report of the
    round not yet submitted; everyone: the overdue actions named after them (`eigenaar`)."""
    directed: set[uuid.UUID] = set()
    if account.rol is Rol.REGIEVOERDER:
        rows = await session.execute(party_ids_directed_by(account.id))
        directed = set(rows.scalars().all())
    names = {name.strip().lower() for name in (account.naam, account.email or "") if name}
    chosen = []
    for signaal in signals:
        if not signaal.in_overzicht or not wants(account, signaal.soort):
            continue
        if signaal.soort is MeldingSoort.ACTIE_ACHTERSTALLIG:
            mine = (signaal.eigenaar or "").strip().lower() in names
        elif signaal.soort is MeldingSoort.RONDE_DEADLINE and account.rol is Rol.MT:
            mine = True
        else:
            mine = signaal.verbonden_partij_id in directed
        if mine:
            chosen.append(signaal)
    return chosen

"""The Wgr calendar as an iCalendar feed (RFC 5545): one all-day event per document due date
and per zienswijze deadline, from the Wgr service's own calendar, read as the subscriber."""

import uuid
from datetime import date, datetime, timedelta

from icalendar import Calendar, Event
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.core.clock import today
from app.wgr import service as wgr
from app.wgr.schemas import PartijKalender

PRODID = "-//VP Monitor//Wgr-kalender//NL"


async def feed(
    session: AsyncSession,
    principal: Principal,
    public_url: str,
    party_id: uuid.UUID | None,
    now: datetime,
) -> bytes:
    """The calendar of the documents of last year to two years ahead: enough to see every
    date that falls due in the coming year."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Wgr-kalender VP Monitor")
    calendar.add("x-wr-timezone", "Europe/Amsterdam")
    calendar.add("refresh-interval;value=duration", "PT12H")
    year = today().year
    for jaar in range(year - 1, year + 3):
        kalender = await wgr.wgr_calendar(session, principal, jaar)
        for partij in kalender.verbonden_partijen:
            if party_id is None or partij.verbonden_partij.id == party_id:
                for event in _events(partij, jaar, public_url, now):
                    calendar.add_component(event)
    return bytes(calendar.to_ical())


def _events(partij: PartijKalender, jaar: int, public_url: str, now: datetime) -> list[Event]:
    party = partij.verbonden_partij
    link = f"{public_url}/verbonden-partijen/{party.id}"
    events = []
    for termijn in partij.termijnen:
        label = termijn.soort.value.replace("_", " ")
        status = termijn.status.value.replace("_", " ")
        ontvangen = f", ontvangen {termijn.ontvangen_op:%d-%m-%Y}" if termijn.ontvangen_op else ""
        events.append(
            _event(
                f"{party.id}-{termijn.soort.value}-{jaar}@vpmonitor",
                f"{party.naam}: {label} {jaar} uiterlijk",
                f"Status: {status}{ontvangen}. Grondslag: {termijn.grondslag}.\n{link}",
                termijn.uiterlijk,
                link,
                now,
            )
        )
    view = partij.zienswijze
    events.append(
        _event(
            f"{party.id}-zienswijze-{jaar}@vpmonitor",
            f"{party.naam}: zienswijze ontwerpbegroting {jaar} uiterlijk",
            f"{'Voorlopig (ontwerp nog niet ontvangen). ' if view.voorlopig else ''}"
            f"Grondslag: {view.grondslag}.\n{link}",
            view.uiterlijk,
            link,
            now,
        )
    )
    return events


def _event(uid: str, summary: str, description: str, day: date, link: str, now: datetime) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", now)
    event.add("summary", summary)
    event.add("description", description)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    event.add("url", link)
    return event

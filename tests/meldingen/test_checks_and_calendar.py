"""Scheduled checks publish each event at most once per object, kind and day; the Wgr
calendar is an iCalendar feed, by bearer token or by a revocable per-person secret."""

from datetime import UTC, datetime

from httpx import AsyncClient
from icalendar import Calendar
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.meldingen.retry import MAX_DELAY, delay, next_attempt
from app.meldingen.worker import Worker
from app.outbox import types
from app.outbox.models import Gebeurtenis
from tests.auth_headers import BEHEERDER_DIEMEN, PARTNER_DUO, REGIEVOERDER_DIEMEN
from tests.conftest import DemoIds
from tests.meldingen.conftest import Clock

APRIL_20 = datetime(2026, 4, 20, 6, 0, tzinfo=UTC)


async def events_of(session: AsyncSession, type_: str) -> int:
    statement = select(func.count()).where(Gebeurtenis.type == type_)
    return int((await session.execute(statement)).scalar_one())


async def test_a_scheduled_check_publishes_a_due_document_once(
    worker: Worker, clock: Clock, session: AsyncSession
) -> None:
    clock.now = APRIL_20
    await worker.run_checks()
    first = await events_of(session, types.WGR_DOCUMENT_VERWACHT)
    clock.advance(hours=5)
    await worker.run_checks()

    assert first >= 2  # Duo+: kaders 2027 and voorlopige jaarrekening 2025, due 30 April
    assert await events_of(session, types.WGR_DOCUMENT_VERWACHT) == first


async def test_an_overdue_document_is_published_as_late(
    worker: Worker, clock: Clock, session: AsyncSession
) -> None:
    clock.now = APRIL_20

    await worker.run_checks()

    assert await events_of(session, types.WGR_DOCUMENT_TE_LAAT) >= 1


async def test_the_retry_delay_doubles_up_to_a_cap_with_jitter() -> None:
    assert [delay(n, lambda: 0.999).seconds for n in (1, 2, 3)] == [29, 59, 119]
    assert delay(1, lambda: 0.0).seconds == 15
    assert delay(30, lambda: 0.999) <= MAX_DELAY


def test_retries_give_up_24_hours_after_the_first_attempt() -> None:
    first = datetime(2026, 1, 1, tzinfo=UTC)
    assert next_attempt(first, datetime(2026, 1, 1, 23, 59, tzinfo=UTC), 9) is not None
    assert next_attempt(first, datetime(2026, 1, 2, tzinfo=UTC), 10) is None


async def test_the_calendar_feed_holds_the_due_dates_as_icalendar_events(
    client: AsyncClient,
) -> None:
    response = await client.get("/wgr-kalender.ics", headers=REGIEVOERDER_DIEMEN)

    assert response.headers["content-type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    summaries = [str(event["summary"]) for event in calendar.walk("VEVENT")]
    assert any(s.startswith("Duo+: kaders ") for s in summaries)
    assert any(s.startswith("Duo+: zienswijze ontwerpbegroting") for s in summaries)


async def test_the_feed_secret_reads_the_calendar_without_a_bearer_token(
    client: AsyncClient,
) -> None:
    created = await client.post("/gebruikersprofiel/kalendersleutel", headers=BEHEERDER_DIEMEN)
    url = created.json()["url"]

    response = await client.get(url.removeprefix("https://vpmonitor.example.nl/api/v1"))

    assert created.status_code == 201
    assert response.status_code == 200
    assert b"BEGIN:VCALENDAR" in response.content


async def test_a_revoked_feed_secret_no_longer_reads_the_calendar(client: AsyncClient) -> None:
    created = await client.post("/gebruikersprofiel/kalendersleutel", headers=BEHEERDER_DIEMEN)
    secret = created.json()["sleutel"]
    await client.delete("/gebruikersprofiel/kalendersleutel", headers=BEHEERDER_DIEMEN)

    response = await client.get("/wgr-kalender.ics", params={"sleutel": secret})

    assert response.status_code == 401


async def test_a_new_feed_secret_replaces_the_old_one(client: AsyncClient) -> None:
    old = await client.post("/gebruikersprofiel/kalendersleutel", headers=BEHEERDER_DIEMEN)
    await client.post("/gebruikersprofiel/kalendersleutel", headers=BEHEERDER_DIEMEN)

    response = await client.get("/wgr-kalender.ics", params={"sleutel": old.json()["sleutel"]})

    assert response.status_code == 401


async def test_the_feed_shows_only_the_readers_municipalitys_parties(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.get("/wgr-kalender.ics", headers=REGIEVOERDER_DIEMEN)

    assert b"De Connectie" not in response.content
    foreign = await client.get(
        f"/verbonden-partijen/{demo.party('De Connectie')}/wgr-kalender.ics",
        headers=REGIEVOERDER_DIEMEN,
    )
    assert foreign.status_code == 404


async def test_a_partner_has_no_calendar_feed(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.get(
        f"/verbonden-partijen/{demo.party('Duo+')}/wgr-kalender.ics", headers=PARTNER_DUO
    )

    assert response.status_code == 403


async def test_clearing_the_mail_settings_is_refused(client: AsyncClient) -> None:
    response = await client.patch(
        "/gebruikersprofiel", headers=BEHEERDER_DIEMEN, json={"meldingen": None}
    )

    assert response.status_code == 400


async def test_the_profile_shows_every_kind_of_mail_on_by_default(client: AsyncClient) -> None:
    response = await client.get("/gebruikersprofiel", headers=BEHEERDER_DIEMEN)

    assert set(response.json()["meldingen"].values()) == {True}


async def test_the_municipal_feed_needs_a_token_or_a_secret(client: AsyncClient) -> None:
    anonymous = await client.get("/wgr-kalender.ics")
    unknown = await client.get("/wgr-kalender.ics", params={"sleutel": "vpmcal_onbekend"})
    partner = await client.get("/wgr-kalender.ics", headers=PARTNER_DUO)

    assert (anonymous.status_code, unknown.status_code, partner.status_code) == (401, 401, 403)


async def test_a_feed_request_without_credentials_is_401_before_its_parameters_are_checked(
    client: AsyncClient,
) -> None:
    """Schemathesis ST203: a missing Authorization header is 401 on every operation, also
    when the request is malformed besides (here an over-long `sleutel` and a bad party id)."""
    too_long = "0" * 101

    party_feed = await client.get("/verbonden-partijen/0/wgr-kalender.ics?sleutel=" + too_long)
    own_feed = await client.get("/wgr-kalender.ics", params={"sleutel": too_long})

    assert (party_feed.status_code, own_feed.status_code) == (401, 401)


async def test_an_over_long_secret_beside_a_bearer_token_is_400_naming_it(
    client: AsyncClient,
) -> None:
    response = await client.get(
        "/wgr-kalender.ics", params={"sleutel": "0" * 101}, headers=BEHEERDER_DIEMEN
    )

    assert response.status_code == 400
    assert [p["name"] for p in response.json()["invalidParams"]] == ["sleutel"]

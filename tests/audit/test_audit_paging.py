"""The audit trail is read by cursor: no event twice and none skipped while events are
written between pages, nothing outside the municipality's scope, 400 for a cursor that is
not one, and a count that stops at its limit."""

import base64
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from app.audit import repository
from app.core.audit import AuditGebeurtenis
from tests.auth_headers import BEHEERDER_ARNHEM
from tests.conftest import DemoIds

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def event(
    moment: datetime,
    *,
    organisatie_id: uuid.UUID | None,
    verbonden_partij_id: uuid.UUID | None = None,
    gedeeld: bool = False,
    entiteit: str = "risico",
) -> AuditGebeurtenis:
    return AuditGebeurtenis(
        tijdstip=moment,
        actor_naam="Test",
        actor_rol="beheerder",
        organisatie_id=organisatie_id,
        verbonden_partij_id=verbonden_partij_id,
        gedeeld=gedeeld,
        entiteit=entiteit,
        entiteit_id=uuid.uuid4(),
        actie="gewijzigd",
        voor=None,
        na={"n": 1},
    )


async def visible_parties(client: AsyncClient) -> set[str]:
    response = await client.get("/verbonden-partijen?pageSize=100", headers=BEHEERDER_ARNHEM)
    return {party["id"] for party in response.json()["resultaten"]}


async def trail(client: AsyncClient, query: str = "", size: int = 7) -> list[dict[str, object]]:
    """Every page of Arnhem's trail, following `next`."""
    events: list[dict[str, object]] = []
    url: str | None = f"/audit-gebeurtenissen?pageSize={size}{query}"
    while url:
        response = await client.get(url, headers=BEHEERDER_ARNHEM)
        assert response.status_code == 200, response.text
        body = response.json()
        events += body["resultaten"]
        url = body["_links"]["next"]
    return events


async def seed_scope(session: AsyncSession, demo: DemoIds, client: AsyncClient) -> dict[str, set]:
    """Arnhem's own events, shared events of a party of Arnhem (some at the same instant, so
    the id decides the order), and events Arnhem may not read."""
    arnhem, renkum = demo.organisation("Arnhem"), demo.organisation("Renkum")
    own_party = demo.party("De Connectie")
    visible = await visible_parties(client)
    foreign_party = next(p for p in demo.parties.values() if str(p) not in visible)
    readable = [event(START + timedelta(minutes=n), organisatie_id=arnhem) for n in range(20)]
    readable += [
        event(START + timedelta(minutes=n // 3), organisatie_id=None, gedeeld=True,
              verbonden_partij_id=own_party, entiteit="rapportage")
        for n in range(12)
    ]  # fmt: skip
    # Arnhem's own write on the party's shared record: in both of Arnhem's views, read once
    readable.append(
        event(START, organisatie_id=arnhem, gedeeld=True, verbonden_partij_id=own_party)
    )
    hidden = [
        event(START + timedelta(minutes=n), organisatie_id=renkum, verbonden_partij_id=own_party)
        for n in range(6)
    ]
    hidden += [
        event(START + timedelta(minutes=n), organisatie_id=None, gedeeld=True,
              verbonden_partij_id=foreign_party, entiteit="rapportage")
        for n in range(6)
    ]  # fmt: skip
    session.add_all(readable + hidden)
    await session.commit()
    return {
        "readable": {str(e.id) for e in readable},
        "hidden": {str(e.id) for e in hidden},
    }


async def test_pages_follow_each_other_without_duplicates_or_gaps_while_events_arrive(
    client: AsyncClient, session: AsyncSession, demo: DemoIds
) -> None:
    seeded = await seed_scope(session, demo, client)
    before = {str(e["id"]) for e in await trail(client, size=100)}
    arnhem = demo.organisation("Arnhem")

    seen: list[dict[str, object]] = []
    url: str | None = "/audit-gebeurtenissen?pageSize=5"
    arrived = 0
    while url:
        body = (await client.get(url, headers=BEHEERDER_ARNHEM)).json()
        seen += body["resultaten"]
        url = body["_links"]["next"]
        # new events between pages: now, and one at the instant of the page's last event
        last = datetime.fromisoformat(str(body["resultaten"][-1]["tijdstip"]))
        session.add(event(datetime.now(UTC), organisatie_id=arnhem))
        session.add(event(last, organisatie_id=arnhem, entiteit="laat"))
        await session.commit()
        arrived += 2

    ids = [str(e["id"]) for e in seen]
    assert len(ids) == len(set(ids)), "an event came twice"
    assert before <= set(ids), "an event that was there before the first page was skipped"
    assert seeded["readable"] <= set(ids)
    keys = [(str(e["tijdstip"]), uuid.UUID(str(e["id"]))) for e in seen]
    assert keys == sorted(keys, reverse=True), "not newest first"
    assert arrived > 4


async def test_the_trail_holds_nothing_outside_the_municipalitys_scope(
    client: AsyncClient, session: AsyncSession, demo: DemoIds
) -> None:
    seeded = await seed_scope(session, demo, client)

    everything = {str(e["id"]) for e in await trail(client)}
    by_party = await trail(client, f"&verbondenPartijId={demo.party('De Connectie')}")
    by_kind = await trail(client, "&entiteit=rapportage")
    by_period = await trail(
        client, f"&vanaf={START.isoformat().replace('+00:00', 'Z')}&tot=2026-01-05T09:10:00Z"
    )

    assert seeded["readable"] <= everything
    assert not seeded["hidden"] & everything
    for page in (by_party, by_kind, by_period):
        assert not seeded["hidden"] & {str(e["id"]) for e in page}
    assert all(e["entiteit"] == "rapportage" for e in by_kind)
    assert len([e for e in by_kind if str(e["id"]) in seeded["readable"]]) == 12
    assert all(e["verbondenPartijId"] == str(demo.party("De Connectie")) for e in by_party)
    in_period = [e for e in by_period if str(e["id"]) in seeded["readable"]]
    assert len(in_period) == 10 + 12 + 1  # minutes 0–9 own, 12 shared (minutes 0–3), 1 both


async def test_aantal_counts_up_to_its_limit(
    client: AsyncClient, session: AsyncSession, demo: DemoIds, monkeypatch: pytest.MonkeyPatch
) -> None:
    await seed_scope(session, demo, client)
    total = len(await trail(client, size=100))

    exact = (await client.get("/audit-gebeurtenissen", headers=BEHEERDER_ARNHEM)).json()
    monkeypatch.setattr(repository, "COUNT_LIMIT", 10)
    capped = (await client.get("/audit-gebeurtenissen", headers=BEHEERDER_ARNHEM)).json()

    assert exact["aantal"] == total
    assert capped["aantal"] == 10
    assert len(capped["resultaten"]) == min(total, 25)


def cursor_of(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


@pytest.mark.parametrize(
    "cursor",
    [
        "x",
        "!!!!",
        cursor_of("not a time|0123"),
        cursor_of("2026-01-05T09:00:00|0b6f1c1e5a3f4d2e9c8b7a6f5e4d3c2b"),  # no time zone
        cursor_of("2026-01-05T09:00:00+00:00|not-a-uuid"),
        base64.urlsafe_b64encode(b"\xff\xfe").decode(),
        "",
    ],
)
async def test_a_cursor_that_is_not_one_is_a_400_naming_it(
    client: AsyncClient, cursor: str
) -> None:
    response = await client.get(f"/audit-gebeurtenissen?cursor={cursor}", headers=BEHEERDER_ARNHEM)

    assert response.status_code == 400, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert [p["name"] for p in response.json()["invalidParams"]] == ["cursor"]

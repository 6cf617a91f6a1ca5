"""Finding 7 of issue 12: a measurement's period must have begun, and the dashboard's latest
quarter is never later than today's (one push of next quarter must not turn it green)."""

import uuid
from datetime import date, timedelta

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import today
from app.core.periods import Periode
from app.rapportages import push
from app.rapportages.models import Rapportage
from tests.auth_headers import MT_RENKUM, PARTNER_DE_CONNECTIE
from tests.conftest import DemoIds
from tests.dashboard.helpers import overview, row_of


def this_quarter() -> Periode:
    day = today()
    return Periode(day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1), 3)


def pushing() -> dict[str, str]:
    return {**PARTNER_DE_CONNECTIE, "Idempotency-Key": str(uuid.uuid4())}


def url_of(demo: DemoIds) -> str:
    return f"/verbonden-partijen/{demo.party('De Connectie')}/rapportages"


def report(report_period: Periode, **meting: object) -> dict[str, object]:
    return {
        "periode": str(report_period),
        "metingen": [{"normCode": "INC-8U", "waarde": 100, **meting}],
    }


async def reports(session: AsyncSession) -> int:
    return int((await session.execute(select(func.count(Rapportage.id)))).scalar_one())


async def test_finding_7_a_push_for_a_quarter_that_has_not_begun_is_400_and_stores_nothing(
    client: httpx.AsyncClient, demo: DemoIds, session: AsyncSession
) -> None:
    before = await reports(session)
    next_quarter = this_quarter().next()

    response = await client.post(url_of(demo), headers=pushing(), json=report(next_quarter))

    assert response.status_code == 400, response.text
    problems = response.json()["invalidParams"]
    assert [p["name"] for p in problems] == ["periode", "metingen[0].periode"]
    assert "has not begun" in problems[0]["reason"]
    assert await reports(session) == before


async def test_finding_7_a_measurement_of_a_later_quarter_in_a_begun_year_is_refused(
    client: httpx.AsyncClient, demo: DemoIds, monkeypatch: pytest.MonkeyPatch
) -> None:
    year = Periode.year(today().year)
    monkeypatch.setattr(push, "today", lambda: date(year.jaar, 2, 1))

    response = await client.post(
        url_of(demo), headers=pushing(), json=report(year, periode=f"{year}-Q2")
    )

    assert response.status_code == 400, response.text
    assert [p["name"] for p in response.json()["invalidParams"]] == ["metingen[0].periode"]


async def test_finding_7_the_current_quarter_may_be_pushed(
    client: httpx.AsyncClient, demo: DemoIds
) -> None:
    response = await client.post(url_of(demo), headers=pushing(), json=report(this_quarter()))

    assert response.status_code == 201, response.text


async def test_finding_7_the_dashboards_latest_quarter_is_never_later_than_todays(
    client: httpx.AsyncClient, demo: DemoIds, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A measurement of a later quarter stored before this rule (here: pushed while the clock
    of the push stood a quarter ahead) is not the overview's latest quarter."""
    before = row_of(await overview(client, MT_RENKUM), demo, "De Connectie")
    next_quarter = this_quarter().next()
    monkeypatch.setattr(push, "today", lambda: next_quarter.start + timedelta(days=1))
    stored = await client.post(url_of(demo), headers=pushing(), json=report(next_quarter))
    assert stored.status_code == 201, stored.text

    after = row_of(await overview(client, MT_RENKUM), demo, "De Connectie")

    assert after["normPeriode"] == before["normPeriode"]
    assert Periode.parse(after["normPeriode"]).start <= today()
    assert after["normenGehaald"] == before["normenGehaald"]

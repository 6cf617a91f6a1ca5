"""What is decided when a measurement is written: its outcome (`uitkomst`) and whether it is
the current one of its norm and period (`actueel`). After every write, the stored values must
equal what deciding everything again from scratch gives (`refresh_current`, `judge_stored`)."""

import uuid

import httpx
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.rapportages.current import refresh_current
from app.rapportages.models import Meting, Rapportage
from app.servicenormen.models import Servicenorm
from app.servicenormen.stored_outcomes import judge_stored
from tests.auth_headers import PARTNER_DE_CONNECTIE, PARTNER_DUO, REGIEVOERDER_ARNHEM
from tests.conftest import DemoIds

Row = tuple[str, str, int, str | None, bool]  # norm code, period, revision, outcome, current


def partner(headers: dict[str, str] = PARTNER_DE_CONNECTIE) -> dict[str, str]:
    return {**headers, "Idempotency-Key": str(uuid.uuid4())}


def url_of(demo: DemoIds, party: str = "De Connectie") -> str:
    return f"/verbonden-partijen/{demo.party(party)}/rapportages"


async def stored(session: AsyncSession, party_id: uuid.UUID) -> set[Row]:
    rows = await session.execute(
        select(
            Servicenorm.code, Meting.periode, Rapportage.revisie, Meting.uitkomst, Meting.actueel
        )
        .join(Servicenorm, Servicenorm.id == Meting.servicenorm_id)
        .join(Rapportage, Rapportage.id == Meting.rapportage_id)
        .where(Servicenorm.verbonden_partij_id == party_id)
    )
    session.expire_all()
    return {(code, periode, revisie, uitkomst, actueel) for code, periode, revisie, uitkomst, actueel in rows.all()}  # fmt: skip  # noqa: E501


async def decided_from_scratch(session: AsyncSession, party_id: uuid.UUID) -> set[Row]:
    """The same rows after deciding every outcome and current flag of the party again."""
    norms = list(
        (
            await session.execute(
                select(Servicenorm.id).where(Servicenorm.verbonden_partij_id == party_id)
            )
        ).scalars()
    )
    await refresh_current(session, norms)
    await judge_stored(session, norms)
    found = await stored(session, party_id)
    await session.rollback()
    return found


async def test_a_revision_takes_over_as_current_with_its_outcomes_stored(
    client: httpx.AsyncClient, demo: DemoIds, session: AsyncSession
) -> None:
    party = demo.party("De Connectie")
    first = {
        "periode": "2026-Q4",
        "metingen": [
            {"normCode": "INC-8U", "waarde": 93.5},
            {"normCode": "STORING-P1", "waarde": 1},
        ],
    }
    second = {"periode": "2026-Q4", "metingen": [{"normCode": "INC-8U", "waarde": 98}]}

    assert (await client.post(url_of(demo), headers=partner(), json=first)).status_code == 201
    assert (await client.post(url_of(demo), headers=partner(), json=second)).status_code == 201

    rows = {row for row in await stored(session, party) if row[1] == "2026-Q4"}
    assert rows == {
        ("INC-8U", "2026-Q4", 1, "aandacht", False),  # target 97, tolerance 5
        ("STORING-P1", "2026-Q4", 1, "gehaald", False),  # its revision was superseded
        ("INC-8U", "2026-Q4", 2, "gehaald", True),
    }
    assert await stored(session, party) == await decided_from_scratch(session, party)


async def test_a_report_of_another_kind_for_the_same_period_becomes_current_for_its_norms(
    client: httpx.AsyncClient, demo: DemoIds, session: AsyncSession
) -> None:
    party = demo.party("De Connectie")
    prestaties = {"periode": "2026-Q4", "metingen": [{"normCode": "INC-8U", "waarde": 90}]}
    algemeen = {
        "periode": "2026-Q4",
        "soort": "algemeen",
        "metingen": [{"normCode": "INC-8U", "waarde": 99}],
    }
    revised = {"periode": "2026-Q4", "metingen": [{"normCode": "STORING-P1", "waarde": 1}]}

    for body in (prestaties, algemeen, revised):
        assert (await client.post(url_of(demo), headers=partner(), json=body)).status_code == 201

    current = {row for row in await stored(session, party) if row[1] == "2026-Q4" and row[4]}
    # The algemeen report is the latest received for INC-8U; the prestaties revision 2 holds
    # only STORING-P1 and supersedes revision 1.
    assert current == {("INC-8U", "2026-Q4", 1, "gehaald", True), ("STORING-P1", "2026-Q4", 2, "gehaald", True)}  # fmt: skip  # noqa: E501
    assert await stored(session, party) == await decided_from_scratch(session, party)


async def test_a_revision_without_a_norm_leaves_that_norm_without_a_current_measurement(
    client: httpx.AsyncClient, demo: DemoIds, session: AsyncSession
) -> None:
    party = demo.party("Duo+")
    first = {"periode": "2026-Q4", "metingen": [{"normCode": "KCC-30S", "waarde": 80}, {"normCode": "WMO-8W", "waarde": 95}]}  # fmt: skip  # noqa: E501
    second = {"periode": "2026-Q4", "metingen": [{"normCode": "KCC-30S", "waarde": 85}]}
    url = url_of(demo, "Duo+")

    assert (await client.post(url, headers=partner(PARTNER_DUO), json=first)).status_code == 201
    assert (await client.post(url, headers=partner(PARTNER_DUO), json=second)).status_code == 201

    current = {row[0] for row in await stored(session, party) if row[1] == "2026-Q4" and row[4]}
    assert current == {"KCC-30S"}
    assert await stored(session, party) == await decided_from_scratch(session, party)


async def test_a_new_norm_version_decides_the_outcomes_of_its_periods_again(
    client: httpx.AsyncClient, demo: DemoIds, session: AsyncSession
) -> None:
    party = demo.party("De Connectie")
    norms = (
        await client.get(f"/verbonden-partijen/{party}/servicenormen", headers=REGIEVOERDER_ARNHEM)
    ).json()["resultaten"]
    norm = next(n for n in norms if n["code"] == "INC-8U")
    before = await stored(session, party)

    changed = await client.patch(
        f"/servicenormen/{norm['id']}",
        headers={**REGIEVOERDER_ARNHEM, "If-Match": f'"{norm["versie"]}"'},
        json={"doelwaarde": 50, "tolerantie": 0, "geldigVanaf": "2026-04-01"},
    )

    assert changed.status_code == 200, changed.text
    after = await stored(session, party)
    moved = {row for row in after if row[0] == "INC-8U" and row[1] >= "2026-Q2"}
    assert moved
    assert {row[3] for row in moved} == {"gehaald"}
    unchanged = {row for row in before if not (row[0] == "INC-8U" and row[1] >= "2026-Q2")}
    assert unchanged <= after
    assert after == await decided_from_scratch(session, party)

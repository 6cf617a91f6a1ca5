"""Shared steps of the dashboard tests."""

from typing import Any

from httpx import AsyncClient

from tests.conftest import DemoIds


async def overview(
    client: AsyncClient, headers: dict[str, str], **params: Any
) -> list[dict[str, Any]]:
    """Every row of the overview (one page of 100)."""
    response = await client.get("/dashboard", headers=headers, params={"pageSize": 100, **params})
    assert response.status_code == 200, response.text
    rows: list[dict[str, Any]] = response.json()["resultaten"]
    return rows


def row_of(rows: list[dict[str, Any]], demo: DemoIds, naam: str) -> dict[str, Any]:
    party_id = str(demo.party(naam))
    return next(row for row in rows if row["verbondenPartijId"] == party_id)


def names(rows: list[dict[str, Any]]) -> list[str]:
    return [row["naam"] for row in rows]

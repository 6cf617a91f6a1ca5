"""Small helpers shared by the improvement-plan tests."""

from pathlib import Path
from typing import Any

from httpx import AsyncClient

from tests.auth_headers import BEHEERDER_ARNHEM

FIXTURES = Path(__file__).parent / "fixtures"
SEED_CSV = FIXTURES / "verbeterplan_seed004.csv"
SEED_XLSX = FIXTURES / "verbeterplan_seed004.xlsx"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


async def plan(client: AsyncClient, headers: dict[str, str] = BEHEERDER_ARNHEM) -> list[Any]:
    response = await client.get("/aanbevelingen?pageSize=100", headers=headers)
    assert response.status_code == 200, response.text
    return list(response.json()["resultaten"])


async def aanbeveling(client: AsyncClient, code: str) -> dict[str, Any]:
    return dict(next(item for item in await plan(client) if item["code"] == code))


def if_match(headers: dict[str, str], versie: int) -> dict[str, str]:
    return {**headers, "If-Match": f'"{versie}"'}


async def import_csv(
    client: AsyncClient, content: bytes, headers: dict[str, str], query: str = "bron=rekenkamer"
) -> Any:
    return await client.post(
        f"/aanbevelingen/_import?{query}",
        content=content,
        headers={**headers, "Content-Type": "text/csv"},
    )


def csv_of(*rows: str) -> bytes:
    """A CSV in seed 004's layout: the header, then the given rows."""
    header = "Nr.;Aanbeveling;Reactie;Actie;Wie;Planning"
    return ("\r\n".join((header, *rows)) + "\r\n").encode("utf-8")

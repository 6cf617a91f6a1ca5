"""The access matrix of budgets and of the deviation thresholds.

A party's budget is shared: every participant and the party's partner read it; the partner,
the regievoerder and a beheerder of a participant write it (API.md). How a budget deviation
is judged — the municipality's thresholds and its own share — is private to each
municipality: `signalering` on a budget, and `/afwijkingsdrempels`."""

from httpx import AsyncClient

from tests.auth_headers import as_
from tests.conftest import DemoIds
from tests.security.matrix.base import (
    ARNHEM,
    BEHEERDERS,
    DE_CONNECTIE,
    DIEMEN,
    MUNICIPAL,
    PARTY_READ,
    PARTY_SUPPLIER,
    RENKUM,
    Context,
    Planter,
    Resolver,
    Row,
    Secret,
    expect_status,
    json_body,
)

# ---------------------------------------------------------------- path parameters


async def jaar(_: Context) -> str:
    """A year with a budget of both demo parties (also the BBV list's and the Wgr calendar's)."""
    return "2026"


RESOLVERS: dict[str, Resolver] = {"jaar": jaar}

# ---------------------------------------------------------------- the table
# putBegroting replaces the stored 2026 (the matrix sends `If-Match: *`).

BUDGET = {"primitief": {"lasten": 12500000, "baten": 12500000}, "resultaat": -1}

ROWS: dict[str, Row] = {
    "listBegrotingen": Row(*PARTY_READ),
    "getBegroting": Row(*PARTY_READ),
    "putBegroting": Row(*PARTY_SUPPLIER, body=json_body(BUDGET)),
    "listBegrotingHistorie": Row(*PARTY_READ),
    "getAfwijkingsdrempels": Row(MUNICIPAL),
    "putAfwijkingsdrempels": Row(BEHEERDERS, body=json_body({"bedrag": 250000, "percentage": 10})),
}

# ---------------------------------------------------------------- what must not leak


async def _thresholds(client: AsyncClient, token: str, bedrag: str) -> None:
    headers = {**as_(token), "If-Match": "*"}
    body = {"bedrag": float(bedrag), "percentage": 7}
    expect_status(await client.put("/afwijkingsdrempels", headers=headers, json=body), 200)


async def budget_secrets(client: AsyncClient, _: DemoIds) -> list[Secret]:
    """Thresholds of three municipalities, each in an amount no other data holds."""
    await _thresholds(client, "beheerder-arnhem", "111111.11")
    await _thresholds(client, "beheerder-renkum", "222222.22")
    await _thresholds(client, "beheerder-diemen", "333333.33")
    return [
        Secret("111111.11", ARNHEM),
        Secret("222222.22", RENKUM),
        Secret("333333.33", DIEMEN),
        Secret("Uitloop 2!Connect; krapte op de arbeidsmarkt voor ICT-personeel.", DE_CONNECTIE),
        Secret("Frictiekosten bij de herijking van de dienstverleningsovereenkomst.", DIEMEN),
    ]


PLANTERS: list[Planter] = [budget_secrets]

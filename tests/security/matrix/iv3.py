"""The access matrix of Iv3 deliveries and key ratios.

A delivery is shared like a budget: the partner sends it for its own party (another party is
404), a director may send it on its behalf, and every participant reads it and the key
ratios. The signal values that judge the ratios are private to each municipality."""

from httpx import AsyncClient

from tests.auth_headers import as_
from tests.conftest import DemoIds
from tests.iv3.bestanden import BEGROTING_2026, as_bytes, changed
from tests.security.matrix.base import (
    ARNHEM,
    BEHEERDERS,
    DIEMEN,
    MUNICIPAL,
    PARTY_READ,
    PARTY_SUPPLIER,
    Body,
    Context,
    Planter,
    Resolver,
    Row,
    Secret,
    Upload,
    expect_status,
    json_body,
)
from tests.security.matrix.foundation import party_id

JSON = "application/json"

# ---------------------------------------------------------------- path and query parameters


def _file(ctx: Context) -> bytes:
    return as_bytes(changed(BEGROTING_2026, metadata__overheidsnummer=ctx.pick("9001", "9002")))


async def eenheid(_: Context) -> str:
    return "euro"


async def levering_id(ctx: Context) -> str:
    """A delivery of the scene's party, sent by its owner (taken, or taken before)."""
    response = await ctx.client.post(
        f"/verbonden-partijen/{await party_id(ctx)}/iv3-leveringen",
        params={"eenheid": "euro"},
        content=_file(ctx),
        headers={**ctx.owner, "Content-Type": JSON},
    )
    return str(expect_status(response, 200, 201)["id"])


RESOLVERS: dict[str, Resolver] = {"eenheid": eenheid, "levering_id": levering_id}

# ---------------------------------------------------------------- bodies


async def iv3_file(ctx: Context) -> Body:
    return Upload(_file(ctx), JSON)


# ---------------------------------------------------------------- the table

SIGNAL_VALUES = {"signaalwaarden": [{"kengetal": "fk.1", "grensA": 80, "grensC": 120}]}

ROWS: dict[str, Row] = {
    "createIv3Levering": Row(*PARTY_SUPPLIER, body=iv3_file),
    "listIv3Leveringen": Row(*PARTY_READ),
    "getIv3Levering": Row(*PARTY_READ),
    "getKengetallen": Row(*PARTY_READ),
    "getKengetalSignaalwaarden": Row(MUNICIPAL),
    "putKengetalSignaalwaarden": Row(BEHEERDERS, body=json_body(SIGNAL_VALUES)),
}

# ---------------------------------------------------------------- what must not leak


async def _signal_values(client: AsyncClient, token: str, grens: float) -> None:
    body = {"signaalwaarden": [{"kengetal": "fk.3", "grensA": 60, "grensC": grens}]}
    expect_status(await client.put("/kengetal-signaalwaarden", headers=as_(token), json=body), 200)


async def signal_value_secrets(client: AsyncClient, _: DemoIds) -> list[Secret]:
    """Signal values of two municipalities, each a bound no other data holds."""
    await _signal_values(client, "beheerder-arnhem", 17.1357)
    await _signal_values(client, "beheerder-diemen", 13.2468)
    return [Secret("17.1357", ARNHEM), Secret("13.2468", DIEMEN)]


PLANTERS: list[Planter] = [signal_value_secrets]

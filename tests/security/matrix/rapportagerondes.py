"""The access matrix of reporting rounds: a municipality's own half-year rounds (DOMAIN.md:
thresholds and rounds are private to it). Its four roles read them; its MT or beheerder
opens and changes them (API.md); any other municipality gets 404 on a round; a partner 403.

`gedeeld` is Arnhem's 2025-H2 round, `vreemd` Diemen's latest."""

from httpx import AsyncClient

from tests.auth_headers import as_
from tests.conftest import DemoIds
from tests.security.matrix.base import (
    ARNHEM,
    DIEMEN,
    MUNICIPAL,
    RENKUM,
    Context,
    Planter,
    Resolver,
    Row,
    Secret,
    expect_status,
    first_id,
    json_body,
)

# ---------------------------------------------------------------- path parameters


async def ronde_id(ctx: Context) -> str:
    """The owner's newest round (also the MT report's, mt_rapport.py)."""
    return await first_id(ctx, "/rapportagerondes")


RESOLVERS: dict[str, Resolver] = {"ronde_id": ronde_id}

# ---------------------------------------------------------------- the table
# 2026-H2: a half-year none of the three municipalities has a round for.
#                                 beh  mt   regie lezer renkum diemen partner anoniem
ROUND_MANAGERS = "                2xx  2xx  403   403   2xx    2xx    403     401"
ROUND_UPDATE = (
    "                             2xx  2xx  403   403   404    404    403     401",
    "                             404  404  403   403   404    2xx    403     401",
)
OWN_ROUND = (
    "                             2xx  2xx  2xx   2xx   404    404    403     401",
    "                             404  404  404   404   404    2xx    403     401",
)

ROWS: dict[str, Row] = {
    "listRapportagerondes": Row(MUNICIPAL),
    "createRapportageronde": Row(
        ROUND_MANAGERS, body=json_body({"periode": "2026-H2", "deadline": "2027-01-31"})
    ),
    "getRapportageronde": Row(*OWN_ROUND),
    "updateRapportageronde": Row(*ROUND_UPDATE, body=json_body({"deadline": "2026-02-15"})),
}

# ---------------------------------------------------------------- what must not leak


async def _round_ids(client: AsyncClient, token: str) -> list[str]:
    rounds = expect_status(await client.get("/rapportagerondes", headers=as_(token)), 200)
    return [str(ronde["id"]) for ronde in rounds["resultaten"]]


async def round_secrets(client: AsyncClient, demo: DemoIds) -> list[Secret]:
    """A round holds no text of its own: its id is what another municipality must not see."""
    body = {"periode": "2026-H1", "deadline": "2026-07-15"}
    renkum = await client.post("/rapportagerondes", headers=as_("mt-renkum"), json=body)
    expect_status(renkum, 201)
    return [
        # A round's detail lists the municipality's own regievoerders of each party.
        Secret(str(demo.account("regievoerder-renkum")), RENKUM),
        Secret(str(demo.account("regievoerder-diemen")), DIEMEN),
        *(Secret(ronde, ARNHEM) for ronde in await _round_ids(client, "beheerder-arnhem")),
        *(Secret(ronde, RENKUM) for ronde in await _round_ids(client, "beheerder-renkum")),
        *(Secret(ronde, DIEMEN) for ronde in await _round_ids(client, "beheerder-diemen")),
    ]


PLANTERS: list[Planter] = [round_secrets]

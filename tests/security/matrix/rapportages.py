"""The access matrix of partner reports: what the partner pushes is pushed once and read by
every participant (DOMAIN.md, the sharing rule). The partner pushes for its own party only
(another party is 404); a director may push on its behalf (a beheerder of a participant or
the party's regievoerder, as for norms and budgets)."""

from httpx import AsyncClient

from tests.auth_headers import as_
from tests.conftest import DemoIds
from tests.security.matrix.base import (
    DE_CONNECTIE,
    DIEMEN,
    PARTY_READ,
    PARTY_SUPPLIER,
    Body,
    Context,
    Planter,
    Row,
    Secret,
    expect_status,
    first_id,
)
from tests.security.matrix.foundation import party_id

# ---------------------------------------------------------------- path parameters


async def rapportage_id(ctx: Context) -> str:
    """A report of the scene's party (the name `report_id` is shared with status reports)."""
    return await first_id(ctx, f"/verbonden-partijen/{await party_id(ctx)}/rapportages")


# ---------------------------------------------------------------- bodies


async def new_rapportage(ctx: Context) -> Body:
    code = ctx.pick("INC-8U", "KCC-30S")
    return {"periode": "2026-Q4", "metingen": [{"normCode": code, "waarde": 96}]}


# ---------------------------------------------------------------- the table
# `partner` pushes for De Connectie (2xx) and gets 404 on Duo+, which is not its party.

ROWS: dict[str, Row] = {
    "createRapportage": Row(*PARTY_SUPPLIER, body=new_rapportage),
    "listRapportages": Row(*PARTY_READ),
    "getRapportage": Row(*PARTY_READ, resolvers={"report_id": rapportage_id}),
    "listServicenormMetingen": Row(*PARTY_READ),
    "getTijdigheid": Row(*PARTY_READ),
    "getNormUitkomsten": Row(*PARTY_READ),
}

# ---------------------------------------------------------------- what must not leak


async def _push(client: AsyncClient, demo: DemoIds, party: str, token: str, body: Body) -> None:
    headers = {**as_(token), "Idempotency-Key": f"matrix-{token}"}
    url = f"/verbonden-partijen/{demo.party(party)}/rapportages"
    expect_status(await client.post(url, headers=headers, json=body), 201)


async def report_secrets(client: AsyncClient, demo: DemoIds) -> list[Secret]:
    """A push of each partner with a narrative only its party's participants may read."""
    connectie, duo = "gedeeld-rapportage-de-connectie", "geheim-rapportage-duo"
    await _push(
        client,
        demo,
        "De Connectie",
        "partner-de-connectie",
        {"periode": "2026-Q4", "toelichting": connectie, "metingen": []},
    )
    await _push(
        client,
        demo,
        "Duo+",
        "partner-duo",
        {"periode": "2026-Q4", "toelichting": duo, "metingen": []},
    )
    return [
        Secret(connectie, DE_CONNECTIE),
        Secret(duo, DIEMEN),
        Secret("Correctie: incidenten die in het weekend zijn gemeld telden dubbel.", DE_CONNECTIE),
        Secret("Hoog ziekteverzuim bij het KCC.", DIEMEN),
    ]


PLANTERS: list[Planter] = [report_secrets]

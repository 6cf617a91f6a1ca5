"""The access matrix of yearly evaluations: like risks, each municipality's own record of a
party it takes part in (DOMAIN.md: private to it). Its four roles read; a beheerder or the
party's regievoerder writes; another participant gets 404 on the object; a partner 403."""

from httpx import AsyncClient

from tests.auth_headers import as_
from tests.conftest import DemoIds
from tests.security.matrix.base import (
    ARNHEM,
    DIEMEN,
    OWN_DIRECTOR,
    OWN_READ,
    PARTY_DIRECTOR,
    PRIVATE_OF_PARTY,
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
from tests.security.matrix.foundation import party_id

# ---------------------------------------------------------------- path parameters


async def evaluatie_id(ctx: Context) -> str:
    """The owner's evaluation of the scene's party: Arnhem's of De Connectie, Diemen's of Duo+."""
    return await first_id(ctx, f"/verbonden-partijen/{await party_id(ctx)}/evaluaties")


RESOLVERS: dict[str, Resolver] = {"evaluatie_id": evaluatie_id}

# ---------------------------------------------------------------- the table
# One evaluation per municipality, party and year: 2026 is free for all three.

EVALUATION = {"jaar": 2026, "datum": "2026-11-01", "uitkomst": "Naar tevredenheid."}

ROWS: dict[str, Row] = {
    "listEvaluaties": Row(*PRIVATE_OF_PARTY),
    "createEvaluatie": Row(*PARTY_DIRECTOR, body=json_body(EVALUATION)),
    "getEvaluatie": Row(*OWN_READ),
    "updateEvaluatie": Row(*OWN_DIRECTOR, body=json_body({"tevredenheid": 7})),
}

# ---------------------------------------------------------------- what must not leak


async def evaluation_secrets(client: AsyncClient, demo: DemoIds) -> list[Secret]:
    planted = {
        ("De Connectie", "regievoerder-arnhem", 2024, "geheim-evaluatie-arnhem"): ARNHEM,
        ("De Connectie", "beheerder-renkum", 2025, "geheim-evaluatie-renkum"): RENKUM,
        ("Duo+", "beheerder-diemen", 2025, "geheim-evaluatie-diemen"): DIEMEN,
    }
    secrets = []
    for (party, token, jaar, text), seen_by in planted.items():
        body = {"jaar": jaar, "datum": f"{jaar + 1}-02-01", "uitkomst": text}
        url = f"/verbonden-partijen/{demo.party(party)}/evaluaties"
        created = expect_status(await client.post(url, headers=as_(token), json=body), 201)
        secrets += [Secret(text, seen_by), Secret(str(created["id"]), seen_by)]
    return secrets


PLANTERS: list[Planter] = [evaluation_secrets]

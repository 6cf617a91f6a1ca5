"""The access matrix of risks: each municipality's own assessment of a party it takes part
in (DOMAIN.md: private to it). Its four roles read them (mt and lezer too); a beheerder or
the party's regievoerder writes; another participant of the same party gets 404 on the
object and lists only its own; a partner is not a municipal role (403)."""

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


async def risico_id(ctx: Context) -> str:
    """The owner's risk of the scene's party: Arnhem's of De Connectie, Diemen's of Duo+."""
    return await first_id(ctx, f"/verbonden-partijen/{await party_id(ctx)}/risicos")


RESOLVERS: dict[str, Resolver] = {"risico_id": risico_id}

# ---------------------------------------------------------------- the table

RISK = {"omschrijving": "Uitval van de dienstverlening", "kans": 2, "impact": 5}

ROWS: dict[str, Row] = {
    "listRisicos": Row(*PRIVATE_OF_PARTY),
    "createRisico": Row(*PARTY_DIRECTOR, body=json_body(RISK)),
    "getRisico": Row(*OWN_READ),
    "updateRisico": Row(*OWN_DIRECTOR, body=json_body({"status": "beheerst"})),
}

# ---------------------------------------------------------------- what must not leak


async def _risk(client: AsyncClient, demo: DemoIds, party: str, token: str, text: str) -> str:
    """A material risk (score 25), so it also belongs in the owner's BBV paragraph."""
    body = {"omschrijving": text, "kans": 5, "impact": 5, "maatregelen": f"{text}-maatregel"}
    url = f"/verbonden-partijen/{demo.party(party)}/risicos"
    return str(expect_status(await client.post(url, headers=as_(token), json=body), 201)["id"])


async def risk_secrets(client: AsyncClient, demo: DemoIds) -> list[Secret]:
    planted = {
        ("De Connectie", "regievoerder-arnhem", "geheim-risico-arnhem"): ARNHEM,
        ("De Connectie", "beheerder-renkum", "geheim-risico-renkum"): RENKUM,
        ("Duo+", "beheerder-diemen", "geheim-risico-diemen"): DIEMEN,
    }
    secrets = []
    for (party, token, text), seen_by in planted.items():
        risk = await _risk(client, demo, party, token, text)
        secrets += [Secret(text, seen_by), Secret(risk, seen_by)]
    return secrets


PLANTERS: list[Planter] = [risk_secrets]

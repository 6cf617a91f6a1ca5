"""The access matrix of the improvement plan: recommendations and actions are the
municipality's own (DOMAIN.md: private to it). Its four roles read them (mt and lezer
included); a beheerder or a regievoerder writes; any other municipality gets 404 on the
objects, also one that shares a party it links to; a partner 403.

`gedeeld` is Arnhem's plan (linked to De Connectie), `vreemd` Diemen's (linked to Duo+)."""

from pathlib import Path

from httpx import AsyncClient

from tests.auth_headers import as_
from tests.conftest import DemoIds
from tests.security.matrix.base import (
    ARNHEM,
    DIEMEN,
    MUNICIPAL,
    OWN_DIRECTOR,
    OWN_READ,
    RENKUM,
    Body,
    Context,
    Planter,
    Resolver,
    Row,
    Secret,
    Upload,
    expect_status,
    first_id,
    json_body,
    rows_of,
)
from tests.security.matrix.foundation import party_id

SEED_004 = Path(__file__).parents[2] / "verbeterplan" / "fixtures" / "verbeterplan_seed004.csv"
PLANTED_CODE = "X"

# ---------------------------------------------------------------- path parameters


async def aanbeveling_id(ctx: Context) -> str:
    """The recommendation planted in the owner's plan (it has an action); without the planter
    (test_limits.py), Arnhem's first."""
    plan = await rows_of(ctx, "/aanbevelingen?pageSize=100")
    planted = [item for item in plan if item["code"] == PLANTED_CODE]
    return str((planted or plan)[0]["id"])


async def actie_id(ctx: Context) -> str:
    return await first_id(ctx, f"/aanbevelingen/{await aanbeveling_id(ctx)}/acties")


RESOLVERS: dict[str, Resolver] = {"aanbeveling_id": aanbeveling_id, "actie_id": actie_id}

# ---------------------------------------------------------------- bodies


async def new_aanbeveling(ctx: Context) -> Body:
    """Linked to the scene's party: a party the caller's municipality does not take part in
    is a bad field (400), whether or not it exists."""
    return {
        "code": "M",
        "bron": "rekenkamer",
        "tekst": "Maak afspraken.",
        "verbondenPartijIds": [await party_id(ctx)],
    }


async def seed_004(_: Context) -> Body:
    return Upload(SEED_004.read_bytes(), "text/csv")


# ---------------------------------------------------------------- the table
# createAanbeveling is scene-independent but for its body: it links the scene's party.
#                                    beh  mt   regie lezer renkum diemen partner anoniem
CREATE_AANBEVELING = (
    "                                2xx  403  2xx   403   2xx    400    403     401",
    "                                400  403  400   403   400    2xx    403     401",
)
PLAN_WRITERS = "                     2xx  403  2xx   403   2xx    2xx    403     401"

ROWS: dict[str, Row] = {
    "listAanbevelingen": Row(MUNICIPAL),
    "createAanbeveling": Row(*CREATE_AANBEVELING, body=new_aanbeveling),
    "importAanbevelingen": Row(PLAN_WRITERS, body=seed_004),
    "getAanbeveling": Row(*OWN_READ),
    "updateAanbeveling": Row(*OWN_DIRECTOR, body=json_body({"reactie": "overgenomen"})),
    "listActiesOfAanbeveling": Row(*OWN_READ),
    "createActie": Row(*OWN_DIRECTOR, body=json_body({"omschrijving": "Kwartaaloverleg"})),
    "listActies": Row(MUNICIPAL),
    "getActie": Row(*OWN_READ),
    "updateActie": Row(*OWN_DIRECTOR, body=json_body({"status": "afgerond"})),
}

# ---------------------------------------------------------------- what must not leak


async def _plant(
    client: AsyncClient, demo: DemoIds, party: str, token: str, text: str
) -> list[str]:
    """A recommendation on the party with one action; the texts and both ids."""
    headers = as_(token)
    body = {
        "code": PLANTED_CODE,
        "bron": "rekenkamer",
        "tekst": text,
        "reactieToelichting": f"{text}-reactie",
        "verbondenPartijIds": [str(demo.party(party))],
    }
    aanbeveling = expect_status(
        await client.post("/aanbevelingen", headers=headers, json=body), 201
    )
    url = f"/aanbevelingen/{aanbeveling['id']}/acties"
    action = {
        "omschrijving": f"{text}-actie",
        "eigenaar": f"{text}-eigenaar",
        "planning": "Q1 2026",
    }
    actie = expect_status(await client.post(url, headers=headers, json=action), 201)
    return [text, f"{text}-actie", str(aanbeveling["id"]), str(actie["id"])]


async def plan_secrets(client: AsyncClient, demo: DemoIds) -> list[Secret]:
    planted = {
        ("De Connectie", "regievoerder-arnhem", "geheim-aanbeveling-arnhem"): ARNHEM,
        ("De Connectie", "beheerder-renkum", "geheim-aanbeveling-renkum"): RENKUM,
        ("Duo+", "beheerder-diemen", "geheim-aanbeveling-diemen"): DIEMEN,
    }
    secrets = []
    for (party, token, text), seen_by in planted.items():
        secrets += [
            Secret(value, seen_by) for value in await _plant(client, demo, party, token, text)
        ]
    return secrets


PLANTERS: list[Planter] = [plan_secrets]

"""The access matrix of the foundation: accounts, organisations, parties, deelnames, audit."""

from httpx import AsyncClient

from tests.auth_headers import as_
from tests.conftest import DemoIds
from tests.security.matrix.base import (
    ARNHEM,
    BEHEERDERS,
    DIEMEN,
    MUNICIPAL,
    PUBLIC,
    SIGNED_IN,
    Body,
    Context,
    Planter,
    Resolver,
    Row,
    Secret,
    json_body,
    unique,
)

# ---------------------------------------------------------------- path parameters


async def party_id(ctx: Context) -> str:
    return str(ctx.pick(ctx.demo.party("De Connectie"), ctx.demo.party("Duo+")))


async def deelname_id(ctx: Context) -> str:
    """The scene owner's own participation (Arnhem in De Connectie, Diemen in Duo+)."""
    rows = await ctx.client.get(
        f"/verbonden-partijen/{await party_id(ctx)}/deelnames", headers=ctx.owner
    )
    return str(next(row["id"] for row in rows.json()["resultaten"] if row["eigen"]))


async def gebruiker_id(ctx: Context) -> str:
    return str(ctx.pick(ctx.demo.account("lezer-arnhem"), ctx.demo.account("regievoerder-diemen")))


async def token_id(ctx: Context) -> str:
    tokens = await ctx.client.get(
        f"/gebruikers/{await gebruiker_id(ctx)}/tokens", headers=ctx.owner
    )
    return str(tokens.json()["resultaten"][0]["id"])


async def own_token_id(ctx: Context) -> str:
    """A token the partner issued itself (the scene does not matter)."""
    issued = await ctx.client.post(
        "/gebruikersprofiel/tokens", headers=as_("partner-de-connectie"), json={"omschrijving": "x"}
    )
    return str(issued.json()["id"])


async def removable_deelname_id(ctx: Context) -> str:
    """The scene owner's own participation, in a fresh party another municipality leads and
    about which the owner wrote nothing: the only kind its municipality may remove."""
    penvoerder = as_(ctx.pick("beheerder-renkum", "beheerder-deventer"))
    party = await ctx.client.post(
        "/verbonden-partijen", headers=penvoerder, json=await new_party(ctx)
    )
    member = ctx.pick(ctx.demo.organisation("Arnhem"), ctx.demo.organisation("Diemen"))
    added = await ctx.client.post(
        f"/verbonden-partijen/{party.json()['id']}/deelnames",
        headers=penvoerder,
        json={"organisatieId": str(member)},
    )
    return str(added.json()["id"])


async def organisatie_id(ctx: Context) -> str:
    return str(ctx.pick(ctx.demo.organisation("Arnhem"), ctx.demo.organisation("Diemen")))


RESOLVERS: dict[str, Resolver] = {
    "party_id": party_id,
    "deelname_id": deelname_id,
    "gebruiker_id": gebruiker_id,
    "token_id": token_id,
    "organisatie_id": organisatie_id,
}

# ---------------------------------------------------------------- bodies


async def new_party(_: Context) -> Body:
    return {
        "naam": unique("Matrixpartij"),
        "vestigingsplaats": "Arnhem",
        "bbvCategorie": "overig",
        "rechtsvorm": "overig",
        "openbaarBelang": "Toegangstest",
    }


async def new_deelname(ctx: Context) -> Body:
    """An organisation that does not take part yet: Diemen in De Connectie, Arnhem in Duo+."""
    newcomer = ctx.pick(ctx.demo.organisation("Diemen"), ctx.demo.organisation("Arnhem"))
    return {"organisatieId": str(newcomer), "aandeel": 1}


async def new_organisatie(_: Context) -> Body:
    return {"naam": unique("Provincie"), "soort": "provincie"}


# ---------------------------------------------------------------- the table
# Columns:                beh  mt   regie lezer renkum diemen partner anoniem
PARTNER_ONLY = "          403  403  403   403   403    403    2xx     401"

ROWS: dict[str, Row] = {
    "getApiIndex": Row(PUBLIC),
    "getHealth": Row(PUBLIC),
    "getGebruikersprofiel": Row(SIGNED_IN),
    "listGebruikers": Row(BEHEERDERS),
    "createGebruiker": Row(BEHEERDERS, body=json_body({"naam": "Matrix", "rol": "lezer"})),
    "getGebruiker": Row(
        gedeeld="         2xx  403  403   403   404    404    403     401",
        vreemd="          404  403  403   403   404    2xx    403     401",
    ),
    "updateGebruiker": Row(
        gedeeld="         2xx  403  403   403   404    404    403     401",
        vreemd="          404  403  403   403   404    2xx    403     401",
        body=json_body({"naam": "Hernoemd"}),
    ),
    "listTokens": Row(
        gedeeld="         2xx  403  403   403   404    404    403     401",
        vreemd="          404  403  403   403   404    2xx    403     401",
    ),
    "createToken": Row(
        gedeeld="         2xx  403  403   403   404    404    403     401",
        vreemd="          404  403  403   403   404    2xx    403     401",
        body=json_body({"omschrijving": "Matrix"}),
    ),
    "revokeToken": Row(
        gedeeld="         2xx  403  403   403   404    404    403     401",
        vreemd="          404  403  403   403   404    2xx    403     401",
    ),
    "listOrganisaties": Row(MUNICIPAL),
    "createOrganisatie": Row(BEHEERDERS, body=new_organisatie),
    "getOrganisatie": Row(MUNICIPAL),
    "listVerbondenPartijen": Row(SIGNED_IN),
    "createVerbondenPartij": Row(BEHEERDERS, body=new_party),
    "getVerbondenPartij": Row(
        gedeeld="         2xx  2xx  2xx   2xx   2xx    404    2xx     401",
        vreemd="          404  404  404   404   404    2xx    404     401",
    ),
    "updateVerbondenPartij": Row(
        gedeeld="         2xx  403  2xx   403   403    404    403     401",
        vreemd="          404  403  404   403   404    2xx    403     401",
        body=json_body({"monitoringsniveau": 2}),
    ),
    "listRegievoerders": Row(
        gedeeld="         2xx  2xx  2xx   2xx   2xx    404    403     401",
        vreemd="          404  404  404   404   404    2xx    403     401",
    ),
    "replaceRegievoerders": Row(
        gedeeld="         2xx  403  403   403   2xx    404    403     401",
        vreemd="          404  403  403   403   404    2xx    403     401",
        body=json_body({"gebruikerIds": []}),
    ),
    "listDeelnames": Row(
        gedeeld="         2xx  2xx  2xx   2xx   2xx    404    403     401",
        vreemd="          404  404  404   404   404    2xx    403     401",
    ),
    # Only the penvoerder adds a participant.
    "createDeelname": Row(
        gedeeld="         2xx  403  403   403   403    404    403     401",
        vreemd="          404  403  403   403   404    2xx    403     401",
        body=new_deelname,
    ),
    "getDeelname": Row(
        gedeeld="         2xx  2xx  2xx   2xx   2xx    404    403     401",
        vreemd="          404  404  404   404   404    2xx    403     401",
    ),
    # Shared facts are the penvoerder's: Arnhem leads De Connectie, Diemen leads Duo+.
    "updateDeelname": Row(
        gedeeld="         2xx  403  403   403   403    404    403     401",
        vreemd="          404  403  403   403   404    2xx    403     401",
        body=json_body({"aandeel": 30}),
    ),
    # Only the municipality itself removes its participation (Renkum leads the party here).
    "deleteDeelname": Row(
        gedeeld="         2xx  403  403   403   403    404    403     401",
        vreemd="          404  403  403   403   404    2xx    403     401",
        resolvers={"deelname_id": removable_deelname_id},
    ),
    # A partner manages its own tokens; no other role has any here.
    "listEigenTokens": Row(PARTNER_ONLY),
    "createEigenToken": Row(PARTNER_ONLY, body=json_body({"omschrijving": "Matrix"})),
    "revokeEigenToken": Row(PARTNER_ONLY, resolvers={"token_id": own_token_id}),
    "listAuditGebeurtenissen": Row(BEHEERDERS),
}


# ---------------------------------------------------------------- what must not leak


async def _plant_role_holders(client: AsyncClient, demo: DemoIds, party: str, token: str) -> str:
    """Give a municipality's own deelname private role holders that are easy to spot."""
    owner = as_(token)
    rows = await client.get(f"/verbonden-partijen/{demo.party(party)}/deelnames", headers=owner)
    own = next(row["id"] for row in rows.json()["resultaten"] if row["eigen"])
    secret = f"geheim-{token}"
    planted = await client.patch(
        f"/deelnames/{own}",
        headers={**owner, "If-Match": "*"},
        json={"eigenaarsrolHouder": f"{secret}-eigenaar", "opdrachtgeversrolHouder": secret},
    )
    assert planted.status_code == 200, planted.text
    return secret


async def foundation_secrets(client: AsyncClient, demo: DemoIds) -> list[Secret]:
    arnhem = await _plant_role_holders(client, demo, "De Connectie", "beheerder-arnhem")
    diemen = await _plant_role_holders(client, demo, "Duo+", "beheerder-diemen")
    return [
        Secret(arnhem, ARNHEM),
        Secret(diemen, DIEMEN),
        Secret("Duo+", DIEMEN),
        Secret(str(demo.party("Duo+")), DIEMEN),
        Secret("lezer-arnhem@demo.example", frozenset({"beheerder"})),
        Secret("regievoerder-arnhem@demo.example", ARNHEM),
        Secret("regievoerder-diemen@demo.example", DIEMEN),
    ]


PLANTERS: list[Planter] = [foundation_secrets]

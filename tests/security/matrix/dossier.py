"""The access matrix of a party's dossier. Every participant lists the party's shared
documents and its own; a document of the scene owner's own (`eigen`) is read and written by
its municipality alone (Renkum gets 404); a partner is no municipal role (403). Writes are
the party's directors' (mt and lezer 403)."""

from httpx import AsyncClient

from tests.auth_headers import as_
from tests.conftest import DemoIds
from tests.dossier.bestanden import PDF
from tests.security.matrix.base import (
    ARNHEM,
    DIEMEN,
    OWN_DIRECTOR,
    OWN_READ,
    PARTY_DIRECTOR,
    PRIVATE_OF_PARTY,
    RENKUM,
    Body,
    Context,
    Planter,
    Resolver,
    Row,
    Secret,
    Upload,
    expect_status,
    json_body,
    unique,
)
from tests.security.matrix.foundation import party_id

OWN_LINK = {
    "soort": "werkinstructie",
    "titel": "Werkinstructie regie",
    "zichtbaarheid": "eigen",
    "link": "https://intranet.example/werkinstructie",
}

# ---------------------------------------------------------------- path parameters


async def stuk_id(ctx: Context) -> str:
    """A new private document (a link) of the scene's owner on the scene's party."""
    response = await ctx.client.post(
        f"/verbonden-partijen/{await party_id(ctx)}/dossierstukken",
        headers=ctx.owner,
        json={**OWN_LINK, "titel": unique("Werkinstructie")},
    )
    return str(expect_status(response, 201)["id"])


async def stuk_with_file(ctx: Context) -> str:
    """As `stuk_id`, with a stored file to download."""
    response = await ctx.client.post(
        f"/verbonden-partijen/{await party_id(ctx)}/dossierstukken",
        headers=ctx.owner,
        data={
            "soort": "overdrachtsdocument",
            "titel": unique("Overdracht"),
            "zichtbaarheid": "eigen",
        },
        files={"bestand": ("overdracht.pdf", PDF, "application/pdf")},
    )
    return str(expect_status(response, 201)["id"])


RESOLVERS: dict[str, Resolver] = {"stuk_id": stuk_id}

# ---------------------------------------------------------------- bodies


async def new_file(_: Context) -> Body:
    return Upload(PDF, "application/pdf", form_field="bestand", filename="nieuw.pdf")


# ---------------------------------------------------------------- the table

ROWS: dict[str, Row] = {
    "listDossierstukken": Row(*PRIVATE_OF_PARTY),
    "createDossierstuk": Row(*PARTY_DIRECTOR, body=json_body(OWN_LINK)),
    "getDossierstuk": Row(*OWN_READ),
    "updateDossierstuk": Row(*OWN_DIRECTOR, body=json_body({"titel": "Nieuwe titel"})),
    "deleteDossierstuk": Row(*OWN_DIRECTOR),
    "getDossierbestand": Row(*OWN_READ, resolvers={"stuk_id": stuk_with_file}),
    "putDossierbestand": Row(*OWN_DIRECTOR, body=new_file),
}

# ---------------------------------------------------------------- what must not leak


async def _document(
    client: AsyncClient, demo: DemoIds, party: str, token: str, titel: str, zichtbaarheid: str
) -> str:
    body = {**OWN_LINK, "titel": titel, "zichtbaarheid": zichtbaarheid}
    url = f"/verbonden-partijen/{demo.party(party)}/dossierstukken"
    return str(expect_status(await client.post(url, headers=as_(token), json=body), 201)["id"])


async def dossier_secrets(client: AsyncClient, demo: DemoIds) -> list[Secret]:
    planted = {
        ("De Connectie", "regievoerder-arnhem", "geheim-dossier-arnhem", "eigen"): ARNHEM,
        ("De Connectie", "beheerder-renkum", "geheim-dossier-renkum", "eigen"): RENKUM,
        ("Duo+", "beheerder-diemen", "geheim-dossier-diemen", "eigen"): DIEMEN,
        ("De Connectie", "beheerder-arnhem", "gedeeld-dossier-connectie", "gedeeld"): ARNHEM
        | RENKUM,
    }
    secrets = []
    for (party, token, titel, zichtbaarheid), seen_by in planted.items():
        found = await _document(client, demo, party, token, titel, zichtbaarheid)
        secrets += [Secret(titel, seen_by), Secret(found, seen_by)]
    return secrets


PLANTERS: list[Planter] = [dossier_secrets]

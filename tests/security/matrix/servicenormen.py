"""The access matrix of the catalogue and the service norms: shared data of a party, read by
everyone who sees it (the partner too: it reports against the norms), written by its
directors (a beheerder of a participant or the party's regievoerder), never by the partner."""

from httpx import AsyncClient

from tests.conftest import DemoIds
from tests.security.matrix.base import (
    DE_CONNECTIE,
    DIEMEN,
    PARTY_DIRECTOR,
    PARTY_READ,
    Body,
    Context,
    Planter,
    Resolver,
    Row,
    Secret,
    first_id,
    json_body,
    unique,
)
from tests.security.matrix.foundation import party_id

# ---------------------------------------------------------------- path parameters


async def norm_id(ctx: Context) -> str:
    """A norm of the scene's party (De Connectie or Duo+)."""
    return await first_id(ctx, f"/verbonden-partijen/{await party_id(ctx)}/servicenormen")


RESOLVERS: dict[str, Resolver] = {"norm_id": norm_id}

# ---------------------------------------------------------------- bodies


async def new_norm(_: Context) -> Body:
    return {
        "code": unique("MATRIX").replace(" ", "-"),
        "naam": "Toegangstest",
        "eenheid": "percentage",
        "richting": "hoger_is_beter",
        "doelwaarde": 90,
        "tolerantie": 5,
        "frequentie": "kwartaal",
        "geldigVanaf": "2026-01-01",
    }


async def new_dienst(_: Context) -> Body:
    return {"naam": unique("Matrixdienst")}


# ---------------------------------------------------------------- the table

ROWS: dict[str, Row] = {
    "listDiensten": Row(*PARTY_READ),
    "createDienst": Row(*PARTY_DIRECTOR, body=new_dienst),
    "listServicenormen": Row(*PARTY_READ),
    "createServicenorm": Row(*PARTY_DIRECTOR, body=new_norm),
    "getServicenorm": Row(*PARTY_READ),
    "updateServicenorm": Row(*PARTY_DIRECTOR, body=json_body({"toelichting": "Matrix"})),
}

# ---------------------------------------------------------------- what must not leak


async def norm_secrets(_: AsyncClient, __: DemoIds) -> list[Secret]:
    """The demo's norms: shared within their party, unknown outside it."""
    return [
        Secret("Incidenten binnen 8 uur opgelost", DE_CONNECTIE),
        Secret("Servicedesk en incidentafhandeling", DE_CONNECTIE),
        Secret("Telefoon binnen 30 seconden opgenomen", DIEMEN),
        Secret("Klantcontactcentrum", DIEMEN),
    ]


PLANTERS: list[Planter] = [norm_secrets]

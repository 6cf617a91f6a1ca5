"""The access matrix of the Wgr cycle: documents received and the regeling's own dates are
the regeling's, shared by its participants and written by its partner or directors; the
calendar is a municipal view of its own regelingen (no partner)."""

import itertools

from httpx import AsyncClient

from tests.auth_headers import as_
from tests.conftest import DemoIds
from tests.security.matrix.base import (
    DE_CONNECTIE,
    DIEMEN,
    MUNICIPAL,
    PARTY_READ,
    PARTY_SUPPLIER,
    Body,
    Context,
    Planter,
    Row,
    Secret,
    expect_status,
    json_body,
)

DOCUMENT = {"soort": "voorlopige_jaarrekening", "ontvangenOp": "2026-01-05"}
YEARS = itertools.count(2100)  # a document is unique per party, kind and year


async def document_body(_: Context) -> Body:
    return {**DOCUMENT, "jaar": next(YEARS)}


TERMIJNEN = {"termijnen": [{"moment": "vaststelling_begroting", "maand": 7, "dag": 3}]}

# ---------------------------------------------------------------- the table
# The calendar's `jaar` (a required query parameter) resolves in begrotingen.py.

ROWS: dict[str, Row] = {
    "listDocumenten": Row(*PARTY_READ),
    "createDocument": Row(*PARTY_SUPPLIER, body=document_body),
    "listWgrTermijnen": Row(*PARTY_READ),
    "replaceWgrTermijnen": Row(*PARTY_SUPPLIER, body=json_body(TERMIJNEN)),
    "getWgrKalender": Row(MUNICIPAL),
}

# ---------------------------------------------------------------- what must not leak


async def _own_date(client: AsyncClient, demo: DemoIds, party: str, token: str, text: str) -> None:
    body = {
        "termijnen": [
            {"moment": "vaststelling_begroting", "maand": 7, "dag": 1, "toelichting": text}
        ]
    }
    url = f"/verbonden-partijen/{demo.party(party)}/wgr-termijnen"
    headers = {**as_(token), "If-Match": "*"}
    expect_status(await client.put(url, headers=headers, json=body), 200)


async def wgr_secrets(client: AsyncClient, demo: DemoIds) -> list[Secret]:
    connectie, duo = "gedeeld-termijn-de-connectie", "geheim-termijn-duo"
    await _own_date(client, demo, "De Connectie", "partner-de-connectie", connectie)
    await _own_date(client, demo, "Duo+", "beheerder-diemen", duo)
    return [Secret(connectie, DE_CONNECTIE), Secret(duo, DIEMEN), Secret("Kadernota 2026", DIEMEN)]


PLANTERS: list[Planter] = [wgr_secrets]

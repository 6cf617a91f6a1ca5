"""The penvoerder rule as a table (API.md 1.1, issue 12): every participation and
partner-account operation on De Connectie, its own facts and its dossier's shared documents,
called by its penvoerder (Arnhem's beheerder), another participant (Renkum's), a municipality
outside it (Diemen's) and the party's partner.

The main matrix (test_access_matrix.py) covers every role on every operation; this one
covers the three kinds of municipality on the objects the penvoerder rule is about: another
municipality's participation, the shared partner account and the shared dossier documents.
Each cell gets its own copy of the demo database."""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import pytest
from httpx import AsyncClient

from tests.auth_headers import as_
from tests.conftest import DemoIds

CALLERS = {
    "penvoerder": as_("beheerder-arnhem"),
    "deelnemer": as_("beheerder-renkum"),
    "buitenstaander": as_("beheerder-diemen"),
    "partner": as_("partner-de-connectie"),
}
OWNER = as_("beheerder-arnhem")


@dataclass(frozen=True)
class Call:
    method: str
    path: str
    body: dict[str, Any] | None = None


Build = Callable[[AsyncClient, DemoIds], Awaitable[Call]]


async def renkums_deelname(client: AsyncClient, demo: DemoIds, naam: str = "Renkum") -> str:
    rows = await client.get(
        f"/verbonden-partijen/{demo.party('De Connectie')}/deelnames", headers=OWNER
    )
    return str(next(r["id"] for r in rows.json()["resultaten"] if r["organisatie"]["naam"] == naam))


def partner_account(demo: DemoIds) -> str:
    return f"/gebruikers/{demo.account('partner-de-connectie')}"


async def list_participations(client: AsyncClient, demo: DemoIds) -> Call:
    return Call("GET", f"/verbonden-partijen/{demo.party('De Connectie')}/deelnames")


async def read_renkums_participation(client: AsyncClient, demo: DemoIds) -> Call:
    return Call("GET", f"/deelnames/{await renkums_deelname(client, demo)}")


async def add_diemen(client: AsyncClient, demo: DemoIds) -> Call:
    body = {"organisatieId": str(demo.organisation("Diemen")), "aandeel": 1}
    return Call("POST", f"/verbonden-partijen/{demo.party('De Connectie')}/deelnames", body)


async def change_rhedens_share(client: AsyncClient, demo: DemoIds) -> Call:
    return Call(
        "PATCH", f"/deelnames/{await renkums_deelname(client, demo, 'Rheden')}", {"aandeel": 0}
    )


async def end_renkums_participation(client: AsyncClient, demo: DemoIds) -> Call:
    return Call(
        "PATCH", f"/deelnames/{await renkums_deelname(client, demo)}", {"einddatum": "2026-06-30"}
    )


async def remove_renkums_participation(client: AsyncClient, demo: DemoIds) -> Call:
    return Call("DELETE", f"/deelnames/{await renkums_deelname(client, demo)}")


async def hand_over_to_renkum(client: AsyncClient, demo: DemoIds) -> Call:
    body = {"penvoerderId": str(demo.organisation("Renkum"))}
    return Call("PATCH", f"/verbonden-partijen/{demo.party('De Connectie')}", body)


async def rename_the_party(client: AsyncClient, demo: DemoIds) -> Call:
    return Call(
        "PATCH", f"/verbonden-partijen/{demo.party('De Connectie')}", {"naam": "Andere naam"}
    )


async def create_partner_account(client: AsyncClient, demo: DemoIds) -> Call:
    body = {
        "naam": "Tweede systeem",
        "rol": "partner",
        "verbondenPartijId": str(demo.party("De Connectie")),
    }
    return Call("POST", "/gebruikers", body)


async def read_partner_account(client: AsyncClient, demo: DemoIds) -> Call:
    return Call("GET", partner_account(demo))


async def deactivate_partner(client: AsyncClient, demo: DemoIds) -> Call:
    return Call("PATCH", partner_account(demo), {"actief": False})


async def list_partner_tokens(client: AsyncClient, demo: DemoIds) -> Call:
    return Call("GET", f"{partner_account(demo)}/tokens")


async def issue_partner_token(client: AsyncClient, demo: DemoIds) -> Call:
    return Call("POST", f"{partner_account(demo)}/tokens", {"omschrijving": "Matrix"})


async def revoke_partner_token(client: AsyncClient, demo: DemoIds) -> Call:
    tokens = await client.get(f"{partner_account(demo)}/tokens", headers=OWNER)
    return Call("DELETE", f"{partner_account(demo)}/tokens/{tokens.json()['resultaten'][0]['id']}")


async def list_own_tokens(client: AsyncClient, demo: DemoIds) -> Call:
    return Call("GET", "/gebruikersprofiel/tokens")


async def issue_own_token(client: AsyncClient, demo: DemoIds) -> Call:
    return Call("POST", "/gebruikersprofiel/tokens", {"omschrijving": "Rotatie"})


async def revoke_own_token(client: AsyncClient, demo: DemoIds) -> Call:
    tokens = await client.get(f"{partner_account(demo)}/tokens", headers=OWNER)
    return Call("DELETE", f"/gebruikersprofiel/tokens/{tokens.json()['resultaten'][0]['id']}")


def dossier(demo: DemoIds) -> str:
    return f"/verbonden-partijen/{demo.party('De Connectie')}/dossierstukken"


async def shared_regeling(client: AsyncClient, demo: DemoIds) -> str:
    rows = await client.get(dossier(demo), headers=OWNER, params={"soort": "regeling"})
    return f"{dossier(demo)}/{rows.json()['resultaten'][0]['id']}"


async def add_shared_document(client: AsyncClient, demo: DemoIds) -> Call:
    body = {
        "soort": "dvo",
        "titel": "DVO 2027",
        "zichtbaarheid": "gedeeld",
        "link": "https://www.example.nl/dvo-2027.pdf",
    }
    return Call("POST", dossier(demo), body)


async def add_own_document(client: AsyncClient, demo: DemoIds) -> Call:
    body = {
        "soort": "werkinstructie",
        "titel": "Eigen werkinstructie",
        "zichtbaarheid": "eigen",
        "link": "https://intranet.example.nl/werkinstructie",
    }
    return Call("POST", dossier(demo), body)


async def read_shared_document(client: AsyncClient, demo: DemoIds) -> Call:
    return Call("GET", await shared_regeling(client, demo))


async def review_shared_document(client: AsyncClient, demo: DemoIds) -> Call:
    return Call("PATCH", await shared_regeling(client, demo), {"laatstBeoordeeldOp": "2026-12-01"})


async def remove_shared_document(client: AsyncClient, demo: DemoIds) -> Call:
    return Call("DELETE", await shared_regeling(client, demo))


# What each caller gets:      penvoerder deelnemer buitenstaander partner
TABLE: dict[str, tuple[Build, str]] = {
    "listDeelnames": (list_participations, "            2xx 2xx 404 403"),
    "getDeelname": (read_renkums_participation, "        2xx 2xx 404 403"),
    "createDeelname": (add_diemen, "                     2xx 403 404 403"),
    "updateDeelname shared facts": (change_rhedens_share, "2xx 403 404 403"),
    "updateDeelname own dates": (end_renkums_participation, "403 2xx 404 403"),
    "deleteDeelname": (remove_renkums_participation, "   403 2xx 404 403"),
    "updateVerbondenPartij penvoerderId": (hand_over_to_renkum, "2xx 403 404 403"),
    "updateVerbondenPartij facts": (rename_the_party, "      2xx 403 404 403"),
    "createGebruiker partner": (create_partner_account, "2xx 403 400 403"),
    "getGebruiker partner": (read_partner_account, "     2xx 2xx 404 403"),
    "updateGebruiker partner": (deactivate_partner, "    2xx 403 404 403"),
    "listTokens partner": (list_partner_tokens, "        2xx 2xx 404 403"),
    "createToken partner": (issue_partner_token, "       2xx 403 404 403"),
    "revokeToken partner": (revoke_partner_token, "      2xx 403 404 403"),
    "listEigenTokens": (list_own_tokens, "                403 403 403 2xx"),
    "createEigenToken": (issue_own_token, "               403 403 403 2xx"),
    "revokeEigenToken": (revoke_own_token, "              403 403 403 2xx"),
    "createDossierstuk gedeeld": (add_shared_document, " 2xx 403 404 403"),
    "createDossierstuk eigen": (add_own_document, "      2xx 2xx 404 403"),
    "getDossierstuk gedeeld": (read_shared_document, "   2xx 2xx 404 403"),
    "updateDossierstuk gedeeld": (review_shared_document, "2xx 403 404 403"),
    "deleteDossierstuk gedeeld": (remove_shared_document, "2xx 403 404 403"),
}
CELLS = [
    (operation, caller, cells.split()[column])
    for operation, (_, cells) in TABLE.items()
    for column, caller in enumerate(CALLERS)
]


@pytest.mark.parametrize(("operation", "caller", "expected"), CELLS)
async def test_penvoerder_rule(
    client: AsyncClient, demo: DemoIds, operation: str, caller: str, expected: str
) -> None:
    build, _ = TABLE[operation]
    call = await build(client, demo)

    response = await client.request(
        call.method,
        call.path,
        json=call.body,
        headers={**CALLERS[caller], "If-Match": "*"},
    )

    got = "2xx" if response.is_success else str(response.status_code)
    assert got == expected, f"{operation} as {caller}: {response.status_code} {response.text}"

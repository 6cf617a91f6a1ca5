"""A real answer of every operation on the demo data, for the examples of the OpenAPI document.

The access matrix (`tests/security/matrix/`) already knows how to call every operation: the
ids of its path parameters, its body, its headers and who may call it. An operation's real
answer is its request as the first caller whose cell on the shared party (De Connectie) is
`2xx`, on a fresh copy of the demo database. `make_examples.py` writes these answers into
`app/openapi_voorbeelden.py`; `test_openapi_examples.py` checks the examples against them.
"""

from typing import Any

import httpx

from tests.auth_headers import as_
from tests.conftest import DemoIds
from tests.security.matrix.base import CALLERS, HEADERS, Body, Context, expect_status
from tests.security.test_access_matrix import MATRIX, OPERATIONS, build_request

EXAMPLE_HOST = "https://vpmonitor.example.nl"
ITEMS_SHOWN = 2  # lists in examples are cut to this many items
# Operations the document shows no example of, because the NL API Design Rules linter
# (spectral 6) cannot read it: the index's `_links.openapi` it takes for the document's own
# `openapi` field; a token's `ingetrokkenOp: null` crashes its JSONPath
# `$.paths..[?(@property.match(/(get)|(delete)/) && @.parameters)]` ("ingetrokken" holds
# "get"). `test_every_example_is_one_the_linter_reads` keeps the others clear of both.
WITHOUT_EXAMPLE = frozenset(
    {"getApiIndex", "listEigenTokens", "createEigenToken", "listTokens", "createToken"}
)

# The demo's audit trail holds only its tokens: show the party's own edits instead. The
# overview shows De Connectie, whose red key ratio fills `kengetallenRood` (a null there is
# what the linter cannot read, see WITHOUT_EXAMPLE).
QUERIES = {
    "listAuditGebeurtenissen": {"entiteit": "verbonden_partij"},
    "getDashboard": {"zoek": "Connectie"},
}

# Bodies a reader would send, where the access matrix's say "Matrix".
BODIES: dict[str, Body] = {
    "createEigenToken": {"omschrijving": "Koppeling financieel systeem 2027"},
    "createToken": {"omschrijving": "Power BI-rapportage concerncontrol"},
    "createGebruiker": {
        "naam": "Fatima el Amrani",
        "email": "f.elamrani@arnhem.example",
        "rol": "regievoerder",
    },
    "createOrganisatie": {"naam": "Provincie Gelderland", "soort": "provincie"},
    "createVerbondenPartij": {
        "naam": "Omgevingsdienst Regio Arnhem",
        "vestigingsplaats": "Arnhem",
        "bbvCategorie": "gemeenschappelijke_regeling",
        "rechtsvorm": "openbaar_lichaam",
        "openbaarBelang": "Vergunningverlening, toezicht en handhaving op het gebied van "
        "milieu voor de deelnemende gemeenten en de provincie.",
    },
    "createDienst": {"naam": "Servicedesk"},
    "createServicenorm": {
        "code": "TEL-30S",
        "naam": "Telefoon binnen 30 seconden opgenomen",
        "eenheid": "percentage",
        "richting": "hoger_is_beter",
        "doelwaarde": 90,
        "tolerantie": 5,
        "frequentie": "kwartaal",
        "geldigVanaf": "2026-01-01",
    },
    "updateServicenorm": {"toelichting": "Doelwaarde verhoogd na het bestuurlijk overleg."},
    "updateVoortgangsrapportage": {
        "dienstverlening": "De servicedesk haalt de norm weer sinds de extra bezetting."
    },
    "goedkeurenVoortgangsrapportage": {"toelichting": "Akkoord; agenderen voor het MT."},
    "terugsturenVoortgangsrapportage": {
        "toelichting": "Graag de afwijking op de exploitatie toelichten met bedragen."
    },
}


def json_operations(document: dict[str, Any]) -> dict[str, list[str]]:
    """operationId → the 2xx statuses that answer `application/json`, in document order."""
    found: dict[str, list[str]] = {}
    for item in document["paths"].values():
        for method, operation in item.items():
            if method not in {"get", "post", "put", "patch", "delete"}:
                continue
            statuses = [
                status
                for status, response in operation["responses"].items()
                if status.startswith("2") and "application/json" in response.get("content", {})
            ]
            if statuses:
                found[operation["operationId"]] = statuses
    return found


def caller_of(operation_id: str) -> str:
    """The first caller the access matrix lets succeed on the shared party."""
    cells = MATRIX.rows[operation_id].expected("gedeeld")
    return next(caller for caller in CALLERS if cells[caller] == "2xx")


async def real_answer(operation_id: str, client: httpx.AsyncClient, demo: DemoIds) -> Any:
    """The JSON the operation answers on the demo data (a page of ITEMS_SHOWN items)."""
    operation = OPERATIONS[operation_id]
    caller = caller_of(operation_id)
    if "Voortgangsrapportage" in operation_id:
        await write_status_reports(client, demo)
    if operation_id == "listAuditGebeurtenissen":
        await edit_the_party(client, demo)
    request = await build_request(
        operation, Context("gedeeld", demo, client), caller, HEADERS[caller]
    )
    if operation_id in BODIES:
        headers = {
            name: value
            for name, value in request.headers.items()
            if name not in {"content-length", "content-type"}
        }
        request = client.build_request(
            request.method, request.url, headers=headers, json=BODIES[operation_id]
        )
    if any(parameter["name"] == "pageSize" for parameter in operation.parameters):
        request.url = request.url.copy_merge_params({"pageSize": ITEMS_SHOWN})
    request.url = request.url.copy_merge_params(QUERIES.get(operation_id, {}))
    response = await client.send(request)
    assert response.is_success, (
        f"{operation_id} as {caller}: {response.status_code} {response.text}"
    )
    return response.json()


def as_example(answer: Any) -> Any:
    """The answer as an example: lists cut to ITEMS_SHOWN items, links on the example host."""
    if isinstance(answer, dict):
        return {key: as_example(value) for key, value in answer.items()}
    if isinstance(answer, list):
        return [as_example(value) for value in answer[:ITEMS_SHOWN]]
    if isinstance(answer, str) and answer.startswith("http://testserver/"):
        return EXAMPLE_HOST + answer.removeprefix("http://testserver")
    return answer


REPORT = {
    "aspecten": {
        "voortgang": {
            "oordeel": "=",
            "toelichting": "De harmonisatie van de werkplekken ligt op schema.",
        },
        "financien": {
            "oordeel": "-",
            "toelichting": "Hogere licentiekosten; de bijdrage stijgt in 2027.",
        },
    },
    "afwijkingBegroting": {"toelichting": "Licentiekosten Microsoft 4% hoger dan begroot."},
    "afwijkingInvestering": {"toelichting": "Vervanging netwerk schuift naar 2027."},
    "afwijkingExploitatie": {"toelichting": "Inhuur voor de servicedesk in het derde kwartaal."},
    "afwijkingTotaalplanning": {"toelichting": "Migratie zaaksysteem drie maanden later."},
    "portefeuillehouder": "Wethouder bedrijfsvoering",
    "projectfase": "Uitvoering",
    "besluitvorming": "Het MT wordt gevraagd in te stemmen met de zienswijze op de begroting.",
    "overigeInformatie": "De directeur van De Connectie vertrekt per 1 april.",
    "dienstverlening": "De servicedesk haalde in het derde kwartaal 97,8% binnen 8 uur.",
}


async def write_status_reports(client: httpx.AsyncClient, demo: DemoIds) -> None:
    """Arnhem's regievoerder writes a draft on De Connectie for 2026-H1 and submits one for
    2025-H1, as the access matrix's planter does, with what a regievoerder would write."""
    headers = as_("regievoerder-arnhem")
    for periode in ("2025-H1", "2026-H1"):
        body = {"verbondenPartijId": str(demo.party("De Connectie")), "periode": periode}
        created = expect_status(
            await client.post("/voortgangsrapportages", headers=headers, json=body), 201
        )
        url = f"/voortgangsrapportages/{created['id']}"
        etag = (await client.get(url, headers=headers)).headers["etag"]
        edited = await client.patch(url, headers={**headers, "If-Match": etag}, json=REPORT)
        expect_status(edited, 200)
        if periode == "2025-H1":
            submitted = await client.post(
                f"{url}/_indienen", headers={**headers, "If-Match": edited.headers["etag"]}
            )
            expect_status(submitted, 200)


async def edit_the_party(client: httpx.AsyncClient, demo: DemoIds) -> None:
    """Arnhem's regievoerder raises De Connectie's monitoring level, then explains why."""
    url = f"/verbonden-partijen/{demo.party('De Connectie')}"
    headers = as_("regievoerder-arnhem")
    for change in (
        {"monitoringsniveau": 2},
        {"toelichting": "Intensiever gevolgd na de overschrijding van de begroting 2026."},
    ):
        etag = (await client.get(url, headers=headers)).headers["etag"]
        edited = await client.patch(url, headers={**headers, "If-Match": etag}, json=change)
        expect_status(edited, 200)

"""The access matrix of semiannual status reports: a municipality's own (DOMAIN.md: private
to it). Its four roles read every one of them (a regievoerder too, also of parties not
assigned to them: the domain's decision); only a regievoerder assigned to the party writes
and submits (API.md: a draft is editable only by a regievoerder of that party in that
municipality); only the MT approves or returns. Another municipality gets 404 on a report,
also one that shares the party; a partner 403.

`gedeeld` reports are Arnhem's on De Connectie, `vreemd` ones Diemen's on Duo+. The planter
gives each municipality a draft (Renkum too, on the shared party) and Arnhem a submitted
report besides the demo's approved one; Diemen's demo report is submitted."""

from typing import Any

from httpx import AsyncClient

from tests.auth_headers import as_
from tests.conftest import DemoIds
from tests.security.matrix.base import (
    ARNHEM,
    DIEMEN,
    MUNICIPAL,
    OWN_READ,
    RENKUM,
    Body,
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
# `report_id` is also the partner reports' parameter: each row names its own resolver.


def owners_report(status: str) -> Resolver:
    async def resolve(ctx: Context) -> str:
        return await first_id(ctx, f"/voortgangsrapportages?status={status}")

    return resolve


DRAFT = {"report_id": owners_report("concept")}
SUBMITTED = {"report_id": owners_report("ingediend")}

# ---------------------------------------------------------------- bodies


async def new_report(ctx: Context) -> Body:
    """A draft of the scene's party: for Arnhem's regievoerder, Duo+ is a bad field (400)."""
    return {"verbondenPartijId": await party_id(ctx), "periode": "2026-H2"}


# ---------------------------------------------------------------- the table
#                                beh  mt   regie lezer renkum diemen partner anoniem
CREATE = (
    "                            403  403  2xx   403   403    403    403     401",
    "                            403  403  400   403   403    403    403     401",
)
# The role is checked first: a beheerder or MT never writes a status report, its own neither.
AUTHOR = (
    "                            403  403  2xx   403   403    403    403     401",
    "                            403  403  404   403   403    403    403     401",
)
MT_DECISION = (
    "                            403  2xx  403   403   403    403    403     401",
    "                            403  404  403   403   403    403    403     401",
)
DECISION = json_body({"toelichting": "Matrix"})

ROWS: dict[str, Row] = {
    "listVoortgangsrapportages": Row(MUNICIPAL),
    "createVoortgangsrapportage": Row(*CREATE, body=new_report),
    "getVoortgangsrapportage": Row(*OWN_READ, resolvers=SUBMITTED),
    "listVoortgangsrapportageVersies": Row(*OWN_READ, resolvers=SUBMITTED),
    "updateVoortgangsrapportage": Row(
        *AUTHOR, body=json_body({"dienstverlening": "Matrix"}), resolvers=DRAFT
    ),
    "indienenVoortgangsrapportage": Row(*AUTHOR, resolvers=DRAFT),
    "goedkeurenVoortgangsrapportage": Row(*MT_DECISION, body=DECISION, resolvers=SUBMITTED),
    "terugsturenVoortgangsrapportage": Row(*MT_DECISION, body=DECISION, resolvers=SUBMITTED),
}

# ---------------------------------------------------------------- what must not leak


def _content(secret: str) -> dict[str, Any]:
    """Rated and explained, so it can be submitted whatever the prefill flagged."""
    explained = {"toelichting": f"{secret}-afwijking"}
    return {
        "aspecten": {"voortgang": {"oordeel": "=", "toelichting": secret}},
        "afwijkingBegroting": explained,
        "afwijkingInvestering": explained,
        "afwijkingExploitatie": explained,
        "afwijkingTotaalplanning": explained,
        "portefeuillehouder": f"{secret}-portefeuillehouder",
        "projectfase": f"{secret}-projectfase",
        "besluitvorming": f"{secret}-besluitvorming",
        "overigeInformatie": f"{secret}-overige-informatie",
        "dienstverlening": f"{secret}-dienstverlening",
    }


async def _draft(
    client: AsyncClient, demo: DemoIds, party: str, token: str, periode: str, secret: str
) -> dict[str, Any]:
    headers = as_(token)
    body = {"verbondenPartijId": str(demo.party(party)), "periode": periode}
    created = await client.post("/voortgangsrapportages", headers=headers, json=body)
    expect_status(created, 201)
    url = f"/voortgangsrapportages/{created.json()['id']}"
    edited = await client.patch(
        url, headers={**headers, "If-Match": created.headers["etag"]}, json=_content(secret)
    )
    expect_status(edited, 200)
    return {"id": created.json()["id"], "etag": edited.headers["etag"]}


async def report_secrets(client: AsyncClient, demo: DemoIds) -> list[Secret]:
    drafts = {
        ("De Connectie", "regievoerder-arnhem", "2026-H1", "geheim-voortgang-arnhem"): ARNHEM,
        ("De Connectie", "regievoerder-renkum", "2026-H1", "geheim-voortgang-renkum"): RENKUM,
        ("Duo+", "regievoerder-diemen", "2026-H1", "geheim-voortgang-diemen"): DIEMEN,
        ("De Connectie", "regievoerder-arnhem", "2025-H1", "geheim-ingediend-arnhem"): ARNHEM,
    }
    secrets, report = [], {}
    for (party, token, periode, secret), seen_by in drafts.items():
        report = await _draft(client, demo, party, token, periode, secret)
        secrets += [Secret(secret, seen_by), Secret(str(report["id"]), seen_by)]
    # The last one, Arnhem's 2025-H1, goes to the MT.
    submitted = await client.post(
        f"/voortgangsrapportages/{report['id']}/_indienen",
        headers={**as_("regievoerder-arnhem"), "If-Match": report["etag"]},
    )
    expect_status(submitted, 200)
    return secrets


PLANTERS: list[Planter] = [report_secrets]

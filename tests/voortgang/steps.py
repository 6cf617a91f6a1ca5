"""The steps of the status-report process, as the demo accounts take them over HTTP."""

from typing import Any

from httpx import AsyncClient, Response

from tests.auth_headers import MT_ARNHEM, REGIEVOERDER_ARNHEM
from tests.conftest import DemoIds

DE_CONNECTIE = "De Connectie"
OP_KOERS = {"oordeel": "=", "toelichting": "Op koers."}


def etag(response: Response) -> dict[str, str]:
    return {"If-Match": response.headers["etag"]}


async def open_round(
    client: AsyncClient, periode: str, deadline: str, headers: dict[str, str] = MT_ARNHEM
) -> Response:
    body = {"periode": periode, "deadline": deadline}
    return await client.post("/rapportagerondes", headers=headers, json=body)


async def draft(
    client: AsyncClient,
    demo: DemoIds,
    periode: str = "2026-H1",
    party: str = DE_CONNECTIE,
    headers: dict[str, str] = REGIEVOERDER_ARNHEM,
) -> Response:
    body = {"verbondenPartijId": str(demo.party(party)), "periode": periode}
    return await client.post("/voortgangsrapportages", headers=headers, json=body)


async def edit(
    client: AsyncClient,
    report: Response,
    body: dict[str, Any],
    headers: dict[str, str] = REGIEVOERDER_ARNHEM,
) -> Response:
    url = f"/voortgangsrapportages/{report.json()['id']}"
    return await client.patch(url, headers={**headers, **etag(report)}, json=body)


async def act(
    client: AsyncClient,
    report: Response,
    action: str,
    headers: dict[str, str],
    body: dict[str, Any] | None = None,
) -> Response:
    """`_indienen`, `_goedkeuren` or `_terugsturen`, with the ETag of `report`."""
    url = f"/voortgangsrapportages/{report.json()['id']}/_{action}"
    return await client.post(url, headers={**headers, **etag(report)}, json=body)


async def rated_draft(client: AsyncClient, demo: DemoIds, periode: str = "2026-H1") -> Response:
    """A draft of De Connectie (Arnhem) that can be submitted."""
    created = await draft(client, demo, periode)
    return await edit(client, created, {"aspecten": {"voortgang": OP_KOERS}})


async def submitted(client: AsyncClient, demo: DemoIds, periode: str = "2026-H1") -> Response:
    """A report of De Connectie (Arnhem) waiting for the MT."""
    return await act(
        client, await rated_draft(client, demo, periode), "indienen", REGIEVOERDER_ARNHEM
    )

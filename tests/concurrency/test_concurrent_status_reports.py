"""One status report, edited or moved through its workflow by two requests at once on two
worker processes with the same ETag: exactly one wins, and nothing the winner wrote is lost."""

import httpx
import pytest

from tests.auth_headers import MT_ARNHEM, REGIEVOERDER_ARNHEM
from tests.concurrency.harness import Call, one_winner, race
from tests.conftest import DemoIds
from tests.live_server import LiveServer
from tests.voortgang.steps import rated_draft, submitted

pytestmark = pytest.mark.postgres_only
ROUNDS = 3


async def test_concurrent_edits_of_a_status_report_with_one_etag_have_one_winner(
    two_workers: LiveServer, demo: DemoIds
) -> None:
    async with httpx.AsyncClient(base_url=two_workers.base_url) as client:
        report = await rated_draft(client, demo)
        url = f"/voortgangsrapportages/{report.json()['id']}"
        for round_ in range(ROUNDS):
            read = await client.get(url, headers=REGIEVOERDER_ARNHEM)
            headers = {**REGIEVOERDER_ARNHEM, "If-Match": read.headers["etag"]}
            calls = [
                Call("PATCH", url, headers, {"samenvatting": f"{name} {round_}"})
                for name in ("Eerste", "Tweede")
            ]

            responses = await race(two_workers, calls)

            winner = one_winner(responses, won=200, lost=frozenset({412}))
            stored = await client.get(url, headers=MT_ARNHEM)
            assert stored.json()["samenvatting"] == winner.json()["samenvatting"]
            assert stored.json()["versie"] == read.json()["versie"] + 1
            assert stored.headers["etag"] == winner.headers["etag"]


async def test_approving_and_returning_at_once_with_one_etag_has_one_winner(
    two_workers: LiveServer, demo: DemoIds
) -> None:
    async with httpx.AsyncClient(base_url=two_workers.base_url) as client:
        for periode in ("2026-H1", "2025-H1", "2024-H2"):
            report = await submitted(client, demo, periode)
            assert report.status_code == 200, report.text
            url = f"/voortgangsrapportages/{report.json()['id']}"
            headers = {**MT_ARNHEM, "If-Match": report.headers["etag"]}
            calls = [
                Call("POST", f"{url}/_goedkeuren", headers),
                Call("POST", f"{url}/_terugsturen", headers, {"toelichting": "Graag de risico's."}),
            ]

            responses = await race(two_workers, calls)

            # The loser sees the stale ETag (412) or the state already moved on (409).
            winner = one_winner(responses, won=200, lost=frozenset({409, 412}))
            stored = (await client.get(url, headers=MT_ARNHEM)).json()
            assert stored["status"] == winner.json()["status"]
            assert stored["status"] in {"goedgekeurd", "teruggestuurd"}
            assert [step["actie"] for step in stored["historie"]] == [
                "indienen",
                "goedkeuren" if stored["status"] == "goedgekeurd" else "terugsturen",
            ]
            assert stored["versie"] == report.json()["versie"] + 1

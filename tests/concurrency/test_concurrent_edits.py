"""Concurrent edits with the same ETag across worker processes: one wins, none is lost."""

import httpx
import pytest

from tests.auth_headers import BEHEERDER_ARNHEM, REGIEVOERDER_ARNHEM
from tests.concurrency.harness import Call, one_winner, race
from tests.conftest import DemoIds
from tests.live_server import LiveServer

pytestmark = pytest.mark.postgres_only
ROUNDS = 5
# Two people of the penvoerder who may both change De Connectie's facts.
EDITORS = (("beheerder", BEHEERDER_ARNHEM), ("regievoerder", REGIEVOERDER_ARNHEM))


async def test_concurrent_party_edits_with_one_etag_have_exactly_one_winner(
    two_workers: LiveServer, demo: DemoIds
) -> None:
    path = f"/verbonden-partijen/{demo.party('De Connectie')}"
    async with httpx.AsyncClient(base_url=two_workers.base_url) as client:
        for round_ in range(ROUNDS):
            etag = (await client.get(path, headers=BEHEERDER_ARNHEM)).headers["etag"]
            calls = [
                Call("PATCH", path, {**who, "If-Match": etag}, {"toelichting": f"{name} {round_}"})
                for name, who in EDITORS
            ]

            responses = await race(two_workers, calls)

            winner = one_winner(responses, won=200, lost=frozenset({412}))
            stored = await client.get(path, headers=BEHEERDER_ARNHEM)
            assert stored.json()["toelichting"] == winner.json()["toelichting"]
            assert stored.headers["etag"] == winner.headers["etag"]
            assert int(stored.json()["versie"]) == int(etag.strip('"')) + 1

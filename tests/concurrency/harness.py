"""Racing requests against two worker processes of the app on one PostgreSQL database.

`race(server, [request, request, ...])` sends every request at the same moment, each on its
own connection (so the kernel may hand them to different workers), and returns the responses
in the order given. `one_winner(responses, ...)` checks that exactly one of them won.

To race another write (a partner push with one Idempotency-Key, an edit of one status report
with one ETag, a workflow transition), build its requests with `Call` and assert with
`one_winner`: see test_concurrent_edits.py.
"""

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.live_server import LiveServer


@dataclass(frozen=True)
class Call:
    method: str
    path: str
    headers: dict[str, str]
    json: Any = None
    extra: dict[str, Any] = field(default_factory=dict)


async def race(server: LiveServer, calls: Sequence[Call]) -> list[httpx.Response]:
    """Send the calls together, one connection each, released by one barrier."""
    clients = [httpx.AsyncClient(base_url=server.base_url, timeout=30) for _ in calls]
    start = asyncio.Event()

    async def send(client: httpx.AsyncClient, call: Call) -> httpx.Response:
        await start.wait()
        return await client.request(
            call.method, call.path, headers=call.headers, json=call.json, **call.extra
        )

    try:
        # Open each connection first, so the requests leave together when the barrier lifts.
        await asyncio.gather(*(client.get("/health") for client in clients))
        tasks = [
            asyncio.create_task(send(client, call))
            for client, call in zip(clients, calls, strict=True)
        ]
        await asyncio.sleep(0)
        start.set()
        return list(await asyncio.gather(*tasks))
    finally:
        await asyncio.gather(*(client.aclose() for client in clients))


def one_winner(
    responses: Sequence[httpx.Response], *, won: int, lost: frozenset[int]
) -> httpx.Response:
    """Exactly one response has status `won`; every other one has a status in `lost`."""
    statuses = [response.status_code for response in responses]
    winners = [response for response in responses if response.status_code == won]
    assert len(winners) == 1, f"expected exactly one {won}, got {statuses}"
    assert all(s == won or s in lost for s in statuses), f"unexpected statuses {statuses}"
    return winners[0]

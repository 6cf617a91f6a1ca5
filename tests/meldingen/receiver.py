"""A real HTTP receiver of webhooks on a free loopback port (uvicorn in the test's loop),
checking each delivery's Standard Webhooks signature."""

import asyncio
import json
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import uvicorn
from standardwebhooks.webhooks import Webhook

from tests.live_server import free_port


@dataclass(frozen=True)
class Ontvangen:
    headers: dict[str, str]
    body: bytes

    @property
    def json(self) -> dict[str, Any]:
        result: dict[str, Any] = json.loads(self.body)
        return result

    @property
    def webhook_id(self) -> str:
        return self.headers["webhook-id"]

    def signature_is_valid(self, secret: str) -> bool:
        """The Standard Webhooks algorithm, recomputed over the body as received."""
        expected = Webhook(secret).sign(
            self.webhook_id,
            datetime.fromtimestamp(int(self.headers["webhook-timestamp"])).astimezone(),
            self.body,
        )
        return expected in self.headers["webhook-signature"].split(" ")


@dataclass
class Receiver:
    """Answers each POST with the next planned status (200 once the plan is used up)."""

    port: int
    plan: deque[int] = field(default_factory=deque)
    delay_seconds: float = 0.0
    redirect_to: str | None = None
    received: list[Ontvangen] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hook"

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        self.received.append(Ontvangen(headers, body))
        if self.delay_seconds:
            await asyncio.sleep(self.delay_seconds)
        status = self.plan.popleft() if self.plan else 200
        extra = []
        if self.redirect_to:
            status, extra = 302, [(b"location", self.redirect_to.encode())]
        await send({"type": "http.response.start", "status": status, "headers": extra})
        await send({"type": "http.response.body", "body": b""})


@asynccontextmanager
async def running_receiver(port: int | None = None) -> AsyncIterator[Receiver]:
    receiver = Receiver(port or free_port())
    config = uvicorn.Config(
        receiver, host="127.0.0.1", port=receiver.port, log_level="warning", lifespan="off"
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    while not server.started:  # noqa: ASYNC110 - uvicorn offers no event for it
        await asyncio.sleep(0.01)
    try:
        yield receiver
    finally:
        server.should_exit = True
        await task

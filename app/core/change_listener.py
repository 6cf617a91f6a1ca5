"""One PostgreSQL connection per worker that LISTENs for the writes of every process.

The notifications come from database triggers (migration 0007): a payload of a party (or `-`)
followed by the municipalities a write may touch (`*`: all of them), or `toegang` for a
change to an account or a token. Each is noted in the worker's `Changes`. When the
connection is lost, the worker stops trusting its caches at once (`Changes.disconnected`)
and reconnects with a growing pause; a ping every few seconds notices a connection that
died without a word.
"""

import asyncio
import contextlib
import uuid
from typing import Any

import asyncpg
import structlog
from sqlalchemy.engine import make_url

from app.core.changes import Changes

CHANNEL = "vpm_wijzigingen"
ACCESS = "toegang"
NO_PARTY = "-"
EVERY_MUNICIPALITY = "*"  # a party with more participants than one notification can name
APPLICATION_NAME = "vpmonitor-listener"

log = structlog.get_logger("vpmonitor.changes")


def plain_dsn(database_url: str) -> str:
    """The URL asyncpg itself accepts (no `+asyncpg` driver suffix)."""
    return make_url(database_url).set(drivername="postgresql").render_as_string(False)


def apply(changes: Changes, payload: str) -> None:
    """Note one notification's payload."""
    if payload == ACCESS:
        changes.note_access_change()
        return
    party, *municipalities = payload.split()
    if municipalities == [EVERY_MUNICIPALITY]:
        changes.note_everything()
        return
    changes.note(
        {uuid.UUID(municipality) for municipality in municipalities},
        None if party == NO_PARTY else uuid.UUID(party),
    )


class ChangeListener:
    def __init__(
        self,
        database_url: str,
        changes: Changes,
        *,
        connect_timeout: float = 3.0,
        ping_seconds: float = 5.0,
        max_pause_seconds: float = 5.0,
    ) -> None:
        self.dsn = plain_dsn(database_url)
        self.changes = changes
        self.connect_timeout = connect_timeout
        self.ping_seconds = ping_seconds
        self.max_pause = max_pause_seconds
        self._task: asyncio.Task[None] | None = None
        self._connected = asyncio.Event()

    async def start(self, wait_seconds: float = 2.0) -> None:
        """Start listening; wait a moment for the first connection (the app serves anyway)."""
        self._task = asyncio.create_task(self._run(), name="change-listener")
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(wait_seconds):
                await self._connected.wait()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self.changes.disconnected()

    async def _run(self) -> None:
        pause = 0.1
        while True:
            try:
                await self._listen()
            except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError) as error:
                log.warning("change_listener_lost", error=type(error).__name__)
            except Exception:
                # Whatever it was, keep trying: meanwhile the caches check stamps instead.
                log.exception("change_listener_failed")
            self.changes.disconnected()
            await asyncio.sleep(pause)
            pause = min(pause * 2, self.max_pause)

    async def _listen(self) -> None:
        connection = await asyncpg.connect(
            self.dsn,
            timeout=self.connect_timeout,
            server_settings={"application_name": APPLICATION_NAME},
        )
        lost = asyncio.Event()
        connection.add_termination_listener(lambda _: lost.set())
        try:
            await connection.add_listener(CHANNEL, self._on_notification)
            self.changes.connected()
            self._connected.set()
            while True:
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(self.ping_seconds):
                        await lost.wait()
                if lost.is_set():
                    raise ConnectionError("the listening connection was closed")
                await connection.fetchval("SELECT 1", timeout=self.connect_timeout)
        finally:
            self.changes.disconnected()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(connection.close(), self.connect_timeout)

    def _on_notification(self, _: Any, __: int, channel: str, payload: str) -> None:
        try:
            apply(self.changes, payload)
        except ValueError:
            log.warning("change_notification_unreadable", payload=payload[:200])

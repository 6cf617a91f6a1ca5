"""Fixtures of the notification tests: the app allowed to call loopback receivers, a real
SMTP server (aiosmtpd), a webhook receiver, and a worker with an injected clock."""

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from fastapi import FastAPI

from app.config import Settings
from app.main import create_app
from app.meldingen.worker import Worker
from tests.databases import settings_for
from tests.live_server import free_port
from tests.meldingen.receiver import Receiver, running_receiver


@dataclass
class Mailbox:
    """What the SMTP server received: one message per recipient."""

    messages: list[EmailMessage] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        for _ in envelope.rcpt_tos:
            message = message_from_bytes(envelope.content, policy=policy.default)
            self.messages.append(message)  # type: ignore[arg-type]
        return "250 OK"

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if m["To"] == address]

    @staticmethod
    def text(message: EmailMessage) -> str:
        part = message.get_body(preferencelist=("plain",))
        assert part is not None
        return str(part.get_content())

    @staticmethod
    def html(message: EmailMessage) -> str:
        part = message.get_body(preferencelist=("html",))
        assert part is not None
        return str(part.get_content())


@pytest.fixture
def smtp() -> Iterator[tuple[Mailbox, int]]:
    mailbox, port = Mailbox(), free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield mailbox, port
    controller.stop()


@pytest.fixture
def mailbox(smtp: tuple[Mailbox, int]) -> Mailbox:
    return smtp[0]


@pytest.fixture
def meldingen_settings(database_url: str, smtp: tuple[Mailbox, int]) -> Settings:
    return settings_for(database_url).model_copy(
        update={
            "webhook_allowed_hosts": ["127.0.0.1"],
            "webhook_timeout_seconds": 2.0,
            "smtp_host": "127.0.0.1",
            "smtp_port": smtp[1],
            "smtp_starttls": False,
            "public_url": "https://vpmonitor.example.nl",
            "digest_hour": 0,
        }
    )


@pytest.fixture
async def app(meldingen_settings: Settings) -> AsyncIterator[FastAPI]:
    application = create_app(meldingen_settings)
    async with application.router.lifespan_context(application):
        yield application


async def no_dns(host: str, port: int) -> list[str]:
    """Tests send only to allowed loopback hosts, or resolve through their own resolver: a
    name lookup here would leave the machine (the DNS server is not on loopback)."""
    raise AssertionError(f"a test tried to resolve {host}")


class Clock:
    """Time that moves only when told to."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime.now(UTC))


@pytest.fixture
async def worker(app: FastAPI, meldingen_settings: Settings, clock: Clock) -> AsyncIterator[Worker]:
    running = Worker(
        app.state.sessionmaker, meldingen_settings, clock=clock, jitter=lambda: 0.0, resolver=no_dns
    )
    yield running
    await running.aclose()


@pytest.fixture
async def receiver() -> AsyncIterator[Receiver]:
    async with running_receiver() as running:
        yield running

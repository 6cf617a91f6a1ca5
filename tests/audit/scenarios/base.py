"""A write operation, ready to send, and the audit entity it must leave behind.

Scenarios act as an Arnhem account or as the partner of De Connectie, so that Arnhem's
beheerder can read the event they leave.
"""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from httpx import AsyncClient

from tests.conftest import DemoIds


@dataclass(frozen=True)
class Write:
    method: str
    url: str
    body: dict[str, Any] | None
    headers: dict[str, str]
    entiteit: str
    content: bytes | None = None  # a file sent as the body (imports), instead of `body`


Scenario = Callable[[AsyncClient, DemoIds], Awaitable[Write]]

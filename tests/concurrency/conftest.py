"""Two uvicorn worker processes of the app on the test's own copy of the demo database."""

from collections.abc import Iterator

import pytest

from tests.live_server import LiveServer, live_server


@pytest.fixture
def two_workers(database_url: str) -> Iterator[LiveServer]:
    with live_server(database_url, workers=2) as server:
        yield server

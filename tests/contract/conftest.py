from typing import Any

import pytest

from app.main import create_app
from tests.databases import settings_for


@pytest.fixture(scope="session")
def openapi() -> dict[str, Any]:
    """The OpenAPI document as `vpmonitor openapi` prints it."""
    return create_app(settings_for("sqlite+aiosqlite:///:memory:")).openapi()

"""A client generated from the OpenAPI document with openapi-python-client works: it lists,
pushes and edits with If-Match, and parses every answer into its models.

The generator is not a dependency of the service; CI installs it (`.ci/run`). Without it
these tests are skipped.
"""

import importlib
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from tests.conftest import BASE_URL, DemoIds

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = Path(sys.executable).parent / "openapi-python-client"
PACKAGE = "vpm_generated_client"

pytestmark = pytest.mark.skipif(
    not GENERATOR.exists(), reason="openapi-python-client is not installed (CI installs it)"
)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The client, generated once by .ci/generate-client (which fails on any warning)."""
    where = tmp_path_factory.mktemp("client")
    subprocess.run(  # noqa: S603 - our own script
        [str(ROOT / ".ci" / "generate-client"), str(where / PACKAGE)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    sys.path.insert(0, str(where))
    try:
        yield PACKAGE
    finally:
        sys.path.remove(str(where))
        for name in [name for name in sys.modules if name.startswith(PACKAGE)]:
            del sys.modules[name]


def module(package: str, name: str) -> ModuleType:
    return importlib.import_module(f"{package}.{name}")


def client_of(package: str, app: FastAPI, token: str) -> Any:
    client = module(package, "client").AuthenticatedClient(base_url=BASE_URL, token=token)
    client.set_async_httpx_client(
        httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app),
            base_url=BASE_URL,
            headers={"Authorization": f"Bearer {token}"},
        )
    )
    return client


async def test_the_generated_client_lists_parties(app: FastAPI, generated: str) -> None:
    listing = module(generated, "api.verbonden_partijen.list_verbonden_partijen")
    client = client_of(generated, app, "demo-beheerder-arnhem")

    response = await listing.asyncio_detailed(client=client)

    assert response.status_code == 200
    assert "De Connectie" in [partij.naam for partij in response.parsed.resultaten]
    assert response.parsed.aantal == len(response.parsed.resultaten)


async def test_the_generated_client_pushes_a_report(
    app: FastAPI, demo: DemoIds, generated: str
) -> None:
    push = module(generated, "api.rapportages.create_rapportage")
    body_model = module(generated, "models").RapportageNieuw
    body = body_model.from_dict(
        {
            "periode": "2026-Q4",
            "soort": "prestaties",
            "metingen": [{"normCode": "INC-8U", "waarde": 93.5}],
        }
    )
    client = client_of(generated, app, "demo-partner-de-connectie")

    response = await push.asyncio_detailed(
        demo.party("De Connectie"),
        client=client,
        body=body,
        idempotency_key=str(uuid.uuid4()),
    )

    assert response.status_code == 201
    assert response.parsed.__class__.__name__ == "Ontvangstbewijs"


async def test_the_generated_client_edits_with_if_match(
    app: FastAPI, demo: DemoIds, generated: str
) -> None:
    read = module(generated, "api.verbonden_partijen.get_verbonden_partij")
    update = module(generated, "api.verbonden_partijen.update_verbonden_partij")
    client = client_of(generated, app, "demo-beheerder-arnhem")
    party = demo.party("De Connectie")
    current = await read.asyncio_detailed(party, client=client)
    change = module(generated, "models").VerbondenPartijWijziging.from_dict(
        {"vestigingsplaats": "Velp"}
    )

    response = await update.asyncio_detailed(
        party, client=client, body=change, if_match=current.headers["ETag"]
    )
    stale = await update.asyncio_detailed(
        party, client=client, body=change, if_match=current.headers["ETag"]
    )

    assert response.status_code == 200
    assert response.parsed.vestigingsplaats == "Velp"
    assert stale.status_code == 412
    assert stale.parsed.__class__.__name__ == "Probleem"


async def test_the_generated_client_parses_the_wgr_calendar(app: FastAPI, generated: str) -> None:
    calendar = module(generated, "api.wgr.get_wgr_kalender")
    client = client_of(generated, app, "demo-beheerder-arnhem")

    response = await calendar.asyncio_detailed(client=client, jaar=2026)

    assert response.status_code == 200
    assert response.parsed is not None

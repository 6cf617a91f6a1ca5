"""Issuers of a shared service, registered with `vpmonitor oidc add | list | remove`."""

import asyncio
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from app.auth.oidc.models import OidcUitgever
from app.cli import cli
from app.config import get_settings
from app.core.db import create_engine, create_sessionmaker
from tests.databases import PostgresTemplates, SqliteTemplates, settings_for

runner = CliRunner()
ISSUER = "https://login.example.nl/renkum"


@pytest.fixture
def cli_database(
    templates: SqliteTemplates | PostgresTemplates, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    url = asyncio.run(templates.new_database())
    monkeypatch.setenv("VPM_DATABASE_URL", url)
    monkeypatch.setenv(
        "VPM_OIDC_ENCRYPTION_KEYS", runner.invoke(cli, ["oidc", "generate-key"]).output.strip()
    )
    get_settings.cache_clear()
    yield url
    get_settings.cache_clear()
    asyncio.run(templates.drop_database(url))


def stored(url: str) -> list[OidcUitgever]:
    async def read() -> list[OidcUitgever]:
        engine = create_engine(settings_for(url))
        async with create_sessionmaker(engine)() as session:
            rows = list((await session.execute(select(OidcUitgever))).scalars())
        await engine.dispose()
        return rows

    return asyncio.run(read())


def add(*extra: str) -> list[str]:
    return ["oidc", "add", "--issuer", ISSUER, "--gemeente", "GM0274", "--client-id", "vpm", *extra]


def test_an_issuer_is_added_listed_and_removed(cli_database: str) -> None:
    added = runner.invoke(cli, add("--client-secret", "s3cr3t-van-renkum"))
    listed = runner.invoke(cli, ["oidc", "list"])
    removed = runner.invoke(cli, ["oidc", "remove", ISSUER])

    assert added.exit_code == 0, added.output
    assert "Renkum" in added.output
    assert ISSUER in listed.output
    assert "Renkum" in listed.output
    assert removed.exit_code == 0, removed.output
    assert stored(cli_database) == []


def test_the_client_secret_is_stored_encrypted(cli_database: str) -> None:
    runner.invoke(cli, add("--client-secret", "s3cr3t-van-renkum"))

    [uitgever] = stored(cli_database)

    assert uitgever.client_secret_versleuteld
    assert "s3cr3t" not in uitgever.client_secret_versleuteld


def test_a_secret_without_an_encryption_key_is_refused(
    cli_database: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VPM_OIDC_ENCRYPTION_KEYS")
    get_settings.cache_clear()

    result = runner.invoke(cli, add("--client-secret", "s3cr3t"))

    assert result.exit_code == 1
    assert "VPM_OIDC_ENCRYPTION_KEYS" in result.output
    assert stored(cli_database) == []


def test_an_http_issuer_off_loopback_is_refused(cli_database: str) -> None:
    result = runner.invoke(
        cli, ["oidc", "add", "--issuer", "http://login.example.nl", "--gemeente", "GM0274",
              "--client-id", "vpm"],
    )  # fmt: skip

    assert result.exit_code == 1
    assert "https" in result.output


def test_an_unknown_municipality_is_refused(cli_database: str) -> None:
    result = runner.invoke(
        cli, ["oidc", "add", "--issuer", ISSUER, "--gemeente", "GM9999", "--client-id", "vpm"]
    )

    assert result.exit_code == 1
    assert "GM9999" in result.output

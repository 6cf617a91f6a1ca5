"""The command line: a new municipality with its first beheerder, and tokens."""

import asyncio
from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from app.cli import cli
from app.config import get_settings
from tests.databases import PostgresTemplates, SqliteTemplates

runner = CliRunner()


@pytest.fixture
def cli_database(
    templates: SqliteTemplates | PostgresTemplates, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    url = asyncio.run(templates.new_database())
    monkeypatch.setenv("VPM_DATABASE_URL", url)
    get_settings.cache_clear()
    yield url
    get_settings.cache_clear()
    asyncio.run(templates.drop_database(url))


def test_create_gemeente_prints_a_working_token_for_its_beheerder(cli_database: str) -> None:
    result = runner.invoke(
        cli,
        [
            "create-gemeente",
            "--naam", "Nijmegen",
            "--cbs-code", "GM0268",
            "--beheerder-naam", "Functioneel beheer",
            "--beheerder-email", "fb@nijmegen.nl",
        ],
    )  # fmt: skip

    assert result.exit_code == 0, result.output
    secret = result.output.strip().splitlines()[-1]
    assert secret.startswith("vpm_")

    issued = runner.invoke(cli, ["tokens", "issue", "--email", "FB@nijmegen.nl"])
    assert issued.exit_code == 0, issued.output
    assert issued.output.strip().startswith("vpm_")
    assert issued.output.strip() != secret


def test_tokens_issue_refuses_an_address_accounts_of_two_municipalities_share(
    cli_database: str,
) -> None:
    """An address is unique only within a municipality, so it may name two accounts."""
    for naam, code in (("Nijmegen", "GM0268"), ("Wijchen", "GM0296")):
        created = runner.invoke(
            cli,
            [
                "create-gemeente",
                "--naam", naam,
                "--cbs-code", code,
                "--beheerder-naam", "Functioneel beheer",
                "--beheerder-email", "fb@regio.nl",
            ],
        )  # fmt: skip
        assert created.exit_code == 0, created.output

    issued = runner.invoke(cli, ["tokens", "issue", "--email", "fb@regio.nl"])

    assert issued.exit_code == 1
    assert "Several accounts" in issued.output


def test_create_gemeente_refuses_a_known_cbs_code(cli_database: str) -> None:
    result = runner.invoke(
        cli,
        [
            "create-gemeente",
            "--naam", "Arnhem",
            "--cbs-code", "GM0202",
            "--beheerder-naam", "X",
            "--beheerder-email", "x@arnhem.nl",
        ],
    )  # fmt: skip

    assert result.exit_code == 1
    assert "GM0202" in result.output


def test_demo_if_empty_leaves_a_filled_database_alone(cli_database: str) -> None:
    result = runner.invoke(cli, ["demo", "--if-empty"])

    assert result.exit_code == 0
    assert "already holds data" in result.output
    assert "demo-beheerder-arnhem" in result.output


def test_purge_idempotency_keys_reports_what_it_removed(cli_database: str) -> None:
    result = runner.invoke(cli, ["purge-idempotency-keys"])

    assert result.exit_code == 0, result.output
    assert "0 expired Idempotency-Key records removed." in result.output

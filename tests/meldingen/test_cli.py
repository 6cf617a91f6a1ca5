"""`vpmonitor serve` runs the worker in-process unless told not to; `vpmonitor meldingen
status` shows the counts."""

from collections.abc import Iterator

import pytest
from typer.testing import CliRunner

from app import cli, serving
from app.config import get_settings


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """What `worker_in_process` the app served by `serve` would read."""
    seen: list[bool] = []
    # setenv records the variable's absence, so the value `serve` writes is removed afterwards
    # (a worker left on would run inside every later test's app).
    monkeypatch.setenv("VPM_WORKER_IN_PROCESS", "false")
    monkeypatch.setattr(
        serving, "run", lambda *_, **__: seen.append(get_settings().worker_in_process)
    )
    get_settings.cache_clear()
    yield seen
    get_settings.cache_clear()


def test_serve_runs_the_worker_in_process_by_default(served: list[bool]) -> None:
    result = CliRunner().invoke(cli.cli, ["serve"])

    assert result.exit_code == 0, result.output
    assert served == [True]


def test_serve_without_worker_runs_none(served: list[bool]) -> None:
    result = CliRunner().invoke(cli.cli, ["serve", "--no-worker"])

    assert result.exit_code == 0, result.output
    assert served == [False]

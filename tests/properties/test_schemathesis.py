"""Property-based testing of the whole API with schemathesis, against a live server.

For each of four callers (beheerder, regievoerder, partner, and the beheerder signed in
through the identity provider with a JWT) a uvicorn process serves a fresh
copy of the demo database, and the schemathesis CLI walks every operation of the live
OpenAPI document: examples, coverage (which includes invalid input), fuzzing and stateful
sequences, with a fixed seed and a bounded number of examples; valid requests on real ids,
invalid ones without (a fixed id would replace the parameter a case made invalid). Any
finding fails the test; the schemathesis report, with curl lines to reproduce it, is the
failure message.

Run with `pytest -m schemathesis` (`.ci/run` does, on PostgreSQL); `make test` skips it.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import DemoIds
from tests.live_server import live_server
from tests.oidc.fixtures import Provider
from tests.security.matrix import load_matrix
from tests.security.matrix.base import Context, Resolver

pytestmark = pytest.mark.schemathesis

SEED = 20261123
# Examples per operation: a fixed total spread over the operations, so the run stays inside
# its time budget as domains add operations (override with VPM_SCHEMATHESIS_EXAMPLES).
TOTAL_EXAMPLES = 450
CHECKS = ",".join(
    [
        "not_a_server_error",
        "status_code_conformance",
        "content_type_conformance",
        "response_headers_conformance",
        "response_schema_conformance",
        "negative_data_rejection",
        "missing_required_header",
        "unsupported_method",
        "allow_header_conformance",
        "use_after_free",
        "ensure_resource_availability",
        "ignored_auth",
    ]
)
CALLERS = {
    "beheerder": "demo-beheerder-arnhem",
    "regievoerder": "demo-regievoerder-arnhem",
    "partner": "demo-partner-de-connectie",
}
# Callers signed in through the identity provider (tests/oidc/): a JWT access token of the
# test provider for the account with this e-mail address.
JWT_CALLERS = {"beheerder-jwt": "beheerder-arnhem@demo.example"}
BUDGET_SECONDS = 90  # per run, a hard stop; a run takes about a quarter of it
# Every partner write counts against the per-token limit: lifted here, so the operations behind
# it are tested rather than answered 429 (tests/security/test_partner_rate_limit.py tests it).
SERVER_SETTINGS = {"VPM_PARTNER_PUSH_LIMIT": "1000000"}


async def another_participants_deelname(ctx: Context) -> str:
    """Not Arnhem's own: deleting it must not end Arnhem's view of De Connectie mid-run."""
    party = ctx.demo.party("De Connectie")
    rows = await ctx.client.get(f"/verbonden-partijen/{party}/deelnames", headers=ctx.owner)
    return str(next(row["id"] for row in rows.json()["resultaten"] if not row["eigen"]))


# Fixed ids also replace the ids that stateful links carry, so a destructive operation on a
# fixed id must not take away what the other operations need.
OVERRIDES: dict[str, Resolver] = {"deelname_id": another_participants_deelname}
# Ids only the stateful links carry. A subscription is the caller's own: a fixed one is
# ended by DELETE's own cases, and would then replace the id that the link from
# POST /abonnementen carries, so the subscription just created answers 404 (ST302).
LINKED_ONLY = frozenset({"abonnement_id"})


async def known_ids(base_url: str, demo: DemoIds) -> dict[str, str]:
    """Real ids for the path parameters, so operations are reached past their 404."""
    resolvers = {
        name: resolve
        for name, resolve in {**load_matrix().resolvers, **OVERRIDES}.items()
        if name not in LINKED_ONLY
    }
    async with httpx.AsyncClient(base_url=base_url) as client:
        ctx = Context("gedeeld", demo, client)
        return {name: await resolve(ctx) for name, resolve in sorted(resolvers.items())}


# A missing If-Match is 428 Precondition Required (RFC 6585), the answer the contract gives
# for a versioned write; the header is documented as required, so schemathesis leaves it out
# and must accept 428 beside its defaults.
MISSING_HEADER_STATUSES = ["400", "401", "403", "406", "415", "422", "428"]


def config_file(directory: Path, ids: dict[str, str]) -> Path:
    lines = [
        "[checks.missing_required_header]",
        f"expected-statuses = {MISSING_HEADER_STATUSES}".replace("'", '"'),
        "",
        "[parameters]",
        *(f'"path.{name}" = "{value}"' for name, value in ids.items()),
    ]
    path = directory / "schemathesis.toml"
    path.write_text("\n".join(lines) + "\n")
    return path


def examples_per_operation(schema_url: str) -> int:
    if fixed := os.environ.get("VPM_SCHEMATHESIS_EXAMPLES"):
        return int(fixed)
    paths = httpx.get(schema_url).json()["paths"].values()
    operations = sum(1 for item in paths for method in item if method != "parameters")
    return max(5, min(50, TOTAL_EXAMPLES // max(operations, 1)))


def schemathesis_command(config: Path, schema_url: str, token: str, mode: str) -> list[str]:
    return [
        str(Path(sys.executable).with_name("schemathesis")),
        "--no-color",
        "--config-file", str(config),
        "run", schema_url,
        "--mode", mode,
        # Stateful sequences need valid steps: they run with the valid requests only.
        "--phases", PHASES[mode],
        "--header", f"Authorization: Bearer {token}",
        "--checks", CHECKS,
        "--seed", str(SEED),
        "--max-examples", str(examples_per_operation(schema_url)),
        # One worker: CPython 3.11's ast.parse is not thread-safe, and hypothesis calls it from
        # schemathesis' worker threads ("AST constructor recursion depth mismatch").
        "--workers", "1",
        "--request-timeout", "20",
        "--suppress-health-check", "all",
    ]  # fmt: skip


# Valid requests run on real ids, to get past the 404s into the operations; invalid requests
# run without them, because a fixed id would replace the very parameter a case made invalid.
MODES = ("positive", "negative")
PHASES = {"positive": "examples,coverage,fuzzing,stateful", "negative": "coverage,fuzzing"}


def token_and_settings(caller: str, provider: Provider) -> tuple[str, dict[str, str]]:
    """The caller's bearer token, and the server settings it needs."""
    if caller in CALLERS:
        return CALLERS[caller], SERVER_SETTINGS
    realm = provider.realm()
    sub = realm.person(f"schemathesis-{caller}", JWT_CALLERS[caller])
    return realm.access_token(sub), {**SERVER_SETTINGS, **realm.environment()}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("caller", sorted(CALLERS.keys() | JWT_CALLERS.keys()))
async def test_schemathesis_finds_nothing(
    database_url: str,
    demo: DemoIds,
    tmp_path: Path,
    caller: str,
    mode: str,
    oidc_provider: Provider,
) -> None:
    token, settings = token_and_settings(caller, oidc_provider)
    with live_server(database_url, settings=settings) as server:
        ids = await known_ids(server.base_url, demo) if mode == "positive" else {}
        command = schemathesis_command(
            config_file(tmp_path, ids), f"{server.base_url}/openapi.json", token, mode
        )
        started = time.monotonic()
        run = subprocess.run(  # noqa: ASYNC221, S603 - a bounded child run, our own arguments
            command,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=BUDGET_SECONDS + 60,
            check=False,
        )
        elapsed = time.monotonic() - started
        server_log = server.read_log()
    (tmp_path / "report.txt").write_text(run.stdout + run.stderr)

    report = run.stdout[-20000:] + run.stderr[-5000:]
    assert run.returncode == 0, (
        f"schemathesis ({mode}) as {caller} found:\n{report}\n{server_log[-5000:]}"
    )
    assert " passed" in run.stdout, report
    print(f"schemathesis ({mode}) as {caller}: {elapsed:.0f} s\n{run.stdout[-1500:]}")

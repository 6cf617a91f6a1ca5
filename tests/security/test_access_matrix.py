"""Every operation of the OpenAPI document, called by every kind of caller on shared and on
foreign data, answers the status class its row in `tests/security/matrix/` says, and no
response body ever holds a value the caller may not see.

The secrets are planted once per test process, in a copy of the demo database (`planted`).
Reads of one operation and scene share one copy of that; each write that should succeed gets
a copy of its own, so the cells do not depend on each other's order.
"""

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from app.main import create_app
from tests.conftest import DemoIds
from tests.databases import PostgresTemplates, SqliteTemplates, settings_for
from tests.oidc.conftest import bearer
from tests.oidc.fixtures import Realm
from tests.security.matrix import load_matrix
from tests.security.matrix.base import HEADERS, SCENES, Context, Scene, Secret, Upload
from tests.security.planted import JWT_SUBJECT, Planted, demo_client

MATRIX = load_matrix()
# Header parameters the matrix fills in itself: any current version, a fresh retry key.
HEADER_VALUES: dict[str, Callable[[], str]] = {
    "If-Match": lambda: "*",
    "Idempotency-Key": lambda: str(uuid.uuid4()),
}
# Callers signed in through the identity provider (a JWT access token; tests/oidc/), each the
# twin of an opaque-token caller whose cell it must match exactly.
JWT_TWINS = {"beheerder-jwt": "beheerder"}


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    parameters: list[dict[str, Any]]
    has_body: bool

    @property
    def is_write(self) -> bool:
        return self.method != "GET"


def openapi_operations() -> dict[str, Operation]:
    document = create_app(settings_for("sqlite+aiosqlite:///:memory:")).openapi()
    operations = {}
    for path, item in document["paths"].items():
        for method, spec in item.items():
            operations[spec["operationId"]] = Operation(
                spec["operationId"],
                method.upper(),
                path,
                spec.get("parameters", []),
                "requestBody" in spec,
            )
    return operations


OPERATIONS = openapi_operations()


def test_every_operation_has_a_row() -> None:
    missing = sorted(OPERATIONS.keys() - MATRIX.rows.keys())
    assert not missing, f"add a row to tests/security/matrix/ for: {', '.join(missing)}"


def test_every_row_is_an_operation() -> None:
    stale = sorted(MATRIX.rows.keys() - OPERATIONS.keys())
    assert not stale, f"rows for operations that do not exist: {', '.join(stale)}"


def test_every_row_has_eight_valid_cells() -> None:
    for operation_id, row in MATRIX.rows.items():
        for scene in SCENES:
            row.expected(scene)  # raises on a malformed row, naming the problem
        assert operation_id


async def build_request(
    operation: Operation, ctx: Context, caller: str, caller_headers: dict[str, str]
) -> httpx.Request:
    path, params = operation.path, {}
    headers = dict(caller_headers)
    for parameter in operation.parameters:
        name, where = parameter["name"], parameter["in"]
        if where == "header":
            if name in HEADER_VALUES:
                headers[name] = HEADER_VALUES[name]()
            elif parameter.get("required"):
                pytest.fail(f"{operation.operation_id}: add header {name} to HEADER_VALUES")
        elif where == "path" or parameter.get("required"):
            resolver = MATRIX.resolver(operation.operation_id, name)
            if resolver is None:
                pytest.fail(f"{operation.operation_id}: add a resolver for parameter {name}")
            value = await resolver(ctx)
            if where == "path":
                path = path.replace(f"{{{name}}}", value)
            else:
                params[name] = value
    row = MATRIX.rows[operation.operation_id]
    headers.update(row.headers)
    if not operation.has_body:
        return ctx.client.build_request(operation.method, path, params=params, headers=headers)
    if row.body is None:
        pytest.fail(f"{operation.operation_id}: its row needs a body")
    body = await row.body(ctx)
    if isinstance(body, Upload) and body.form_field:
        files = {body.form_field: (body.filename, body.content, body.media_type)}
        return ctx.client.build_request(
            operation.method, path, params=params, headers=headers, files=files
        )
    if isinstance(body, Upload):
        headers["Content-Type"] = body.media_type
        return ctx.client.build_request(
            operation.method, path, params=params, headers=headers, content=body.content
        )
    return ctx.client.build_request(
        operation.method, path, params=params, headers=headers, json=body
    )


@pytest.fixture(scope="session")
def jwt_headers(matrix_realm: Realm) -> dict[str, dict[str, str]]:
    return {"beheerder-jwt": bearer(matrix_realm.access_token(JWT_SUBJECT))}


def status_class(status: int) -> str:
    return "2xx" if 200 <= status < 300 else str(status)


def visible_text(response: httpx.Response) -> str:
    """The body as the caller reads it; a problem's `instance` only echoes the caller's path."""
    try:
        body = response.json()
    except ValueError:
        return response.text
    if isinstance(body, dict):
        body.pop("instance", None)
    return json.dumps(body, ensure_ascii=False)


async def check_cell(
    operation: Operation,
    ctx: Context,
    caller: str,
    want: str,
    secrets: list[Secret],
    jwt_headers: dict[str, dict[str, str]],
) -> list[str]:
    caller_headers = jwt_headers[caller] if caller in JWT_TWINS else HEADERS[caller]
    request = await build_request(operation, ctx, caller, caller_headers)
    response = await ctx.client.send(request)
    cell = f"{operation.operation_id} [{ctx.scene}] as {caller}"
    problems = []
    if status_class(response.status_code) != want:
        problems.append(
            f"{cell}: expected {want}, got {response.status_code} {response.text[:200]}"
        )
    text = visible_text(response)
    problems += [
        f"{cell}: the body holds {secret.value!r}, which only {sorted(secret.seen_by)} may see"
        for secret in secrets
        if JWT_TWINS.get(caller, caller) not in secret.seen_by and secret.value in text
    ]
    return problems


@pytest.mark.parametrize("scene", SCENES)
@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
async def test_access_matrix(
    templates: SqliteTemplates | PostgresTemplates,
    demo: DemoIds,
    operation_id: str,
    scene: Scene,
    matrix_realm: Realm,
    planted: Planted,
    jwt_headers: dict[str, dict[str, str]],
) -> None:
    if operation_id not in MATRIX.rows:
        pytest.fail(f"add a row to tests/security/matrix/ for {operation_id}")
    operation = OPERATIONS[operation_id]
    expected = MATRIX.rows[operation_id].expected(scene)
    expected |= {twin: expected[caller] for twin, caller in JWT_TWINS.items()}
    own_copy = {c for c, want in expected.items() if operation.is_write and want == "2xx"}
    problems: list[str] = []
    secrets = planted.secrets
    async with demo_client(templates, matrix_realm, planted.url) as client:
        ctx = Context(scene, demo, client)
        for caller, want in expected.items():
            if caller not in own_copy:
                problems += await check_cell(operation, ctx, caller, want, secrets, jwt_headers)
    for caller in sorted(own_copy):
        async with demo_client(templates, matrix_realm, planted.url) as client:
            problems += await check_cell(
                operation, Context(scene, demo, client), caller, "2xx", secrets, jwt_headers
            )

    assert not problems, "\n".join(problems)

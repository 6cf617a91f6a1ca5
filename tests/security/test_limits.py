"""Bounded work on every collection: a page size over 100, or under 1, is 400."""

import httpx
import pytest

from tests.conftest import DemoIds
from tests.security.matrix.base import HEADERS, Context
from tests.security.test_access_matrix import MATRIX, OPERATIONS, Operation

COLLECTIONS = sorted(
    operation_id
    for operation_id, operation in OPERATIONS.items()
    if any(parameter["name"] == "pageSize" for parameter in operation.parameters)
)


def allowed_caller(operation_id: str) -> str:
    """A caller for whom the operation succeeds on shared data, so the check reaches paging."""
    if operation_id not in MATRIX.rows:
        pytest.fail(f"add a row to tests/security/matrix/ for {operation_id}")
    expected = MATRIX.rows[operation_id].expected("gedeeld")
    return next(caller for caller, cell in expected.items() if cell == "2xx")


async def collection_path(operation: Operation, ctx: Context) -> str:
    path = operation.path
    for parameter in operation.parameters:
        if parameter["in"] == "path":
            resolver = MATRIX.resolver(operation.operation_id, parameter["name"])
            assert resolver is not None, f"add a resolver for {parameter['name']}"
            value = await resolver(ctx)
            path = path.replace(f"{{{parameter['name']}}}", value)
    return path


def test_there_are_collections_to_check() -> None:
    assert "listVerbondenPartijen" in COLLECTIONS


@pytest.mark.parametrize("page_size", ["101", "0", "veel"])
@pytest.mark.parametrize("operation_id", COLLECTIONS)
async def test_a_page_size_out_of_range_is_400_on_every_collection(
    planted_client: httpx.AsyncClient, demo: DemoIds, operation_id: str, page_size: str
) -> None:
    client = planted_client  # the objects some resolvers look up (a submitted report) are there
    operation = OPERATIONS[operation_id]
    path = await collection_path(operation, Context("gedeeld", demo, client))

    response = await client.get(
        path, params={"pageSize": page_size}, headers=HEADERS[allowed_caller(operation_id)]
    )

    assert response.status_code == 400
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["invalidParams"][0]["name"] == "pageSize"

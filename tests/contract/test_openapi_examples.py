"""Every operation with a JSON answer shows an example from the demo data: one that validates
against its schema, that the NL API Design Rules linter can read, and that has the fields of
the operation's real answer. `python -m tests.contract.make_examples` writes them."""

import re
from typing import Any

import pytest
from httpx import AsyncClient
from jsonschema import Draft202012Validator

from app.openapi_voorbeelden import VOORBEELDEN
from tests.conftest import DemoIds
from tests.contract.real_answers import WITHOUT_EXAMPLE, json_operations, real_answer

# What spectral's JSONPath `$.paths..[?(@property.match(/(get)|(delete)/) && @.parameters)]`
# trips over: a null under a key it takes for an operation (see WITHOUT_EXAMPLE).
LOOKS_LIKE_AN_OPERATION = re.compile(r"get|delete")


def test_every_operation_with_a_json_answer_has_an_example(openapi: dict[str, Any]) -> None:
    operations = json_operations(openapi).keys()

    assert sorted(operations - WITHOUT_EXAMPLE - VOORBEELDEN.keys()) == [], (
        "run `python -m tests.contract.make_examples`"
    )
    assert sorted(VOORBEELDEN.keys() - operations) == []
    assert operations >= WITHOUT_EXAMPLE
    assert not WITHOUT_EXAMPLE & VOORBEELDEN.keys()


def test_every_example_is_shown_on_each_json_answer_of_its_operation(
    openapi: dict[str, Any],
) -> None:
    shown: dict[str, list[Any]] = {}
    for item in openapi["paths"].values():
        for operation in item.values():
            for status in json_operations(openapi).get(operation.get("operationId"), []):
                content = operation["responses"][status]["content"]["application/json"]
                shown.setdefault(operation["operationId"], []).append(content.get("example"))

    assert {key: examples for key, examples in shown.items() if key in VOORBEELDEN} == {
        key: [example] * len(shown[key]) for key, example in VOORBEELDEN.items()
    }


def schema_of(openapi: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for item in openapi["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                status = json_operations(openapi)[operation_id][0]
                schema = operation["responses"][status]["content"]["application/json"]["schema"]
                return {**schema, "components": openapi["components"]}
    raise KeyError(operation_id)


@pytest.mark.parametrize("operation_id", sorted(VOORBEELDEN))
def test_each_example_validates_against_its_schema(
    openapi: dict[str, Any], operation_id: str
) -> None:
    validator = Draft202012Validator(schema_of(openapi, operation_id))

    errors = [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message}"
        for error in validator.iter_errors(VOORBEELDEN[operation_id])
    ]

    assert errors == []


def unreadable_by_the_linter(value: Any, path: str = "") -> list[str]:
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "openapi" or (item is None and LOOKS_LIKE_AN_OPERATION.search(key)):
                found.append(f"{path}/{key}")
            found += unreadable_by_the_linter(item, f"{path}/{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += unreadable_by_the_linter(item, f"{path}/{index}")
    return found


def test_every_example_is_one_the_linter_reads() -> None:
    unreadable = {
        operation_id: found
        for operation_id, example in VOORBEELDEN.items()
        if (found := unreadable_by_the_linter(example))
    }

    assert unreadable == {}


def shape(value: Any) -> Any:
    """The field names of a JSON value, recursively (a list by its first item); a number is a
    number, and null fits any type (a field that is empty in one answer, set in the next)."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shape(value[0])] if value else []
    if isinstance(value, bool) or value is None:
        return value if value is None else "bool"
    return "number" if isinstance(value, int | float) else type(value).__name__


def same_shape(example: Any, real: Any) -> bool:
    if example is None or real is None:
        return True
    if isinstance(example, dict) and isinstance(real, dict):
        return example.keys() == real.keys() and all(
            same_shape(example[key], real[key]) for key in example
        )
    if isinstance(example, list) and isinstance(real, list):
        return not example or not real or same_shape(example[0], real[0])
    return bool(shape(example) == shape(real))


@pytest.mark.parametrize("operation_id", sorted(VOORBEELDEN))
async def test_each_example_has_the_fields_of_a_real_answer(
    client: AsyncClient, demo: DemoIds, operation_id: str
) -> None:
    real = await real_answer(operation_id, client, demo)

    assert same_shape(VOORBEELDEN[operation_id], real), (
        f"{shape(VOORBEELDEN[operation_id])}\n!=\n{shape(real)}"
    )

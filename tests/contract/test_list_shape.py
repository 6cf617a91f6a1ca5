"""Every list answers one shape: `{resultaten, aantal, _links}`, never a bare JSON array."""

from typing import Any

METHODS = {"get", "post", "put", "patch", "delete"}
ENVELOPE = {"resultaten", "aantal", "_links"}


def json_answers(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(operationId, status, schema) of every 2xx JSON answer."""
    return [
        (operation["operationId"], status, content["schema"])
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in METHODS
        for status, response in operation["responses"].items()
        if status.startswith("2")
        for media_type, content in response.get("content", {}).items()
        if media_type.endswith("json") and "schema" in content
    ]


def resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref", "")
    return document["components"]["schemas"][ref.rsplit("/", 1)[-1]] if ref else schema


def test_no_operation_answers_a_bare_array(openapi: dict[str, Any]) -> None:
    bare = [
        (operation_id, status)
        for operation_id, status, schema in json_answers(openapi)
        if resolve(openapi, schema).get("type") == "array"
    ]

    assert bare == [], "answer {resultaten, aantal, _links} (app/core/pagination.py)"


def test_every_list_operation_answers_the_envelope_under_a_dutch_list_name(
    openapi: dict[str, Any],
) -> None:
    lists = [
        (operation_id, schema.get("$ref", ""))
        for operation_id, status, schema in json_answers(openapi)
        if operation_id.startswith("list") and status == "200"
    ]
    wrong = [
        (operation_id, ref)
        for operation_id, ref in lists
        if not ref.endswith("Lijst")
        or set(resolve(openapi, {"$ref": ref})["properties"]) != ENVELOPE
    ]

    assert len(lists) >= 25
    assert wrong == []

"""Every parameter of every operation (path, query, header) says in Dutch what it is for.

The same heuristic as the schemas' properties (`test_schema_descriptions.is_english`).
Path parameters get theirs from `app/core/openapi.py` (`PATH_PARAMETERS`), the others where
the route declares them (`Query(description=…)`, `Header(description=…)`).
"""

from typing import Any

from tests.contract.test_schema_descriptions import is_english

METHODS = {"get", "post", "put", "patch", "delete"}


def parameters(document: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (operation["operationId"], parameter)
        for item in document["paths"].values()
        for method, operation in item.items()
        if method in METHODS
        for parameter in operation.get("parameters", [])
    ]


def test_there_are_parameters_of_every_kind(openapi: dict[str, Any]) -> None:
    kinds = {parameter["in"] for _, parameter in parameters(openapi)}

    assert {"path", "query", "header"} <= kinds


def test_every_parameter_has_a_dutch_description(openapi: dict[str, Any]) -> None:
    wrong = {
        f"{operation_id} {parameter['in']} {parameter['name']}": parameter.get("description")
        for operation_id, parameter in parameters(openapi)
        if not parameter.get("description") or is_english(parameter["description"])
    }

    assert wrong == {}


def test_the_paging_parameters_are_described_in_dutch(openapi: dict[str, Any]) -> None:
    page = next(
        parameter
        for _, parameter in parameters(openapi)
        if parameter["in"] == "query" and parameter["name"] == "page"
    )
    page_size = next(
        parameter
        for _, parameter in parameters(openapi)
        if parameter["in"] == "query" and parameter["name"] == "pageSize"
    )

    assert page["description"] == "Paginanummer, vanaf 1."
    assert page_size["description"] == "Resultaten per pagina, hooguit 100."

"""Every property of every schema in the OpenAPI document says in Dutch what it holds.

Each property has a Dutch `description` (`Field(description=…)`), the list envelopes
`{resultaten, aantal, _links}` included; a property of an array's inline items counts too.
A new schema or field without one fails here. The rest of the document's prose is Dutch too:
each schema's own description (its class docstring), every response, response header and
request body, the tags, the server and the security scheme.
"""

import re
from typing import Any

import pytest

# English words that Dutch does not use; one of them in a description makes it English.
ENGLISH = re.compile(
    r"\b(the|and|are|for|with|which|this|that|from|when|its|not|or|be|has|have|each|every|"
    r"only|if|to|on|an|by|were|it|after|before|until|once|shown|true|false)\b",
    re.IGNORECASE,
)


def is_english(description: str) -> bool:
    """Code in backticks (`true`, `ok`) is no language."""
    return bool(ENGLISH.search(re.sub(r"`[^`]*`", "", description)))


# FastAPI's and Starlette's English defaults, which the heuristic cannot see.
FASTAPI_DEFAULTS = {"Successful Response", "Validation Error", "Created", "OK", "No Content"}
METHODS = {"get", "post", "put", "patch", "delete"}


def properties(schema: dict[str, Any]) -> dict[str, Any]:
    found = dict(schema.get("properties", {}))
    for name, prop in schema.get("properties", {}).items():
        items = prop.get("items", {})
        for inner, inner_prop in items.get("properties", {}).items():
            found[f"{name}[].{inner}"] = inner_prop
    return found


@pytest.mark.parametrize(
    "dutch", ["Het aantal resultaten over alle pagina's.", "Aan (`true`) of uit."]
)
def test_the_heuristic_lets_dutch_pass(dutch: str) -> None:
    assert not is_english(dutch)


@pytest.mark.parametrize("english", ["The number of results.", "Shown only to the owner."])
def test_the_heuristic_catches_english(english: str) -> None:
    assert is_english(english)


def test_there_are_schemas_with_properties_to_check(openapi: dict[str, Any]) -> None:
    schemas = openapi["components"]["schemas"].values()

    assert sum(1 for schema in schemas if properties(schema)) > 100


def test_every_property_of_every_schema_has_a_dutch_description(
    openapi: dict[str, Any],
) -> None:
    schemas = openapi["components"]["schemas"]
    wrong = {
        f"{name}.{prop_name}": prop.get("description")
        for name, schema in schemas.items()
        for prop_name, prop in properties(schema).items()
        if not prop.get("description") or is_english(prop["description"])
    }

    assert wrong == {}


def other_texts(document: dict[str, Any]) -> dict[str, str]:
    """Every description in the document outside the properties and the parameters."""
    components = document["components"]
    texts = {
        f"schemas.{name}": schema["description"]
        for name, schema in components["schemas"].items()
        if "description" in schema
    }
    texts |= {f"tags.{tag['name']}": tag["description"] for tag in document["tags"]}
    texts |= {f"servers.{server['url']}": server["description"] for server in document["servers"]}
    texts |= {
        f"securitySchemes.{name}": scheme["description"]
        for name, scheme in components["securitySchemes"].items()
    }
    texts |= {
        f"headers.{name}": header["description"] for name, header in components["headers"].items()
    }
    for item in document["paths"].values():
        for method, operation in item.items():
            if method not in METHODS:
                continue
            where = operation["operationId"]
            if "description" in operation.get("requestBody", {}):
                texts[f"{where}.requestBody"] = operation["requestBody"]["description"]
            for code, response in operation["responses"].items():
                texts[f"{where}.{code}"] = response["description"]
                for name, header in response.get("headers", {}).items():
                    if "description" in header:
                        texts[f"{where}.{code}.{name}"] = header["description"]
    return texts


def test_there_are_other_texts_to_check(openapi: dict[str, Any]) -> None:
    texts = other_texts(openapi)

    assert sum(1 for name in texts if name.startswith("schemas.")) > 30
    assert len(texts) > 1000


def test_every_other_description_in_the_document_is_dutch(openapi: dict[str, Any]) -> None:
    wrong = {
        name: text
        for name, text in other_texts(openapi).items()
        if not text or is_english(text) or text in FASTAPI_DEFAULTS
    }

    assert wrong == {}

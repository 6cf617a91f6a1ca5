"""Every property of every schema in the OpenAPI document says in Dutch what it holds.

Each property has a Dutch `description` (`Field(description=…)`), the list envelopes
`{resultaten, aantal, _links}` included; a property of an array's inline items counts too.
A new schema or field without one fails here.
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

"""Every schema of the OpenAPI document has one unique, meaningful Dutch name."""

import re
from typing import Any

import pytest

from app.core.schema_names import dutch_name

ENGLISH = re.compile(r"^(App|Page)[A-Z]|(Read|Create|Created|Update|Patch|Input|Summary|Outcome)$")


def test_no_schema_name_leaks_a_module_path_or_an_english_role(openapi: dict[str, Any]) -> None:
    leaking = [name for name in openapi["components"]["schemas"] if ENGLISH.search(name)]

    assert leaking == []


def test_every_schema_is_titled_by_its_name(openapi: dict[str, Any]) -> None:
    schemas = openapi["components"]["schemas"]

    assert {name: schema["title"] for name, schema in schemas.items()} == {
        name: name for name in schemas
    }


@pytest.mark.parametrize(
    ("code_name", "document_name"),
    [
        ("PageVerbondenPartijRead", "VerbondenPartijLijst"),
        ("VerbondenPartijRead", "VerbondenPartij"),
        ("RisicoCreate", "RisicoNieuw"),
        ("TokenCreated", "TokenAangemaakt"),
        ("EvaluatieUpdate", "EvaluatieWijziging"),
        ("AppWgrCalendarBron", "TermijnBron"),
        ("AppVerbeterplanModelsBron", "AanbevelingBron"),
    ],
)
def test_code_names_become_dutch_document_names(code_name: str, document_name: str) -> None:
    assert dutch_name(code_name) == document_name

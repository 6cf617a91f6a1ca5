"""Form text into the API's models: Dutch numbers, errors named as the API names them."""

import pytest

from app.core.errors import InvalidInput, InvalidParam
from app.gebruikers.schemas import TokenCreate
from app.web.form_input import decimal_text, field_errors, validated


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("12,5", "12.5"),
        ("1.234,56", "1234.56"),
        ("1.000.000", "1000000"),
        ("1.000", "1000"),
        ("99.5", "99.5"),
        (" 7 ", "7"),
        ("veel", "veel"),
    ],
)
def test_a_dutch_number_is_read_as_the_api_reads_numbers(typed: str, read: str) -> None:
    assert decimal_text(typed) == read


def test_every_bad_field_is_named_with_a_dutch_reason() -> None:
    with pytest.raises(InvalidInput) as raised:
        validated(TokenCreate, {"omschrijving": "", "verlooptOp": "morgen"})

    errors = field_errors(raised.value)

    assert [e.field for e in errors] == ["omschrijving", "verlooptOp"]
    assert errors[0].message == "Vul dit in."


def test_a_services_english_reason_becomes_the_pages_dutch_text_for_its_field() -> None:
    exc = InvalidInput.fields(
        [InvalidParam("metingen[3].normCode", "Unknown norm code."), InvalidParam("x", "Bad.")]
    )

    errors = field_errors(exc, {"normCode": "Onbekende norm."})

    assert [(e.field, e.message) for e in errors] == [
        ("metingen[3].normCode", "Onbekende norm."),
        ("x", "Deze waarde klopt niet."),
    ]

"""The schema check decides a file on one record per shape: a record that differs from the
others only in a value's type is still found, at its own index."""

from app.iv3.validation import schema_problems
from tests.iv3.bestanden import bestand, changed

MANY = bestand(
    periode=0,
    status="Begroting",
    lasten=[("1.1", "3.8", 1)] * 1_000,
    baten=[("1.1", "4.3.6", 1)] * 1_000,
)


def test_a_file_of_identical_valid_records_is_valid() -> None:
    assert schema_problems(MANY) == []


def test_one_record_with_a_text_amount_among_a_thousand_is_found_at_its_index() -> None:
    document = changed(MANY, data__lasten__737__bedrag="1")
    assert [(p.name, p.reason) for p in schema_problems(document)] == [
        ("data.lasten[737].bedrag", "'1' is not of type 'number'")
    ]


def test_a_boolean_amount_is_no_number() -> None:
    document = changed(MANY, data__baten__5__bedrag=True)
    assert [p.name for p in schema_problems(document)] == ["data.baten[5].bedrag"]


def test_an_unknown_key_in_a_key_ratio_is_found() -> None:
    document = changed(
        MANY,
        data__kengetallen=[
            {"verslagperiode": "Beg_2026", "kengetal": "fk.1", "waarde": "90"},
            {"verslagperiode": "Beg_2026", "kengetal": "fk.3", "waarde": "30", "bron": "x"},
        ],
    )
    assert [p.name for p in schema_problems(document)] == ["data.kengetallen[1].bron"]

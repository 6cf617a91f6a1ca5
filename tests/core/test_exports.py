"""The reusable exports: format negotiation, CSV and XLSX writers, formula neutralisation."""

import io
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from app.core.errors import NotAcceptable
from app.core.exports.csv_writer import Scheidingsteken, csv_chunks
from app.core.exports.formats import XLSX_MEDIA_TYPE, ExportFormaat, negotiate
from app.core.exports.models import cell, columns_of
from app.core.exports.responses import safe_filename
from app.core.exports.table import ExportSheet, Kolom, Kolomsoort, neutralise
from app.core.exports.xlsx_writer import workbook_bytes
from app.voortgang.content import Oordeel
from app.voortgang.schemas import Overgang

SHEET = ExportSheet(
    "Test",
    [
        Kolom("Naam"),
        Kolom("Bedrag", Kolomsoort.EURO),
        Kolom("Aandeel", Kolomsoort.PERCENTAGE),
        Kolom("Datum", Kolomsoort.DATUM),
        Kolom("Actief", Kolomsoort.JA_NEE),
    ],
    [
        ["Renkum; Rheden", Decimal("12345678901.23"), Decimal("14.5"), date(2026, 4, 30), True],
        ["-1+1", Decimal("-0.10"), None, None, False],
    ],
)


@pytest.mark.parametrize(
    ("accept", "formaat", "expected"),
    [
        (None, None, ExportFormaat.JSON),
        ("*/*", None, ExportFormaat.JSON),
        ("text/csv", None, ExportFormaat.CSV),
        (XLSX_MEDIA_TYPE, None, ExportFormaat.XLSX),
        ("application/json;q=0.5, text/csv", None, ExportFormaat.CSV),
        ("text/csv;q=0, application/json", None, ExportFormaat.JSON),
        ("text/html, text/*;q=0.8", None, ExportFormaat.CSV),
        ("text/*, application/json;q=0.1, text/csv;q=0", None, ExportFormaat.JSON),
        ("*/*;q=0.5, text/csv", None, ExportFormaat.CSV),
        ("text/csv", ExportFormaat.XLSX, ExportFormaat.XLSX),  # the query parameter wins
    ],
)
def test_negotiation_picks_the_best_acceptable_format(
    accept: str | None, formaat: ExportFormaat | None, expected: ExportFormaat
) -> None:
    assert negotiate(accept, formaat) is expected


def test_negotiation_refuses_what_it_cannot_serve() -> None:
    with pytest.raises(NotAcceptable):
        negotiate("application/pdf, text/html", None)


def test_a_type_excluded_by_q_0_is_not_served_through_a_wildcard() -> None:
    with pytest.raises(NotAcceptable):
        negotiate("text/*, text/csv;q=0", None)


@pytest.mark.parametrize("text", ["=1+1", "+31", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_triggers_get_an_apostrophe(text: str) -> None:
    assert neutralise(text) == "'" + text


def test_ordinary_text_is_left_alone() -> None:
    assert neutralise("De Connectie = ICT") == "De Connectie = ICT"


def test_csv_is_utf8_with_bom_exact_numbers_and_inert_text() -> None:
    content = b"".join(csv_chunks(SHEET, Scheidingsteken.PUNTKOMMA)).decode("utf-8")

    assert content.startswith("\ufeffNaam;Bedrag;Aandeel;Datum;Actief\r\n")
    lines = content.splitlines()
    assert lines[1] == '"Renkum; Rheden";12345678901,23;14,5;2026-04-30;true'
    assert lines[2] == "'-1+1;-0,10;;;false"


def test_csv_with_a_comma_between_columns_keeps_the_decimal_point() -> None:
    content = b"".join(csv_chunks(SHEET, Scheidingsteken.KOMMA)).decode("utf-8")

    assert content.splitlines()[1] == "Renkum; Rheden,12345678901.23,14.5,2026-04-30,true"


def test_xlsx_cells_are_typed_and_formatted() -> None:
    sheet = load_workbook(io.BytesIO(workbook_bytes([SHEET]))).worksheets[0]

    naam, bedrag, aandeel, datum, actief = sheet[2]
    assert naam.value == "Renkum; Rheden"
    assert bedrag.value == 12345678901.23
    assert bedrag.data_type == "n"
    assert "€" in bedrag.number_format
    assert aandeel.value == 0.145
    assert aandeel.number_format == "0.00%"
    assert datum.value.date() == date(2026, 4, 30)
    assert datum.is_date
    assert actief.value is True
    assert sheet["A3"].value == "'-1+1"
    assert sheet["A3"].data_type == "s"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:E3"
    assert sheet["A1"].font.bold


def test_xlsx_replaces_control_characters_xml_cannot_hold() -> None:
    hostile = ExportSheet("Test", [Kolom("Naam\x0b")], [["De\x01 Connectie\x1f"]])

    sheet = load_workbook(io.BytesIO(workbook_bytes([hostile]))).worksheets[0]

    assert sheet["A1"].value == "Naam\ufffd"
    assert sheet["A2"].value == "De\ufffd Connectie\ufffd"


def test_filenames_are_plain_ascii() -> None:
    assert safe_filename("BBV-paragraaf 2026 Súdwest-Fryslân.xlsx") == (
        "bbv-paragraaf-2026-sudwest-fryslan.xlsx"
    )


TIMESTAMPS = ExportSheet(
    "Tijden",
    [Kolom("ontvangenOp", Kolomsoort.TIJDSTIP)],
    [[datetime(2026, 7, 1, 8, 30, tzinfo=UTC)]],
)


def test_xlsx_timestamps_are_date_time_cells_in_dutch_time() -> None:
    sheet = load_workbook(io.BytesIO(workbook_bytes([TIMESTAMPS]))).worksheets[0]

    assert sheet["A2"].is_date
    assert sheet["A2"].value == datetime(2026, 7, 1, 10, 30)  # CEST
    assert sheet["A2"].number_format == "yyyy-mm-dd hh:mm:ss"


def test_csv_timestamps_are_iso_8601_in_utc() -> None:
    content = b"".join(csv_chunks(TIMESTAMPS, Scheidingsteken.KOMMA)).decode("utf-8")

    assert content.splitlines()[1] == "2026-07-01T08:30:00Z"


def test_a_read_models_timestamps_become_a_timestamp_column() -> None:
    kinds = {kolom.kop: kolom.soort for kolom in columns_of(Overgang)}

    assert kinds["tijdstip"] is Kolomsoort.TIJDSTIP


def test_enumerations_are_exported_as_their_words_not_their_symbols() -> None:
    assert [cell(oordeel) for oordeel in Oordeel] == ["beter", "op_koers", "achter"]

"""Uploaded CSV and XLSX as rows of text: encodings, separators, values. Pure."""

from datetime import datetime

import pytest

from app.core.errors import InvalidInput
from app.core.uploads import Bestandssoort, Deadline, ParseLimits, TableRow
from app.core.uploads.tables import cell_text, decode_text, parse_table


def read_csv(content: bytes, max_rows: int = 100) -> list[TableRow]:
    return parse_table(content, Deadline(30), soort=Bestandssoort.CSV, limits=ParseLimits(max_rows))


def rows_of(content: bytes) -> list[tuple[str, ...]]:
    return [row.cellen for row in read_csv(content)]


def test_utf8_with_a_byte_order_mark_is_read_without_it() -> None:
    assert decode_text("\ufeffNr;Aanbeveling".encode()) == "Nr;Aanbeveling"


def test_utf16_with_a_byte_order_mark_is_read() -> None:
    assert decode_text("Nr\tAanbeveling".encode("utf-16")) == "Nr\tAanbeveling"


def test_windows_1252_is_read_only_when_the_file_is_not_utf8() -> None:
    assert decode_text("Coördinator".encode("cp1252")) == "Coördinator"
    assert decode_text("Coördinator".encode()) == "Coördinator"


def test_control_characters_mean_it_is_no_text_file() -> None:
    with pytest.raises(InvalidInput, match="not a text file"):
        decode_text(b"Nr;Aanbeveling\x00\x01")


@pytest.mark.parametrize("separator", [";", ",", "\t"])
def test_the_separator_is_taken_from_the_header(separator: str) -> None:
    content = separator.join(["Nr", "Aanbeveling", "Reactie"]).encode() + b"\r\nA"

    assert rows_of(content)[0] == ("Nr", "Aanbeveling", "Reactie")


def test_commas_inside_a_semicolon_file_stay_in_their_cell() -> None:
    content = b"Nr;Aanbeveling;Reactie\r\nA;Rollen, taken en formatie;\r\n"

    assert rows_of(content)[1] == ("A", "Rollen, taken en formatie", "")


def test_empty_rows_are_left_out_and_rows_keep_their_numbers() -> None:
    table = read_csv(b"a;b\r\n;\r\n\r\nc;d\r\n")

    assert [row.nummer for row in table] == [1, 4]


def test_data_beyond_the_row_limit_is_refused() -> None:
    with pytest.raises(InvalidInput, match="beyond row 3"):
        read_csv(b"a\r\nb\r\nc\r\nd\r\n", max_rows=3)


def test_spreadsheet_values_become_text() -> None:
    assert cell_text(2.0) == "2"
    assert cell_text(2.5) == "2.5"
    assert cell_text(datetime(2022, 3, 31)) == "2022-03-31"
    assert cell_text("=1+1") == "=1+1"
    assert cell_text(None) == ""

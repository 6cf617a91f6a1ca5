"""XLSX exports: a real workbook with typed cells, written with XlsxWriter in constant-memory
mode (openpyxl stays for reading imports).

Amounts are numeric cells in a euro format, percentages numeric cells in a percent format
(68 % is stored as 0.68, as spreadsheets do), dates are dates, timestamps date-time cells in
Dutch time (Europe/Amsterdam); every sheet has a frozen, bold header row and an auto filter.
Text that would start a formula gets a leading apostrophe (and every text goes in as a string
cell, never as a formula); the words of a column with colours are filled green, blue, amber
or red.

Rows are consumed one at a time: in constant-memory mode each row goes to a temporary file
as it is written, and `write_workbook` zips the sheets into any file object, so a large
export never sits in memory as a whole.
"""

import io
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import IO, Any
from zoneinfo import ZoneInfo

from xlsxwriter import Workbook
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from app.core.exports.table import CellValue, ExportSheet, Kolom, Kolomsoort, neutralise

EURO_FORMAT = '"€" #,##0.00'
PERCENTAGE_FORMAT = "0.00%"
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
NUMBER_FORMATS = {
    Kolomsoort.EURO: EURO_FORMAT,
    Kolomsoort.PERCENTAGE: PERCENTAGE_FORMAT,
    Kolomsoort.DATUM: DATE_FORMAT,
    Kolomsoort.TIJDSTIP: DATETIME_FORMAT,
}
# A spreadsheet cell has no time zone: timestamps are shown as the reader's clock shows them.
LOCAL_TIME = ZoneInfo("Europe/Amsterdam")
SHEET_TITLE_LENGTH = 31  # Excel's limit
FORBIDDEN_IN_TITLE = str.maketrans(dict.fromkeys("[]:*?/\\", " "))
# The control characters XML 1.0 (and so XLSX) cannot hold.
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


def workbook_bytes(sheets: Sequence[ExportSheet]) -> bytes:
    """The sheets as one XLSX file, in memory (small exports and tests)."""
    output = io.BytesIO()
    write_workbook(sheets, output)
    return output.getvalue()


def write_workbook(sheets: Iterable[ExportSheet], target: IO[bytes]) -> None:
    """Write the sheets as one XLSX file into `target`, consuming each sheet's rows once."""
    workbook = Workbook(
        target, {"constant_memory": True, "strings_to_formulas": False, "remove_timezone": True}
    )
    formats = _Formats(workbook)
    try:
        for sheet in sheets:
            _write_sheet(workbook.add_worksheet(_title(sheet.titel)), sheet, formats)
    finally:
        workbook.close()


def _title(text: str) -> str:
    return text.translate(FORBIDDEN_IN_TITLE)[:SHEET_TITLE_LENGTH] or "Blad"


class _Formats:
    """The workbook's cell formats, made once each."""

    def __init__(self, workbook: Workbook) -> None:
        self.workbook = workbook
        self.bold = workbook.add_format({"bold": True})
        self.numbers = {
            soort: workbook.add_format({"num_format": code})
            for soort, code in NUMBER_FORMATS.items()
        }
        self._fills: dict[str, Format] = {}

    def fill(self, argb: str) -> Format:
        """A solid fill of `argb` (`FFC6EFCE`) for a status code, shown as text."""
        if argb not in self._fills:
            colour = "#" + argb[-6:]
            self._fills[argb] = self.workbook.add_format(
                {"pattern": 1, "bg_color": colour, "fg_color": colour, "quote_prefix": True}
            )
        return self._fills[argb]


def _write_sheet(worksheet: Worksheet, sheet: ExportSheet, formats: _Formats) -> None:
    for index, kolom in enumerate(sheet.kolommen):
        worksheet.set_column(index, index, kolom.breedte)
    worksheet.freeze_panes(1, 0)
    for index, kolom in enumerate(sheet.kolommen):
        worksheet.write_string(0, index, _text(kolom.kop), formats.bold)
    written = 0
    for row in sheet.rijen:
        written += 1
        for index, (kolom, value) in enumerate(zip(sheet.kolommen, row, strict=True)):
            _write_cell(worksheet, written, index, kolom, value, formats)
    worksheet.autofilter(0, 0, written, max(0, len(sheet.kolommen) - 1))


def _write_cell(
    worksheet: Worksheet, row: int, column: int, kolom: Kolom, value: CellValue, formats: _Formats
) -> None:
    if value is None:
        return
    if kolom.kleuren and isinstance(value, str) and value in kolom.kleuren:
        worksheet.write_string(row, column, value, formats.fill(kolom.kleuren[value]))
        return
    number_format: Any = formats.numbers.get(kolom.soort)
    if isinstance(value, str):
        worksheet.write_string(row, column, _text(value))
    elif isinstance(value, bool):
        worksheet.write_boolean(row, column, value)
    elif isinstance(value, Decimal | int):
        worksheet.write_number(row, column, float(_scaled(kolom, value)), number_format)
    elif isinstance(value, datetime):
        worksheet.write_datetime(row, column, _local(value), number_format)
    elif isinstance(value, date):
        worksheet.write_datetime(row, column, value, number_format)
    else:
        worksheet.write(row, column, value, number_format)


def _text(value: str) -> str:
    """Text for a cell: inert as a formula, and without the control characters that XML (and
    so XLSX) cannot hold."""
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", neutralise(value))


def _scaled(kolom: Kolom, value: Decimal | int) -> Decimal | int:
    if kolom.soort is Kolomsoort.PERCENTAGE:
        return Decimal(value) / 100
    return value


def _local(value: datetime) -> datetime:
    if value.tzinfo is None:
        return value
    return value.astimezone(LOCAL_TIME).replace(tzinfo=None)


def file_chunks(source: IO[bytes], size: int = 64 * 1024) -> Iterator[bytes]:
    """A finished file, from its start, in chunks (closed at the end)."""
    try:
        source.seek(0)
        while chunk := source.read(size):
            yield chunk
    finally:
        source.close()

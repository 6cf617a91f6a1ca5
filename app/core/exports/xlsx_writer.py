"""XLSX exports: a real workbook with typed cells, written with openpyxl in write-only mode.

Amounts are numeric cells in a euro format, percentages numeric cells in a percent format
(68 % is stored as 0.68, as spreadsheets do), dates are dates, timestamps date-time cells in
Dutch time (Europe/Amsterdam); every sheet has a frozen, bold header row and an auto filter.
Text that would start a formula gets a leading apostrophe; the words of a column with
colours are filled green, blue, amber or red.

Rows are consumed one at a time: write-only sheets go to temporary files as they are
written, and `write_workbook` zips them into any file object, so a large export never sits in
memory as a whole.
"""

import io
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import IO
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

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


def workbook_bytes(sheets: Sequence[ExportSheet]) -> bytes:
    """The sheets as one XLSX file, in memory (small exports and tests)."""
    output = io.BytesIO()
    write_workbook(sheets, output)
    return output.getvalue()


def write_workbook(sheets: Iterable[ExportSheet], target: IO[bytes]) -> None:
    """Write the sheets as one XLSX file into `target`, consuming each sheet's rows once."""
    workbook = Workbook(write_only=True)
    for sheet in sheets:
        worksheet = workbook.create_sheet(_title(sheet.titel))
        _write_sheet(worksheet, sheet)
    workbook.save(target)


def _title(text: str) -> str:
    return text.translate(FORBIDDEN_IN_TITLE)[:SHEET_TITLE_LENGTH] or "Blad"


def _write_sheet(worksheet: WriteOnlyWorksheet, sheet: ExportSheet) -> None:
    # column_dimensions and auto_filter exist on write-only sheets (Worksheet._setup) but are
    # missing from types-openpyxl's stub of WriteOnlyWorksheet.
    columns = worksheet.column_dimensions  # type: ignore[attr-defined]
    for index, kolom in enumerate(sheet.kolommen, start=1):
        columns[get_column_letter(index)].width = kolom.breedte
    worksheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for kolom in sheet.kolommen:
        cell = WriteOnlyCell(worksheet, value=_text(kolom.kop))
        cell.font = bold
        header.append(cell)
    worksheet.append(header)
    fills: dict[str, PatternFill] = {}
    written = 0
    for row in sheet.rijen:
        worksheet.append(
            [
                _cell(worksheet, kolom, value, fills)
                for kolom, value in zip(sheet.kolommen, row, strict=True)
            ]
        )
        written += 1
    last_column = get_column_letter(max(1, len(sheet.kolommen)))
    worksheet.auto_filter.ref = f"A1:{last_column}{written + 1}"  # type: ignore[attr-defined]


def _cell(
    worksheet: WriteOnlyWorksheet, kolom: Kolom, value: CellValue, fills: dict[str, PatternFill]
) -> Cell:
    cell = WriteOnlyCell(worksheet)
    if kolom.kleuren and isinstance(value, str) and value in kolom.kleuren:
        cell.value = value
        cell.data_type = "s"  # a status code, never a formula
        cell.quotePrefix = True
        colour = kolom.kleuren[value]
        if colour not in fills:
            fills[colour] = PatternFill(fill_type="solid", start_color=colour, end_color=colour)
        cell.fill = fills[colour]
        return cell
    cell.value = _typed(kolom, value)
    if value is not None and kolom.soort in NUMBER_FORMATS:
        cell.number_format = NUMBER_FORMATS[kolom.soort]
    return cell


def _text(value: str) -> str:
    """Text for a cell: inert as a formula, and without the control characters that XML (and
    so XLSX) cannot hold — openpyxl refuses them, which would end the export half-way."""
    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", neutralise(value))


def _typed(kolom: Kolom, value: CellValue) -> str | Decimal | int | date | bool | None:
    if isinstance(value, str):
        return _text(value)
    if kolom.soort is Kolomsoort.PERCENTAGE and isinstance(value, Decimal | int):
        return Decimal(value) / 100
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(LOCAL_TIME).replace(tzinfo=None)
    return value


def file_chunks(source: IO[bytes], size: int = 64 * 1024) -> Iterator[bytes]:
    """A finished file, from its start, in chunks (closed at the end)."""
    try:
        source.seek(0)
        while chunk := source.read(size):
            yield chunk
    finally:
        source.close()

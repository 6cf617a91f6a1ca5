"""An uploaded CSV or XLSX file as rows of text, safely.

Rules that every importer relies on:
- Every cell is text. A cell that looks like a formula (`=1+1`, `=HYPERLINK(...)`) is the text
  of the formula: XLSX files are read without their cached results and nothing is evaluated.
- CSV encodings: UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark.
  Only a file that is *not* valid UTF-8 is read as Windows-1252, the encoding of Excel's
  "CSV (gescheiden door lijstscheidingsteken)" on Dutch Windows. Text with control characters
  is refused (400) as not being a text file at all. The separator (`;`, `,` or tab) is taken
  from the header line.
- Broken files answer 400, never 500; an XLSX is opened only when it unpacks to a sane size.
- The file is read off the event loop within `ParseLimits` (`app.core.uploads.limits`): no line
  of a CSV and no row an XLSX declares or addresses lies beyond `max_rows`, the cells it
  addresses (empty ones included) stay within the cell budget, and reading stops at the
  deadline. Only the first `MAX_COLUMNS` columns are kept.
- Empty rows are left out; each row keeps the number a spreadsheet shows for it.
"""

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import partial
from typing import Any, TypeVar

import openpyxl

from app.core.errors import InvalidInput
from app.core.uploads.limits import (
    MAX_COLUMNS,
    Deadline,
    ParseLimits,
    beyond_rows,
    too_many_cells,
)
from app.core.uploads.off_loop import parse_off_loop
from app.core.uploads.request import FIELD, Bestandssoort, Upload
from app.core.uploads.xlsx_scan import scan_workbook

T = TypeVar("T")

MAX_UNPACKED_BYTES = 50 * 1024 * 1024
MAX_ARCHIVE_MEMBERS = 2_000
DELIMITERS = (";", ",", "\t")
CONTROL_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class TableRow:
    nummer: int  # as a spreadsheet numbers it, from 1
    cellen: tuple[str, ...]

    def cell(self, index: int | None) -> str:
        """The stripped text of column `index`; empty when the row has no such column."""
        if index is None or index >= len(self.cellen):
            return ""
        return self.cellen[index].strip()


async def read_table(upload: Upload, limits: ParseLimits) -> list[TableRow]:
    """The non-empty rows of the upload's first sheet (XLSX) or of the CSV text, read in a
    worker process within `limits`."""
    parse = partial(parse_table, soort=upload.soort, limits=limits)
    return await parse_off_loop(parse, upload.inhoud, limits.seconds)


async def interpret_table(
    upload: Upload, limits: ParseLimits, interpret: Callable[[list[TableRow]], T]
) -> T:
    """`interpret(rows)` of `read_table`'s rows, in the same worker process: an importer's
    own reading of many rows keeps off the event loop too. `interpret` is a module-level
    function (it travels to the process by name); what it returns must pickle."""
    parse = partial(_parse_and_interpret, soort=upload.soort, limits=limits, interpret=interpret)
    return await parse_off_loop(parse, upload.inhoud, limits.seconds)


def _parse_and_interpret(
    content: bytes,
    deadline: Deadline,
    *,
    soort: Bestandssoort,
    limits: ParseLimits,
    interpret: Callable[[list[TableRow]], T],
) -> T:
    rows = parse_table(content, deadline, soort=soort, limits=limits)
    deadline.check()
    return interpret(rows)


def parse_table(
    content: bytes, deadline: Deadline, *, soort: Bestandssoort, limits: ParseLimits
) -> list[TableRow]:
    """`read_table`'s work, in the calling process."""
    if soort is Bestandssoort.XLSX:
        return _xlsx_rows(content, limits, deadline)
    return _csv_rows(decode_text(content), limits, deadline)


def decode_text(content: bytes) -> str:
    """The text of a CSV file by the encoding rules above; 400 naming the problem."""
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode(
            content, "utf-16", "It starts with a UTF-16 byte-order mark but is not UTF-16"
        )
    elif content.startswith(codecs.BOM_UTF8):
        text = _decode(
            content[3:], "utf-8", "It starts with a UTF-8 byte-order mark but is not UTF-8"
        )
    else:
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError as not_utf8:
            problem = (
                f"It is neither UTF-8 (invalid byte at position {not_utf8.start}) nor Windows-1252"
            )
            text = _decode(content, "cp1252", problem)
    if control := CONTROL_CHARACTER.search(text):
        raise InvalidInput.field(
            FIELD,
            f"This is not a text file: control character U+{ord(control.group()):04X} at "
            f"position {control.start()}. Send a CSV in UTF-8, or an XLSX file.",
        )
    return text


def _decode(content: bytes, encoding: str, problem: str) -> str:
    try:
        return content.decode(encoding)
    except UnicodeDecodeError as error:
        raise InvalidInput.field(
            FIELD,
            f"{problem} (byte {error.start}). Save the file as CSV UTF-8, or send an XLSX file.",
        ) from None


def _csv_rows(text: str, limits: ParseLimits, deadline: Deadline) -> list[TableRow]:
    """Every line counts against the row limit, empty or not; every cell against the budget."""
    delimiter = _delimiter(text)
    rows: list[TableRow] = []
    cells = 0
    try:
        for number, record in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), 1):
            if number > limits.max_rows:
                raise beyond_rows(limits.max_rows)
            cells += len(record)
            if cells > limits.cell_budget:
                raise too_many_cells(cells, limits.cell_budget)
            if number % 100 == 0:
                deadline.check()
            if any(cell.strip() for cell in record):
                rows.append(TableRow(number, tuple(record[:MAX_COLUMNS])))
    except csv.Error as error:
        raise InvalidInput.field(FIELD, f"The CSV cannot be read: {error}.") from None
    return rows


def _delimiter(text: str) -> str:
    """The separator that splits the header (the line naming 'Aanbeveling' or the like) into
    the most columns; `;` wins ties (Dutch Excel)."""

    def score(delimiter: str) -> tuple[int, int]:
        best_header = best_any = 0
        try:
            for number, record in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter)):
                if number >= 50:
                    break
                best_any = max(best_any, len(record))
                if sum(1 for cell in record if cell.strip()) >= 2:
                    best_header = max(best_header, len(record))
        except csv.Error:
            return (0, 0)
        return (best_header, best_any)

    return max(DELIMITERS, key=score)


def _xlsx_rows(content: bytes, limits: ParseLimits, deadline: Deadline) -> list[TableRow]:
    _check_archive(content)
    try:
        scan_workbook(content, limits, deadline)  # before openpyxl walks what the file names
        workbook = openpyxl.load_workbook(
            io.BytesIO(content), read_only=True, data_only=False, keep_links=False
        )
        try:
            sheet = workbook.worksheets[0]
            rows = sheet.iter_rows(max_row=limits.max_rows, max_col=MAX_COLUMNS, values_only=True)
            return _sheet_rows(rows, deadline)
        finally:
            workbook.close()
    except InvalidInput:
        raise
    except Exception as error:  # openpyxl raises all sorts on a malformed workbook
        raise InvalidInput.field(
            FIELD, f"The XLSX file cannot be read ({type(error).__name__}); is it damaged?"
        ) from None


def _check_archive(content: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise InvalidInput.field(
            FIELD, "The XLSX file is damaged: not a valid ZIP archive."
        ) from None
    if len(members) > MAX_ARCHIVE_MEMBERS or sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
        raise InvalidInput.field(FIELD, "The XLSX file unpacks to more than this service reads.")


def _sheet_rows(rows: Iterable[tuple[Any, ...]], deadline: Deadline) -> list[TableRow]:
    result: list[TableRow] = []
    for number, values in enumerate(rows, 1):
        deadline.check()
        cells = tuple(cell_text(value) for value in values)
        if any(cell.strip() for cell in cells):
            result.append(TableRow(number, cells))
    return result


def cell_text(value: Any) -> str:
    """A spreadsheet value as text: formulas stay formulas, whole numbers lose `.0`,
    dates are `YYYY-MM-DD`."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    formula = getattr(value, "text", None)  # array formulas come as objects
    return formula if isinstance(formula, str) else str(value)

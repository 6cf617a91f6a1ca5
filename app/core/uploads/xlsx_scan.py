"""The bounds of an XLSX file, checked before openpyxl reads it.

openpyxl's read-only mode walks every row up to the highest row number a sheet names, and
loads every shared string at once; neither can be interrupted. So the first sheet's XML is
streamed here first, with expat and no tree: its `<dimension>`, each row number (`r=`) and
each cell (`<c>`, with or without content) must stay within the limits, and so must the
number of shared strings. A DOCTYPE (never in a real workbook) is refused, which keeps
entity expansion out; the archive itself was checked for its unpacked size before.
"""

import io
import re
import zipfile
from collections.abc import Callable
from xml.parsers import expat

from openpyxl.reader.excel import ExcelReader
from openpyxl.xml.constants import SHARED_STRINGS

from app.core.errors import InvalidInput
from app.core.uploads.limits import Deadline, ParseLimits, beyond_rows, too_many_cells
from app.core.uploads.request import FIELD

CHUNK_BYTES = 64 * 1024
REFERENCE = re.compile(r"^\$?([A-Za-z]{1,3})\$?([0-9]{1,20})$")
SHARED_STRINGS_PER_CELL = 4  # other sheets may use shared strings too


class _Refused(Exception):
    """Stops expat from inside a handler; carries the answer to give."""

    def __init__(self, error: InvalidInput) -> None:
        super().__init__(error.detail)
        self.error = error


def scan_workbook(content: bytes, limits: ParseLimits, deadline: Deadline) -> None:
    """400 when the first worksheet or the shared strings exceed `limits` or `deadline`."""
    reader = ExcelReader(io.BytesIO(content), read_only=True)
    archive = reader.archive
    sheet, strings = _parts(reader)
    if sheet is not None:
        _stream(archive, sheet, _SheetBounds(limits).handler, deadline)
    if strings is not None:
        most = limits.cell_budget * SHARED_STRINGS_PER_CELL
        _stream(archive, strings, _StringCount(most).handler, deadline)


def _parts(reader: ExcelReader) -> tuple[str | None, str | None]:
    """The member openpyxl reads as `worksheets[0]`, and the shared strings' member."""
    reader.read_manifest()
    reader.read_workbook()
    sheet = next(
        (
            rel.target
            for _, rel in reader.parser.find_sheets()
            if rel.target in reader.valid_files and "chartsheet" not in rel.Type
        ),
        None,
    )
    found = reader.package.find(SHARED_STRINGS)  # type: ignore[no-untyped-call]
    strings = found.PartName[1:] if found is not None else None
    return sheet, strings if strings in reader.valid_files else None


def _stream(
    archive: zipfile.ZipFile,
    member: str,
    handler: Callable[[str, dict[str, str]], None],
    deadline: Deadline,
) -> None:
    parser = expat.ParserCreate(namespace_separator="}")
    parser.StartElementHandler = lambda name, attributes: handler(
        name.rpartition("}")[2], attributes
    )
    parser.StartDoctypeDeclHandler = _no_doctype
    parser.EntityDeclHandler = _no_doctype
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(CHUNK_BYTES):
                parser.Parse(chunk, False)
                deadline.check()
            parser.Parse(b"", True)
    except _Refused as refused:
        raise refused.error from None
    except expat.ExpatError as error:
        raise InvalidInput.field(
            FIELD, f"The XLSX file is damaged: {member} is no valid XML ({error})."
        ) from None


def _no_doctype(*_: object) -> None:
    raise _Refused(
        InvalidInput.field(FIELD, "The XLSX file declares a DOCTYPE, which no workbook has.")
    )


class _SheetBounds:
    """Counts the rows and cells a sheet declares or addresses, and stops at the limits."""

    def __init__(self, limits: ParseLimits) -> None:
        self.max_rows = limits.max_rows
        self.budget = limits.cell_budget
        self.row = 0
        self.cells = 0

    def handler(self, name: str, attributes: dict[str, str]) -> None:
        if name == "row":
            self._row(attributes.get("r"))
        elif name == "c":
            self._cell(attributes.get("r"))
        elif name == "dimension":
            self._dimension(attributes.get("ref", ""))

    def _row(self, number: str | None) -> None:
        self.row = _number(number) if number is not None else self.row + 1
        if self.row > self.max_rows:
            raise _Refused(beyond_rows(self.max_rows))

    def _cell(self, reference: str | None) -> None:
        self.cells += 1
        if self.cells > self.budget:
            raise _Refused(too_many_cells(self.cells, self.budget))
        if reference is not None:
            _, row = _reference(reference)
            if row > self.max_rows:
                raise _Refused(beyond_rows(self.max_rows))

    def _dimension(self, ref: str) -> None:
        first, _, last = ref.partition(":")
        (column_from, row_from), (column_to, row_to) = _reference(first), _reference(last or first)
        if max(row_from, row_to) > self.max_rows:
            raise _Refused(beyond_rows(self.max_rows))
        declared = (abs(row_to - row_from) + 1) * (abs(column_to - column_from) + 1)
        if declared > self.budget:
            raise _Refused(too_many_cells(declared, self.budget))


class _StringCount:
    def __init__(self, most: int) -> None:
        self.most = most
        self.count = 0

    def handler(self, name: str, attributes: dict[str, str]) -> None:
        if name == "si":
            self.count += 1
            if self.count > self.most:
                raise _Refused(
                    InvalidInput.field(
                        FIELD,
                        f"The workbook holds more than {self.most} different texts, more than "
                        "this import reads.",
                    )
                )


def _number(text: str) -> int:
    if not text.isdigit() or len(text) > 20:
        raise _Refused(InvalidInput.field(FIELD, f"The XLSX file is damaged: row number {text!r}."))
    return int(text)


def _reference(reference: str) -> tuple[int, int]:
    """`AB12` → (28, 12)."""
    found = REFERENCE.match(reference)
    if found is None:
        raise _Refused(
            InvalidInput.field(FIELD, f"The XLSX file is damaged: cell reference {reference!r}.")
        )
    column = 0
    for letter in found.group(1).upper():
        column = column * 26 + ord(letter) - ord("A") + 1
    return column, int(found.group(2))

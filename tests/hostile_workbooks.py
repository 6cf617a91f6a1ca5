"""The XLSX files of issue 12, finding 1: tiny or compressible files that address far more
rows and cells than they hold. Used by the tests and by bench/uploads.py."""

import io
import zipfile

import openpyxl

SHEET = "xl/worksheets/sheet1.xml"
NAMESPACE = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
EXCEL_LAST_ROW = 1_048_576


def workbook_with_sheet(sheet_xml: bytes) -> bytes:
    """A real workbook (openpyxl's) whose first sheet's XML is `sheet_xml`."""
    book = openpyxl.Workbook()
    source = io.BytesIO()
    book.save(source)
    result = io.BytesIO()
    with (
        zipfile.ZipFile(source) as original,
        zipfile.ZipFile(result, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target,
    ):
        for item in original.infolist():
            data = sheet_xml if item.filename == SHEET else original.read(item.filename)
            target.writestr(item.filename, data, zipfile.ZIP_DEFLATED, 9)
    return result.getvalue()


def _sheet(rows: str, dimension: str | None = None) -> bytes:
    declared = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{NAMESPACE}">{declared}'
        f"<sheetData>{rows}</sheetData></worksheet>"
    ).encode()


def single_row_numbered(number: int) -> bytes:
    """One cell of text in a row numbered `number`, and no `<dimension>` (~1.5 KB)."""
    cell = f'<c r="A{number}" t="inlineStr"><is><t>Nr</t></is></c>'
    return workbook_with_sheet(_sheet(f'<row r="{number}">{cell}</row>'))


def row_ten_million() -> bytes:
    return single_row_numbered(10_000_000)


def excel_last_row() -> bytes:
    return single_row_numbered(EXCEL_LAST_ROW)


def wide_sheet(rows: int = 1_900, cells: int = 1_100, dimension: bool = False) -> bytes:
    """`rows` rows of `cells` numeric cells each (1,900 x 1,100 unpack to ~44 MB, packed to
    under the upload limit), the cells without references (each the next column), with or
    without a `<dimension>` that says so."""
    row = "<row>" + '<c t="n"><v>1</v></c>' * cells + "</row>"
    declared = f"A1:{_column(cells)}{rows}" if dimension else None
    return workbook_with_sheet(_sheet(row * rows, declared))


def _column(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters

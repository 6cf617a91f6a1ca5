"""CSV exports: UTF-8 with a byte-order mark (so Excel reads the accents), streamed per row.

Numbers stay machine-readable (a point as decimal separator, no thousands separator) whatever
the column separator; Dutch Excel splits columns on a semicolon (`?scheidingsteken=puntkomma`).
"""

import csv
import io
from collections.abc import Iterator, Sequence
from datetime import date
from decimal import Decimal
from enum import StrEnum

from app.core.exports.table import CellValue, ExportSheet, neutralise

BOM = "\ufeff"


class Scheidingsteken(StrEnum):
    KOMMA = "komma"
    PUNTKOMMA = "puntkomma"
    TAB = "tab"


SEPARATORS = {
    Scheidingsteken.KOMMA: ",",
    Scheidingsteken.PUNTKOMMA: ";",
    Scheidingsteken.TAB: "\t",
}


def csv_text(value: CellValue) -> str:
    """A cell as CSV text: exact decimals, ISO dates, true/false, inert text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(value)


def csv_chunks(sheet: ExportSheet, separator: Scheidingsteken) -> Iterator[bytes]:
    """The sheet as CSV bytes, one chunk per row, the first with the byte-order mark."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=SEPARATORS[separator], lineterminator="\r\n")

    def line(values: Sequence[str]) -> bytes:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow(values)
        return buffer.getvalue().encode("utf-8")

    yield BOM.encode("utf-8") + line([neutralise(kolom.kop) for kolom in sheet.kolommen])
    for row in sheet.rijen:
        yield line([csv_text(value) for value in row])

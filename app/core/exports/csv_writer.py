"""CSV exports: UTF-8 with a byte-order mark (so Excel reads the accents), streamed per row.

Numbers have no thousands separator. With a comma or tab between columns they have a decimal
point (machine-readable); Dutch Excel splits columns on a semicolon and reads a decimal comma,
so `?scheidingsteken=puntkomma` writes `68,5;8602000,00`. Timestamps are ISO 8601 in UTC.
"""

import csv
import io
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
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


def csv_text(value: CellValue, decimal_comma: bool = False) -> str:
    """A cell as CSV text: exact decimals (with a comma for Dutch Excel), ISO dates and UTC
    timestamps, true/false, inert text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text.replace(".", ",") if decimal_comma else text
    if isinstance(value, int):
        return str(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z")
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

    decimal_comma = separator is Scheidingsteken.PUNTKOMMA
    yield BOM.encode("utf-8") + line([neutralise(kolom.kop) for kolom in sheet.kolommen])
    for row in sheet.rijen:
        yield line([csv_text(value, decimal_comma) for value in row])

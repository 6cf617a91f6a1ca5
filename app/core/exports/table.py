"""A table to export: typed columns and rows of plain values, independent of the file format."""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

CellValue = str | Decimal | int | date | bool | None

# A spreadsheet treats text starting with one of these as a formula (or as the start of one),
# so exported text that starts with them could run as a formula in the reader's spreadsheet
# (CSV/formula injection, OWASP). Such text is exported with a leading apostrophe.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


class Kolomsoort(StrEnum):
    """How a column's values are typed in a spreadsheet."""

    TEKST = "tekst"
    EURO = "euro"
    PERCENTAGE = "percentage"  # in percent points (68 = 68 %), as in the JSON
    GETAL = "getal"
    DATUM = "datum"
    JA_NEE = "ja_nee"


# Fills for status values in XLSX (ARGB): the traffic-light colours of the MT's reports.
GROEN = "FFC6EFCE"
ORANJE = "FFFFEB9C"
ROOD = "FFFFC7CE"


@dataclass(frozen=True)
class Kolom:
    kop: str
    soort: Kolomsoort = Kolomsoort.TEKST
    breedte: int = 16  # characters, for XLSX
    # XLSX: a cell whose text is one of these codes gets this fill (GROEN, ORANJE, ROOD) and
    # keeps its text as is: the codes are a closed set of the service's own values (`+`, `=`,
    # `-`, `gehaald`…), so none needs the apostrophe that other text starting with + = - gets.
    kleuren: Mapping[str, str] | None = None


@dataclass(frozen=True)
class ExportSheet:
    """One sheet of a workbook; a CSV export holds the first sheet only. The rows may be a
    generator: the writers consume them once, row by row."""

    titel: str
    kolommen: Sequence[Kolom]
    rijen: Iterable[Sequence[CellValue]]


def neutralise(text: str) -> str:
    """Text that a spreadsheet would read as a formula, made inert with a leading apostrophe."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text

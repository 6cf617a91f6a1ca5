"""A table to export: typed columns and rows of plain values, independent of the file format."""

from collections.abc import Sequence
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


@dataclass(frozen=True)
class Kolom:
    kop: str
    soort: Kolomsoort = Kolomsoort.TEKST
    breedte: int = 16  # characters, for XLSX


@dataclass(frozen=True)
class ExportSheet:
    """One sheet of a workbook; a CSV export holds the first sheet only."""

    titel: str
    kolommen: Sequence[Kolom]
    rijen: Sequence[Sequence[CellValue]]


def neutralise(text: str) -> str:
    """Text that a spreadsheet would read as a formula, made inert with a leading apostrophe."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text

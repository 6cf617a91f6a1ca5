"""A table to export: typed columns and rows of plain values, independent of the file format."""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

CellValue = str | Decimal | int | datetime | date | bool | None

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
    TIJDSTIP = "tijdstip"  # a UTC-aware datetime: ISO 8601 in CSV, a date-time cell in XLSX
    JA_NEE = "ja_nee"


# Fills for status values in XLSX (ARGB), light tints of the MT report's colours (one scheme,
# docs/mt-rapport.md "Kleuren"): green good, blue on course, amber attention, red behind.
GROEN = "FFC6EFCE"
BLAUW = "FFBBDEFB"
ORANJE = "FFFFEB9C"
ROOD = "FFFFC7CE"


def enum_word(member: StrEnum) -> str:
    """An enumeration's value in an export: its word (`Oordeel.OP_KOERS` → `op_koers`, where
    the JSON has `=`), so a spreadsheet shows a word no formula guard has to touch."""
    return member.name.lower()


@dataclass(frozen=True)
class Kolom:
    kop: str
    soort: Kolomsoort = Kolomsoort.TEKST
    breedte: int = 16  # characters, for XLSX
    # XLSX: a cell whose text is one of these words (`enum_word`) gets this fill (GROEN,
    # BLAUW, ORANJE, ROOD).
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

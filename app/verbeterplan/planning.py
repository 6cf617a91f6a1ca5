"""An action's planning as people write it (seed 004's Planning column) and its due date. Pure.

A date (`2022-03-31`, `31-03-2022`) is due that day. A period (`2021`, `Q1 2022`, `2022-Q1`,
`2e helft 2021`, `maart 2022`, `eind 2021`, `medio 2022`) is due on its last day; the text is
kept as written. Words for ongoing work (`doorlopend`, `structureel`) have no due date.
Periods are read through `app.core.periods`: this module only translates Dutch wording to it.
"""

import re
from dataclasses import dataclass
from datetime import date

from app.core.periods import InvalidPeriod, Periode

MAX_LENGTH = 40
ONGOING = frozenset({"doorlopend", "structureel", "continu", "jaarlijks", "n.v.t.", "nvt"})
MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "maa": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
ORDINALS = {"1e": 1, "eerste": 1, "2e": 2, "tweede": 2, "3e": 3, "derde": 3, "4e": 4, "vierde": 4}

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DUTCH_DATE = re.compile(r"^(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})$")
_QUARTER = re.compile(
    r"^(?:q(?P<q>[1-4])|kwartaal (?P<k>[1-4])|(?P<o>\w+) kwartaal)[\s-]*(?P<y>\d{4})$"
)
_QUARTER_AFTER = re.compile(r"^(?P<y>\d{4})[\s-]*q(?P<q>[1-4])$")
_HALF = re.compile(r"^(?:h(?P<h>[12])|(?P<o>\w+) (?:helft|halfjaar))[\s-]*(?P<y>\d{4})$")
_MONTH = re.compile(r"^(?P<m>[a-z]+)\.?\s+(?P<y>\d{4})$")
_END_OF_YEAR = re.compile(r"^(?:uiterlijk\s+)?(?:eind|einde|ultimo)\s+(?P<y>\d{4})$")
_MID_YEAR = re.compile(r"^medio\s+(?P<y>\d{4})$")


class InvalidPlanning(ValueError):
    """Text that is neither a date nor a period."""


@dataclass(frozen=True)
class Planning:
    datum: date | None  # the due date
    tekst: str | None  # as written; None when it was an ISO date


def parse_planning(text: str) -> Planning:
    """The due date of a planning text; raises InvalidPlanning with the accepted forms."""
    written = " ".join(text.split())
    if len(written) > MAX_LENGTH:
        raise InvalidPlanning(f"A planning is at most {MAX_LENGTH} characters.")
    lowered = written.lower()
    if lowered in ONGOING:
        return Planning(None, written)
    if _ISO_DATE.match(lowered):
        return Planning(_date(lowered), None)
    if match := _DUTCH_DATE.match(lowered):
        return Planning(_date(f"{match['y']}-{int(match['m']):02d}-{int(match['d']):02d}"), written)
    return Planning(_period(lowered).end, written)


def _period(lowered: str) -> Periode:
    text = _as_period_notation(lowered) or lowered.upper()
    try:
        return Periode.parse(text)
    except InvalidPeriod:
        raise InvalidPlanning(
            f"'{lowered}' is not a planning: use a date (2022-03-31 or 31-03-2022) or a period "
            "(2021, Q1 2022, 2022-Q1, 2e helft 2021, maart 2022, eind 2021)."
        ) from None


def _as_period_notation(lowered: str) -> str | None:
    """Dutch wording of a period in the notation of `Periode` (`2022-Q1`), or None."""
    if match := _QUARTER.match(lowered) or _QUARTER_AFTER.match(lowered):
        groups = match.groupdict()
        number = groups.get("q") or groups.get("k") or ORDINALS.get(groups.get("o") or "")
        return f"{match['y']}-Q{number}" if number else None
    if match := _HALF.match(lowered):
        number = match["h"] or ORDINALS.get(match["o"] or "")
        return f"{match['y']}-H{number}" if number in {"1", "2", 1, 2} else None
    if (match := _MONTH.match(lowered)) and match["m"] in MONTHS:
        return f"{match['y']}-{MONTHS[match['m']]:02d}"
    if match := _END_OF_YEAR.match(lowered):
        return match["y"]
    if match := _MID_YEAR.match(lowered):
        return f"{match['y']}-H1"
    return None


def _date(iso: str) -> date:
    try:
        return date.fromisoformat(iso)
    except ValueError:
        raise InvalidPlanning(f"'{iso}' is not a date that exists.") from None

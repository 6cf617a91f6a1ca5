"""A partner's rapportage from an uploaded table or from the form per norm, as the API's
`RapportageCreate` reads it; and the API's errors on `metingen[i]` back onto the rows of the
file or the norm's fields. Pure.

The table has a header row naming its columns (any order, any case): `normCode` and `waarde`
are required, `toelichting` and `periode` optional. A decimal comma is accepted.
"""

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.core.periods import MONTHS_PER_PERIOD, Granulariteit, Periode
from app.core.uploads.tables import TableRow
from app.web.form_input import decimal_text
from app.web.forms import FieldError

FILE_FIELD = "bestand"
COLUMNS = {
    "normcode": "normCode",
    "waarde": "waarde",
    "toelichting": "toelichting",
    "periode": "periode",
}
REQUIRED = ("normCode", "waarde")
METING = re.compile(r"^metingen\[(\d+)\](?:\.(\w+))?$")
KOLOMNAMEN = {
    "normCode": "normcode",
    "waarde": "waarde",
    "toelichting": "toelichting",
    "periode": "periode",
}


@dataclass
class Metingen:
    """The measurements read, each with where it came from (a row number or a norm code)."""

    metingen: list[dict[str, Any]] = field(default_factory=list)
    herkomst: list[str] = field(default_factory=list)
    fouten: list[FieldError] = field(default_factory=list)


def from_table(rows: Sequence[TableRow]) -> Metingen:
    """The measurements of a table: one per row under the header."""
    result = Metingen()
    if not rows:
        result.fouten.append(FieldError(FILE_FIELD, "Het bestand heeft geen rijen."))
        return result
    header = {COLUMNS.get(cell.strip().lower()): i for i, cell in enumerate(rows[0].cellen)}
    missing = [name for name in REQUIRED if name not in header]
    if missing:
        names = " en ".join(missing)
        result.fouten.append(
            FieldError(FILE_FIELD, f"De eerste rij noemt de kolommen; {names} ontbreekt.")
        )
        return result
    if len(rows) == 1:
        result.fouten.append(
            FieldError(FILE_FIELD, "Het bestand heeft geen metingen onder de kop.")
        )
    for row in rows[1:]:
        meting = {
            name: decimal_text(row.cell(index)) if name == "waarde" else row.cell(index)
            for name, index in header.items()
            if name is not None and row.cell(index)
        }
        result.metingen.append(meting)
        result.herkomst.append(f"Rij {row.nummer}")
    return result


def waarde_veld(code: str) -> str:
    return f"waarde-{code}"


def from_form(form: Mapping[str, Any], codes: Sequence[str]) -> Metingen:
    """The measurements of the form per norm: a norm with an empty value is left out."""
    result = Metingen()
    for code in codes:
        raw = form.get(waarde_veld(code))
        if not isinstance(raw, str) or not raw.strip():
            continue
        meting: dict[str, Any] = {"normCode": code, "waarde": decimal_text(raw)}
        toelichting = form.get(f"toelichting-{code}")
        if isinstance(toelichting, str) and toelichting.strip():
            meting["toelichting"] = toelichting.strip()
        result.metingen.append(meting)
        result.herkomst.append(code)
    return result


def on_rows(errors: Sequence[FieldError], herkomst: Sequence[str]) -> list[FieldError]:
    """Errors on `metingen[i].x` as the row of the file they came from (`Rij 4, waarde: …`),
    on the file field; the others stay on their own field."""
    placed = []
    for error in errors:
        found = METING.match(error.field)
        if found is None or int(found[1]) >= len(herkomst):
            placed.append(error)
            continue
        kolom = KOLOMNAMEN.get(found[2] or "", "meting")
        where = herkomst[int(found[1])]
        placed.append(FieldError(FILE_FIELD, f"{where}, {kolom}: {error.message}"))
    return placed


def on_norms(errors: Sequence[FieldError], herkomst: Sequence[str]) -> list[FieldError]:
    """Errors on `metingen[i].x` on the value field of the norm they came from."""
    placed = []
    for error in errors:
        found = METING.match(error.field)
        if found is None or int(found[1]) >= len(herkomst):
            placed.append(error)
            continue
        code = herkomst[int(found[1])]
        name = f"toelichting-{code}" if found[2] == "toelichting" else waarde_veld(code)
        placed.append(FieldError(name, f"{code}: {error.message}"))
    return placed


def default_period(frequencies: Sequence[Granulariteit], today: date) -> Periode:
    """The period a partner most likely delivers now: the last full period of its norms'
    most common frequency (a quarter when it has no norms yet)."""
    granularity = (
        Counter(frequencies).most_common(1)[0][0] if frequencies else Granulariteit.kwartaal
    )
    months = MONTHS_PER_PERIOD[granularity]
    current = Periode(date(today.year, (today.month - 1) // months * months + 1, 1), months)
    return current.previous()

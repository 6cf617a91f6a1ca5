"""Reading seed 004's table: which rows are recommendations, actions, headings. Pure.

The layout (seed 004): a header row naming the columns Nr, Aanbeveling, Reactie, Actie, Wie,
Planning (the words may carry explanations, "Reactie (overgenomen / niet overgenomen +
toelichting)"), with an optional Deel column; otherwise rows such as `Deel 2 "Regievoeren op
verbonden partijen"` divide the parts. Rows before the first header are a preamble. After it:
- a row with a code in Nr (`A`, `1.`) is a recommendation, with an action when Actie is filled;
- a row with only Actie (and Wie, Planning) is a further action of the recommendation above;
- a row with text but no code in Nr and nothing else (`Aanvullende lessen`) is skipped;
- anything else is rejected, with the reason.
Empty cells are allowed: an empty cell states nothing.
"""

import re
from dataclasses import dataclass, field

from app.core.uploads import TableRow
from app.verbeterplan.models import Reactie
from app.verbeterplan.planning import InvalidPlanning, Planning, parse_planning
from app.verbeterplan.rules import CODE_PATTERN, normalise_code, reactie_problem

COLUMN_NAMES = {
    "nr": re.compile(r"^(nr|nummer|no)\b"),
    "aanbeveling": re.compile(r"^aanbeveling"),
    "reactie": re.compile(r"^reactie"),
    "actie": re.compile(r"^actie"),
    "wie": re.compile(r"^wie\b"),
    "planning": re.compile(r"^planning"),
    "deel": re.compile(r"^deel\s*$"),
}
COLUMN_LABELS = {
    "nr": "Nr",
    "aanbeveling": "Aanbeveling",
    "reactie": "Reactie",
    "actie": "Actie",
    "wie": "Wie",
    "planning": "Planning",
    "deel": "Deel",
}
MAX_TEKST, MAX_ACTIE, MAX_WIE = 10_000, 2_000, 200

_SECTION = re.compile(r"^deel\s+([1-9])\b", re.IGNORECASE)
_DEEL_CELL = re.compile(r"^(?:deel\s*)?([1-9])$", re.IGNORECASE)
_CODE = re.compile(CODE_PATTERN)
_REACTIE = re.compile(
    r"^(?P<soort>niet|deels|gedeeltelijk)?[\s_-]*overgenomen\b[\s.,:;–—-]*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
REACTIE_SOORTEN = {
    None: Reactie.OVERGENOMEN,
    "niet": Reactie.NIET_OVERGENOMEN,
    "deels": Reactie.DEELS_OVERGENOMEN,
    "gedeeltelijk": Reactie.DEELS_OVERGENOMEN,
}


@dataclass(frozen=True)
class ActieRegel:
    omschrijving: str
    eigenaar: str | None
    planning: Planning | None


@dataclass(frozen=True)
class Regel:
    """A row that names a recommendation (`code`) or adds an action to the one above."""

    rij: int
    deel: int
    code: str
    tekst: str | None
    reactie: Reactie | None
    reactie_toelichting: str | None
    actie: ActieRegel | None


@dataclass(frozen=True)
class Afwijzing:
    rij: int
    kolom: str  # the column's key: nr, aanbeveling, …; "rij" for the row as a whole
    reden: str

    @property
    def naam(self) -> str:
        """The name of the bad field as the API reports it: `rijen[7].planning`."""
        return f"rijen[{self.rij}]" + ("" if self.kolom == "rij" else f".{self.kolom}")


@dataclass(frozen=True)
class Overgeslagen:
    rij: int
    reden: str


@dataclass
class Gelezen:
    regels: list[Regel] = field(default_factory=list)
    overgeslagen: list[Overgeslagen] = field(default_factory=list)
    afwijzingen: list[Afwijzing] = field(default_factory=list)
    kop_gevonden: bool = False


def header_columns(row: TableRow) -> dict[str, int] | None:
    """The column of each known name, when the row is a header (it names Nr and Aanbeveling)."""
    found: dict[str, int] = {}
    for index, cell in enumerate(row.cellen):
        text = " ".join(cell.split()).lower()
        for key, pattern in COLUMN_NAMES.items():
            if key not in found and pattern.match(text):
                found[key] = index
                break
    return found if {"nr", "aanbeveling"} <= found.keys() else None


def section_of(row: TableRow) -> int | None:
    """The part a section row starts (`Deel 2 "Regievoeren op verbonden partijen"`)."""
    filled = [cell.strip() for cell in row.cellen if cell.strip()]
    match = _SECTION.match(filled[0]) if len(filled) == 1 else None
    return int(match.group(1)) if match else None


def parse_reactie(text: str) -> tuple[Reactie, str | None]:
    """`Niet overgenomen: want …` → (niet_overgenomen, "want …"); ValueError otherwise."""
    match = _REACTIE.match(text.strip())
    if match is None:
        raise ValueError(
            "Reactie must start with 'overgenomen', 'deels overgenomen' or 'niet overgenomen', "
            "followed by the explanation."
        )
    rest = match["rest"].strip()
    return REACTIE_SOORTEN[(match["soort"] or "").lower() or None], rest or None


def read_rows(rows: list[TableRow]) -> Gelezen:
    """Every row of the table, read as a recommendation, an action, a skipped row or a rejection."""
    result = Gelezen()
    columns: dict[str, int] | None = None
    deel = 1
    last: tuple[int, str] | None = None
    for row in rows:
        if (section := section_of(row)) is not None:
            deel, last = section, None
        elif header := header_columns(row):
            columns, result.kop_gevonden = header, True
        elif columns is not None:
            last = _read_row(row, columns, deel, last, result)
    return result


def _read_row(
    row: TableRow,
    columns: dict[str, int],
    deel: int,
    last: tuple[int, str] | None,
    result: Gelezen,
) -> tuple[int, str] | None:
    cells = {key: row.cell(index) for key, index in columns.items()}
    nr, tekst, actie = cells["nr"], cells["aanbeveling"], cells.get("actie", "")
    others = [cells.get(key, "") for key in ("reactie", "wie", "planning")]
    if not nr:
        return _without_nr(row, cells, last, result)
    code = normalise_code(nr)
    if not _CODE.match(code):
        if not (tekst or actie or any(others)):
            result.overgeslagen.append(
                Overgeslagen(row.nummer, "A heading or note: Nr is not a code such as A or 1.")
            )
            return last
        result.afwijzingen.append(
            Afwijzing(row.nummer, "nr", f"'{nr[:40]}' is not a code such as A or 1.")
        )
        return last
    row_deel = deel
    if deel_cell := cells.get("deel", ""):
        match = _DEEL_CELL.match(deel_cell)
        if match is None:
            result.afwijzingen.append(Afwijzing(row.nummer, "deel", "Deel must be 1 to 9."))
            return last
        row_deel = int(match.group(1))
    return _add(row, cells, row_deel, code, tekst or None, result, continuation=False)


def _without_nr(
    row: TableRow, cells: dict[str, str], last: tuple[int, str] | None, result: Gelezen
) -> tuple[int, str] | None:
    """A row without a code: a further action of the recommendation above, or a blank."""
    reject = result.afwijzingen.append
    if cells["aanbeveling"]:
        reject(Afwijzing(row.nummer, "nr", "Nr is empty: give the code (A, 1)."))
    elif not cells.get("actie"):
        if any(cells.get(key) for key in ("reactie", "wie", "planning")):
            reject(Afwijzing(row.nummer, "rij", "A row needs a Nr or an Actie."))
        else:
            result.overgeslagen.append(Overgeslagen(row.nummer, "No Nr, Aanbeveling or Actie."))
    elif last is None:
        reject(Afwijzing(row.nummer, "nr", "An action needs its recommendation: fill in Nr."))
    else:
        return _add(row, cells, last[0], last[1], None, result, continuation=True)
    return last


def _add(
    row: TableRow,
    cells: dict[str, str],
    deel: int,
    code: str,
    tekst: str | None,
    result: Gelezen,
    *,
    continuation: bool,
) -> tuple[int, str]:
    problems: list[Afwijzing] = []
    reactie, toelichting = _reactie(row.nummer, cells.get("reactie", ""), problems)
    if continuation and reactie is not None:
        problems.append(Afwijzing(row.nummer, "reactie", "Reactie belongs on the row with Nr."))
    if tekst is not None and len(tekst) > MAX_TEKST:
        problems.append(_too_long(row.nummer, "aanbeveling", MAX_TEKST))
    actie = _actie(row.nummer, cells, problems)
    if problems:
        result.afwijzingen.extend(problems)
    else:
        result.regels.append(Regel(row.nummer, deel, code, tekst, reactie, toelichting, actie))
    return (deel, code)


def _reactie(rij: int, text: str, problems: list[Afwijzing]) -> tuple[Reactie | None, str | None]:
    if not text:
        return None, None
    try:
        reactie, toelichting = parse_reactie(text)
    except ValueError as error:
        problems.append(Afwijzing(rij, "reactie", str(error)))
        return None, None
    if toelichting is not None and len(toelichting) > MAX_TEKST:
        problems.append(_too_long(rij, "reactie", MAX_TEKST))
    if problem := reactie_problem(reactie, toelichting):
        problems.append(Afwijzing(rij, "reactie", problem.replace("(reactieToelichting)", "")))
    return reactie, toelichting


def _actie(rij: int, cells: dict[str, str], problems: list[Afwijzing]) -> ActieRegel | None:
    omschrijving, wie, planning_text = (cells.get(k, "") for k in ("actie", "wie", "planning"))
    if not omschrijving:
        if wie or planning_text:
            problems.append(Afwijzing(rij, "actie", "Wie or Planning is filled but Actie is not."))
        return None
    if len(omschrijving) > MAX_ACTIE:
        problems.append(_too_long(rij, "actie", MAX_ACTIE))
    if len(wie) > MAX_WIE:
        problems.append(_too_long(rij, "wie", MAX_WIE))
    planning = None
    if planning_text:
        try:
            planning = parse_planning(planning_text)
        except InvalidPlanning as error:
            problems.append(Afwijzing(rij, "planning", str(error)))
    return ActieRegel(omschrijving, wie or None, planning)


def _too_long(rij: int, kolom: str, maximum: int) -> Afwijzing:
    return Afwijzing(rij, kolom, f"{COLUMN_LABELS[kolom]} is longer than {maximum} characters.")

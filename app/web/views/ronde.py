"""The MT's view of a round: per party whether its status report came in, on time, or is
missing; and the form that opens a round. Pure."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from app.core.periods import Periode
from app.rapportagerondes.overview import RondeRegel
from app.web.forms import FieldError

NIVEAUS = ("1", "2", "3")


@dataclass(frozen=True)
class Stand:
    """Where one party stands in the round, in words and a tone."""

    regel: RondeRegel
    tekst: str
    toon: str

    @property
    def ingediend(self) -> bool:
        return self.regel.rapportage is not None and self.regel.rapportage.ingediend_op is not None


def stand_of(regel: RondeRegel) -> Stand:
    """reported (approved, submitted, returned), late, or missing (no report, or a draft)."""
    submitted = regel.rapportage is not None and regel.rapportage.ingediend_op is not None
    status = regel.status.value
    if submitted:
        words = {"goedgekeurd": "goedgekeurd", "ingediend": "ingediend, wacht op het MT"}
        tekst = words.get(status, "teruggestuurd naar de regievoerder")
        if regel.telaat:
            return Stand(regel, f"{tekst} (te laat)", "let_op")
        return Stand(regel, tekst, "goed" if status == "goedgekeurd" else "neutraal")
    tekst = "ontbreekt (concept)" if regel.rapportage is not None else "ontbreekt"
    if regel.telaat:
        return Stand(regel, f"{tekst}, deadline verstreken", "slecht")
    return Stand(regel, f"{tekst}, nog op tijd", "let_op")


@dataclass(frozen=True)
class Telling:
    gerapporteerd: int
    te_laat: int
    ontbrekend: int


def count(standen: list[Stand]) -> Telling:
    return Telling(
        gerapporteerd=sum(1 for s in standen if s.ingediend),
        te_laat=sum(1 for s in standen if s.regel.telaat),
        ontbrekend=sum(1 for s in standen if not s.ingediend),
    )


def half_years_to_open(today: date) -> list[str]:
    """The half-year before, this one and the next."""
    current = Periode.half_year_of(today)
    return [str(current.previous()), str(current), str(current.next())]


@dataclass(frozen=True)
class NieuweRonde:
    waarden: dict[str, str]
    niveaus: list[int]
    deadline: date | None
    fouten: list[FieldError]


def read_round_form(form: Mapping[str, str], niveaus: list[str], today: date) -> NieuweRonde:
    """The half-year, deadline and tiers of a new round, with every error at its field."""
    waarden = {"periode": form.get("periode", ""), "deadline": form.get("deadline", "").strip()}
    fouten = []
    if waarden["periode"] not in half_years_to_open(today):
        fouten.append(FieldError("periode", "Kies een van de halfjaren uit de lijst."))
    deadline = None
    try:
        deadline = date.fromisoformat(waarden["deadline"])
    except ValueError:
        fouten.append(FieldError("deadline", "Vul een datum in, bijvoorbeeld 2027-01-31."))
    chosen = sorted({int(n) for n in niveaus if n in NIVEAUS})
    if not chosen or len(chosen) != len(set(niveaus)):
        fouten.append(FieldError("niveau-1", "Kies ten minste één monitoringsniveau."))
    return NieuweRonde(waarden, chosen, deadline, fouten)

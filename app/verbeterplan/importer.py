"""What an import changes: the rows read from the file against the plan as stored. Pure.

A recommendation is matched by part and code (within the import's source); an action by its
description within its recommendation. Only differences become changes, so importing the same
file twice changes nothing the second time. An empty cell changes nothing either: it never
clears what was stored (responses are usually filled in later, through the API).
"""

import uuid
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from app.verbeterplan.import_rows import Afwijzing, Gelezen, Regel
from app.verbeterplan.models import Reactie

Sleutel = tuple[int, str]  # (deel, code)


class Resultaat(StrEnum):
    AANGEMAAKT = "aangemaakt"
    BIJGEWERKT = "bijgewerkt"
    ONGEWIJZIGD = "ongewijzigd"
    OVERGESLAGEN = "overgeslagen"
    AFGEWEZEN = "afgewezen"


RANK = {Resultaat.ONGEWIJZIGD: 0, Resultaat.BIJGEWERKT: 1, Resultaat.AANGEMAAKT: 2}


@dataclass(frozen=True)
class BestaandeActie:
    id: uuid.UUID
    omschrijving: str
    eigenaar: str | None
    planning: date | None
    planning_tekst: str | None


@dataclass(frozen=True)
class BestaandeAanbeveling:
    id: uuid.UUID
    deel: int
    code: str
    tekst: str
    reactie: Reactie | None
    reactie_toelichting: str | None
    acties: tuple[BestaandeActie, ...] = ()


@dataclass
class Wijziging:
    """One recommendation or action to create (`bestaand_id` None) or to update."""

    sleutel: Sleutel
    bestaand_id: uuid.UUID | None
    waarden: dict[str, Any]
    nieuw_id: uuid.UUID = field(default_factory=uuid.uuid4)  # the id it gets when created

    @property
    def id(self) -> uuid.UUID:
        return self.bestaand_id or self.nieuw_id


@dataclass
class RijUitkomst:
    rij: int
    deel: int | None
    code: str | None
    resultaat: Resultaat
    aanbeveling: Resultaat | None = None
    actie: Resultaat | None = None
    redenen: list[str] = field(default_factory=list)
    actie_wijziging: Wijziging | None = None  # the action this row creates or matches


@dataclass
class Importplan:
    aanbevelingen: list[Wijziging] = field(default_factory=list)
    acties: list[Wijziging] = field(default_factory=list)
    rijen: list[RijUitkomst] = field(default_factory=list)
    afwijzingen: list[Afwijzing] = field(default_factory=list)
    bestaande_ids: dict[Sleutel, uuid.UUID] = field(default_factory=dict)


def same_text(left: str, right: str) -> bool:
    return " ".join(left.split()).casefold() == " ".join(right.split()).casefold()


def plan_import(gelezen: Gelezen, bestaande: list[BestaandeAanbeveling]) -> Importplan:
    """The changes that bring the stored plan in line with the file, and each row's outcome."""
    plan = Importplan(afwijzingen=list(gelezen.afwijzingen))
    stored = {(item.deel, item.code): item for item in bestaande}
    plan.bestaande_ids = {key: item.id for key, item in stored.items()}
    first_rows: dict[Sleutel, Regel] = {}
    seen_actions: dict[tuple[Sleutel, str], int] = {}
    for regel in gelezen.regels:
        key = (regel.deel, regel.code)
        outcome = RijUitkomst(regel.rij, regel.deel, regel.code, Resultaat.ONGEWIJZIGD)
        if key in first_rows:
            _check_repeat(regel, first_rows[key], plan)
        else:
            first_rows[key] = regel
            if not _recommendation(regel, stored.get(key), plan, outcome):
                continue
        if regel.actie is not None:
            action_key = (key, " ".join(regel.actie.omschrijving.split()).casefold())
            if action_key in seen_actions:
                earlier = seen_actions[action_key]
                plan.afwijzingen.append(
                    Afwijzing(regel.rij, "actie", f"The same action is on row {earlier}.")
                )
                continue
            seen_actions[action_key] = regel.rij
            _action(regel, stored.get(key), plan, outcome)
        outcome.resultaat = max(
            (r for r in (outcome.aanbeveling, outcome.actie) if r is not None),
            key=RANK.__getitem__,
            default=Resultaat.ONGEWIJZIGD,
        )
        plan.rijen.append(outcome)
    plan.rijen.extend(
        RijUitkomst(skipped.rij, None, None, Resultaat.OVERGESLAGEN, redenen=[skipped.reden])
        for skipped in gelezen.overgeslagen
    )
    plan.rijen.sort(key=lambda outcome: outcome.rij)
    plan.afwijzingen.sort(key=lambda afwijzing: afwijzing.rij)
    return plan


def _recommendation(
    regel: Regel, stored: BestaandeAanbeveling | None, plan: Importplan, outcome: RijUitkomst
) -> bool:
    key = (regel.deel, regel.code)
    if stored is None:
        if not regel.tekst:
            reason = f"Aanbeveling is empty, and {regel.code} is not in the plan yet."
            plan.afwijzingen.append(Afwijzing(regel.rij, "aanbeveling", reason))
            return False
        values = {"tekst": regel.tekst, "reactie": regel.reactie}
        values["reactie_toelichting"] = regel.reactie_toelichting
        change = Wijziging(key, None, values)
        outcome.aanbeveling = Resultaat.AANGEMAAKT
    else:
        values = {}
        if regel.tekst and regel.tekst != stored.tekst:
            values["tekst"] = regel.tekst
        if regel.reactie is not None and (regel.reactie, regel.reactie_toelichting) != (
            stored.reactie,
            stored.reactie_toelichting,
        ):
            values.update(reactie=regel.reactie, reactie_toelichting=regel.reactie_toelichting)
        change = Wijziging(key, stored.id, values)
        outcome.aanbeveling = Resultaat.BIJGEWERKT if values else Resultaat.ONGEWIJZIGD
        if values:
            outcome.redenen.append(f"Aanbeveling changed: {', '.join(sorted(values))}.")
    if change.waarden:
        plan.aanbevelingen.append(change)
    return True


def _check_repeat(regel: Regel, first: Regel, plan: Importplan) -> None:
    """A recommendation on several rows (one per action) must say the same on each."""
    if regel.tekst and first.tekst and not same_text(regel.tekst, first.tekst):
        reason = f"{regel.code} is on row {first.rij} with another text."
        plan.afwijzingen.append(Afwijzing(regel.rij, "aanbeveling", reason))
    if regel.reactie is not None and (regel.reactie, regel.reactie_toelichting) != (
        first.reactie,
        first.reactie_toelichting,
    ):
        reason = f"{regel.code} is on row {first.rij} with another Reactie."
        plan.afwijzingen.append(Afwijzing(regel.rij, "reactie", reason))


def _action(
    regel: Regel, stored: BestaandeAanbeveling | None, plan: Importplan, outcome: RijUitkomst
) -> None:
    assert regel.actie is not None  # noqa: S101 - the caller checked
    key = (regel.deel, regel.code)
    actie = regel.actie
    planning = {}
    if actie.planning is not None:
        planning = {"planning": actie.planning.datum, "planning_tekst": actie.planning.tekst}
    candidates = stored.acties if stored else ()
    existing = next((a for a in candidates if same_text(a.omschrijving, actie.omschrijving)), None)
    if existing is None:
        values: dict[str, Any] = {"omschrijving": actie.omschrijving, "eigenaar": actie.eigenaar}
        values.update(planning or {"planning": None, "planning_tekst": None})
        change = Wijziging(key, None, values)
        outcome.actie = Resultaat.AANGEMAAKT
    else:
        values = {}
        if actie.eigenaar is not None and actie.eigenaar != existing.eigenaar:
            values["eigenaar"] = actie.eigenaar
        if planning and (existing.planning, existing.planning_tekst) != (
            planning["planning"],
            planning["planning_tekst"],
        ):
            values.update(planning)
        change = Wijziging(key, existing.id, values)
        outcome.actie = Resultaat.BIJGEWERKT if values else Resultaat.ONGEWIJZIGD
        if values:
            outcome.redenen.append(f"Actie changed: {', '.join(sorted(values))}.")
    if change.waarden:
        plan.acties.append(change)
    outcome.actie_wijziging = change

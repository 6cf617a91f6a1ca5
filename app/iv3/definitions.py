"""CBS's Iv3 definitions, read from the files in `definities/`: the JSON Schema of a delivery,
the code lists, grey cells and checks of each year, and CBS's error messages.

A new year is a new file (`iv3_definities_<overheidslaag>_<jaar>.json`, as CBS publishes it),
never new code.
"""

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

DEFINITIONS_FOLDER = "definities"
SCHEMA_FILE = "iv3_data_schema_v2_1_1.json"
ERRORS_FILE = "fouten.json"
DEFINITION_FILE = re.compile(r"^iv3_definities_(?P<laag>[A-Za-z]+)_(?P<jaar>\d{4})\.json$")

# Balance codes of equity (eigen vermogen); the other codes under `Tot_Pas` are debt and
# provisions (vreemd vermogen), BBV art. 15.
EQUITY_CODES = frozenset({"P111", "P112", "P114"})
TOTAL_ASSETS = "Tot_Act"
TOTAL_LIABILITIES = "Tot_Pas"


@dataclass(frozen=True)
class Controle:
    """One of CBS's checks: its number, error code and the periods it applies to."""

    nummer: int
    foutcode: str
    periodes: frozenset[int]


@dataclass(frozen=True)
class Jaardefinitie:
    """The code lists, grey cells and checks of one year for one level of government."""

    overheidslaag: str
    boekjaar: int
    taakvelden: frozenset[str]
    categorie_lasten: frozenset[str]
    categorie_baten: frozenset[str]
    balanscodes: frozenset[str]
    activa: frozenset[str]
    passiva: frozenset[str]
    kengetallen: Mapping[str, str]
    beleidsindicatoren: frozenset[str]
    verslagperiodes: tuple[str, ...]
    standper_begin: frozenset[str]
    standper_einde: frozenset[str]
    grijze_cellen: Mapping[str, frozenset[tuple[str, str]]]
    controles: Mapping[str, Controle]

    @property
    def standpers(self) -> frozenset[str]:
        return self.standper_begin | self.standper_einde


def _read(name: str) -> Any:
    return json.loads(
        resources.files("app.iv3").joinpath(DEFINITIONS_FOLDER, name).read_text("utf-8")
    )


@cache
def delivery_schema() -> dict[str, Any]:
    """CBS's JSON Schema (draft-07) of one delivery."""
    schema: dict[str, Any] = _read(SCHEMA_FILE)
    return schema


@cache
def error_messages() -> dict[str, str]:
    """CBS's description of each error code (`fouten.json`)."""
    return {
        item["foutcode"]: item["omschrijving"] for item in _read(ERRORS_FILE)["fouten_overzicht"]
    }


@cache
def available() -> frozenset[tuple[str, int]]:
    """The (overheidslaag, boekjaar) pairs there is a definitions file for."""
    found = set()
    for entry in resources.files("app.iv3").joinpath(DEFINITIONS_FOLDER).iterdir():
        if match := DEFINITION_FILE.match(entry.name):
            found.add((match["laag"], int(match["jaar"])))
    return frozenset(found)


@cache
def definition(overheidslaag: str, boekjaar: int) -> Jaardefinitie | None:
    """The year's definitions, or None when CBS published none we hold."""
    if (overheidslaag, boekjaar) not in available():
        return None
    raw = _read(f"iv3_definities_{overheidslaag}_{boekjaar}.json")
    lists = raw["codelijsten"]
    balans = lists["balanscode"]["codelijst"]
    standpers = lists["standper"]["codelijst"]
    return Jaardefinitie(
        overheidslaag=overheidslaag,
        boekjaar=boekjaar,
        taakvelden=_leaves(lists["taakveld"]["codelijst"]),
        categorie_lasten=_leaves(lists["categorie_lasten"]["codelijst"]),
        categorie_baten=_leaves(lists["categorie_baten"]["codelijst"]),
        balanscodes=_leaves(balans),
        activa=_leaves(_subtree(balans, TOTAL_ASSETS)),
        passiva=_leaves(_subtree(balans, TOTAL_LIABILITIES)),
        kengetallen={c["code"]: c["omschrijving"] for c in lists["kengetallen"]["codelijst"]},
        beleidsindicatoren=_leaves(lists["beleidsindicatoren"]["codelijst"]),
        verslagperiodes=tuple(c["code"] for c in lists["verslagperiode"]["codelijst"]),
        standper_begin=frozenset(c["code"] for c in standpers if c["omschrijving"] == "begindatum"),
        standper_einde=frozenset(c["code"] for c in standpers if c["omschrijving"] == "einddatum"),
        grijze_cellen={
            onderdeel: frozenset(
                (cel.get("taakveld") or cel["balanscode"], cel["categorie"]) for cel in cellen
            )
            for onderdeel, cellen in raw["grijze_cellen"].items()
        },
        controles={
            c["foutcode"]: Controle(
                c["nummer"],
                c["foutcode"],
                frozenset(p for calc in c["calculaties"] for p in calc["periode"]),
            )
            for c in raw["controles"]
        },
    )


def _leaves(nodes: Iterable[Mapping[str, Any]]) -> frozenset[str]:
    """The codes a record may use: those without subcodes (the totals are derived)."""
    found: set[str] = set()
    for node in nodes:
        if node.get("subcodes"):
            found |= _leaves(node["subcodes"])
        else:
            found.add(node["code"])
    return frozenset(found)


def _subtree(nodes: Iterable[Mapping[str, Any]], code: str) -> list[Mapping[str, Any]]:
    for node in nodes:
        if node["code"] == code:
            return [node]
        if found := _subtree(node.get("subcodes", []), code):
            return found
    return []

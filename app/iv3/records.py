"""The records of a checked delivery as rows to store, amounts in euros. Pure."""

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

CENT = Decimal("0.01")
MAX_EURO = Decimal(10) ** 13  # NUMERIC(15,2)


class Eenheid(StrEnum):
    """De eenheid van de `bedrag`-waarden in het bestand; het schema van het CBS noemt er geen,
    dus de afzender geeft haar op."""

    euro = "euro"
    duizend_euro = "duizend_euro"


FACTOR = {Eenheid.euro: Decimal(1), Eenheid.duizend_euro: Decimal(1000)}


class Onderdeel(StrEnum):
    """The part of `data` a record comes from."""

    lasten = "lasten"
    baten = "baten"
    balans_lasten = "balans_lasten"
    balans_baten = "balans_baten"
    balans_standen = "balans_standen"
    kengetallen = "kengetallen"
    beleidsindicatoren = "beleidsindicatoren"


# Per part: the key stored as `code`, the key stored as `categorie`, and whether it has an
# amount (`bedrag`) or a text value (`waarde`).
KEYS: dict[Onderdeel, tuple[str, str, bool]] = {
    Onderdeel.lasten: ("taakveld", "categorie", True),
    Onderdeel.baten: ("taakveld", "categorie", True),
    Onderdeel.balans_lasten: ("balanscode", "categorie", True),
    Onderdeel.balans_baten: ("balanscode", "categorie", True),
    Onderdeel.balans_standen: ("balanscode", "standper", True),
    Onderdeel.kengetallen: ("verslagperiode", "kengetal", False),
    Onderdeel.beleidsindicatoren: ("verslagperiode", "beleidsindicator", False),
}


def in_euro(bedrag: float | int, eenheid: Eenheid) -> Decimal:
    """The file's amount in euros, to the cent (the JSON number read exactly as written)."""
    return (Decimal(str(bedrag)) * FACTOR[eenheid]).quantize(CENT, ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class Regel:
    """One record: `code` is the taakveld, balanscode or verslagperiode; `categorie` the
    categorie, standper, kengetal or beleidsindicator."""

    onderdeel: Onderdeel
    code: str
    categorie: str
    bedrag: Decimal | None
    waarde: str | None


def regels(data: Mapping[str, Any], eenheid: Eenheid) -> Iterator[Regel]:
    """Every record of the delivery, in file order per part."""
    for onderdeel, (code_key, categorie_key, has_amount) in KEYS.items():
        for record in data.get(onderdeel.value) or []:
            yield Regel(
                onderdeel,
                record[code_key],
                record[categorie_key],
                in_euro(record["bedrag"], eenheid) if has_amount else None,
                None if has_amount else record["waarde"],
            )

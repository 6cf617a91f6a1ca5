"""An Iv3 delivery as a GR's financial package writes it for CBS (schema v2.1), built from
records: for the demo's deliveries and for the tests'."""

from collections.abc import Sequence
from typing import Any

Records = Sequence[tuple[str, str, float | int]]
Kengetallen = Sequence[tuple[str, str, str]]


def iv3_bestand(
    *,
    overheidsnummer: str,
    overheidsnaam: str,
    boekjaar: int,
    periode: int,
    status: str,
    lasten: Records,
    baten: Records,
    balans_standen: Records = (),
    kengetallen: Kengetallen = (),
    datum: str,
    pakket: str = "Illustratief",
    details_openbaar: bool = True,
    contact: dict[str, str],
    opmerkingen: Sequence[dict[str, str]] = (),
) -> dict[str, Any]:
    """The delivery's JSON document; `balans_standen` as (balanscode, standper, bedrag),
    `kengetallen` as (verslagperiode, kengetal, waarde)."""
    document: dict[str, Any] = {
        "metadata": {
            "overheidslaag": "GR",
            "overheidsnummer": overheidsnummer,
            "overheidsnaam": overheidsnaam,
            "boekjaar": boekjaar,
            "periode": periode,
            "status": status,
            "datum": datum,
            "details_openbaar": details_openbaar,
            "financieel_pakket": pakket,
            "export_software": pakket,
        },
        "contact": dict(contact),
        "data": {
            "lasten": [{"taakveld": t, "categorie": c, "bedrag": b} for t, c, b in lasten],
            "baten": [{"taakveld": t, "categorie": c, "bedrag": b} for t, c, b in baten],
            "balans_lasten": [],
            "balans_baten": [],
            "balans_standen": [
                {"balanscode": code, "standper": standper, "bedrag": b}
                for code, standper, b in balans_standen
            ],
            "kengetallen": [
                {"verslagperiode": p, "kengetal": k, "waarde": w} for p, k, w in kengetallen
            ],
        },
    }
    if opmerkingen:
        document["opmerkingen"] = [dict(opmerking) for opmerking in opmerkingen]
    return document

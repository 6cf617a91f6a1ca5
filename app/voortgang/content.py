"""The content of a status report: its aspects and deviation flags, column by column (pure).

The API nests the content (`aspecten.financien.toelichting`, `afwijkingBegroting.afwijking`);
the table holds one column per leaf (`financien_toelichting`, `afwijking_begroting`). This
module maps between the two, so no other module spells a column name.
"""

from enum import StrEnum
from typing import Any


class Oordeel(StrEnum):
    """De schaal van de brondocumenten (seed 000, seed 002)."""

    BETER = "+"  # better than planned
    OP_KOERS = "="  # on course ("Op koers")
    ACHTER = "-"  # behind, needs attention


ASPECTEN = ("voortgang", "inhoud", "planning", "financien", "risicos", "communicatie")
# `totaalplanning` sits under Planning on the seed's form ("Afwijking totaalplanning?").
AFWIJKINGEN = ("begroting", "investering", "exploitatie", "totaalplanning")
AFWIJKING_FIELDS = tuple(f"afwijking_{soort}" for soort in AFWIJKINGEN)
# The form's free fields (seed 002): who holds the portfolio, the project phase, the decisions
# asked of the MT and any other information, beside service delivery, summary, satisfaction.
TEXT_FIELDS = (
    "portefeuillehouder",
    "projectfase",
    "besluitvorming",
    "overige_informatie",
    "dienstverlening",
    "samenvatting",
    "tevredenheid",
)
# Carried from the municipality's previous report into a new draft (they rarely change).
CARRIED_FIELDS = ("portefeuillehouder", "projectfase")

# API names of the deviation flags, as prefill sources and error messages spell them.
AFWIJKING_API_NAMES = {
    "afwijkingBegroting": "afwijking_begroting",
    "afwijkingInvestering": "afwijking_investering",
    "afwijkingExploitatie": "afwijking_exploitatie",
    "afwijkingTotaalplanning": "afwijking_totaalplanning",
}


def _aspect_columns(aspect: str) -> dict[str, str]:
    return {"oordeel": f"{aspect}_oordeel", "toelichting": f"{aspect}_toelichting"}


def _afwijking_columns(field: str) -> dict[str, str]:
    return {"afwijking": field, "toelichting": f"{field}_toelichting"}


def content_of(report: Any) -> dict[str, Any]:
    """The content as nested attribute names (`aspecten`, `afwijking_begroting`, …)."""
    content: dict[str, Any] = {
        "aspecten": {
            aspect: {
                key: getattr(report, column) for key, column in _aspect_columns(aspect).items()
            }
            for aspect in ASPECTEN
        }
    }
    for field in AFWIJKING_FIELDS:
        content[field] = _read(report, _afwijking_columns(field))
    for field in TEXT_FIELDS:
        content[field] = getattr(report, field)
    return content


def apply_changes(report: Any, changes: dict[str, Any]) -> None:
    """Apply a JSON Merge Patch (by attribute name): nested objects merge, None clears."""
    if "aspecten" in changes:
        aspects = changes["aspecten"]
        for aspect in ASPECTEN:
            if aspects is None or (aspect in aspects and aspects[aspect] is None):
                _set_all(report, _aspect_columns(aspect), None)
            elif aspect in aspects:
                _merge(report, _aspect_columns(aspect), aspects[aspect])
    for field in AFWIJKING_FIELDS:
        if field in changes:
            if changes[field] is None:
                _set_all(report, _afwijking_columns(field), None)
            else:
                _merge(report, _afwijking_columns(field), changes[field])
    for field in TEXT_FIELDS:
        if field in changes:
            setattr(report, field, changes[field])


def _read(report: Any, columns: dict[str, str]) -> dict[str, Any]:
    return {key: getattr(report, column) for key, column in columns.items()}


def _merge(report: Any, columns: dict[str, str], values: dict[str, Any]) -> None:
    for key, value in values.items():
        setattr(report, columns[key], value)


def _set_all(report: Any, columns: dict[str, str], value: Any) -> None:
    for column in columns.values():
        setattr(report, column, value)

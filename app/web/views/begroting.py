"""The budget-year form of a partner: its text fields into the API's `BegrotingInhoud`
(nested as the JSON is: `primitief.lasten`), a stored budget back into the fields, and the
API's errors on `bijdragen[i]` onto the participant's field. Pure."""

import re
import uuid
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from app.web.form_input import decimal_text
from app.web.forms import FieldError

GROUPS = ("primitief", "naWijziging", "prognose", "realisatie")
GROUP_LABELS = {
    "primitief": "Primitieve begroting",
    "naWijziging": "Na begrotingswijziging",
    "prognose": "Prognose",
    "realisatie": "Realisatie",
}
AMOUNTS = ("resultaat",)
BIJDRAGE = re.compile(r"^bijdragen\[(\d+)\](?:\.\w+)?$")


def bijdrage_veld(organisatie_id: uuid.UUID | str) -> str:
    return f"bijdrage-{organisatie_id}"


def fields(groups: Sequence[str] = GROUPS) -> list[str]:
    """The names of the amount fields, in the order of the form."""
    return [f"{group}.{part}" for group in groups for part in ("lasten", "baten")] + list(AMOUNTS)


def body_of(
    form: Mapping[str, Any], deelnemers: Sequence[uuid.UUID]
) -> tuple[dict[str, Any], list[uuid.UUID]]:
    """The JSON body the form describes (a group only when one of its amounts is filled in),
    and the participant of each contribution in the body's order."""
    body: dict[str, Any] = {}
    for group in GROUPS:
        parts = {
            part: decimal_text(value)
            for part in ("lasten", "baten")
            if isinstance(value := form.get(f"{group}.{part}"), str) and value.strip()
        }
        if parts:
            body[group] = parts
    for name in AMOUNTS:
        value = form.get(name)
        if isinstance(value, str) and value.strip():
            body[name] = decimal_text(value)
    bijdragen, herkomst = [], []
    for organisatie_id in deelnemers:
        value = form.get(bijdrage_veld(organisatie_id))
        if isinstance(value, str) and value.strip():
            bijdragen.append({"organisatieId": str(organisatie_id), "bedrag": decimal_text(value)})
            herkomst.append(organisatie_id)
    body["bijdragen"] = bijdragen
    return body, herkomst


def _text(value: Decimal | None) -> str:
    return "" if value is None else f"{value:f}".replace(".", ",")


def values_of(stored: Mapping[str, Any]) -> dict[str, str]:
    """A stored budget (the API's JSON with Decimals) as the form's texts."""
    values: dict[str, str] = {}
    for group in GROUPS:
        for part, amount in (stored.get(group) or {}).items():
            if part in ("lasten", "baten"):
                values[f"{group}.{part}"] = _text(amount)
    for name in AMOUNTS:
        values[name] = _text(stored.get(name))
    for bijdrage in stored.get("bijdragen") or []:
        values[bijdrage_veld(bijdrage["organisatieId"])] = _text(bijdrage["bedrag"])
    return values


def on_participants(
    errors: Sequence[FieldError], herkomst: Sequence[uuid.UUID]
) -> list[FieldError]:
    placed = []
    for error in errors:
        found = BIJDRAGE.match(error.field)
        if found and int(found[1]) < len(herkomst):
            placed.append(FieldError(bijdrage_veld(herkomst[int(found[1])]), error.message))
        else:
            placed.append(error)
    return placed

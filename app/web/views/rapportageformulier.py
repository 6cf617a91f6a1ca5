"""The status report's form: its fields, reading what was posted into the API's merge patch,
errors in Dutch at their fields, and what differs from what someone else saved. Pure."""

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import ValidationError

from app.core.errors import InvalidParam
from app.voortgang.content import AFWIJKINGEN, ASPECTEN, Oordeel
from app.voortgang.schemas import VoortgangsrapportageUpdate
from app.web.formatting import getal
from app.web.forms import FieldError

ASPECT_LABELS = {
    "voortgang": "Voortgang",
    "inhoud": "Inhoud",
    "planning": "Planning",
    "financien": "Financiën",
    "risicos": "Risico's",
    "communicatie": "Communicatie",
}
AFWIJKING_LABELS = {
    "begroting": "Afwijking begroting",
    "investering": "Afwijking investeringen",
    "exploitatie": "Afwijking exploitatie",
    "totaalplanning": "Afwijking totaalplanning",
}
OORDEEL_KEUZES = [
    (Oordeel.BETER.value, "+ beter dan gepland"),
    (Oordeel.OP_KOERS.value, "= op koers"),
    (Oordeel.ACHTER.value, "− achter, vraagt aandacht"),
    ("", "nog geen oordeel"),
]
JA_NEE_KEUZES = [("ja", "Ja"), ("nee", "Nee"), ("", "nog niet beantwoord")]
MAX_TEXT = 10_000
MAX_SHORT_TEXT = {"portefeuillehouder": 200, "projectfase": 200}
TEVREDENHEID_FOUT = "Vul een cijfer van 1 tot en met 10 in, met hoogstens één decimaal (bijv. 7,5)."

# The form's free text fields, beside the satisfaction (a number), in the seed's order.
FREE_TEXT = (
    "portefeuillehouder",
    "projectfase",
    "besluitvorming",
    "dienstverlening",
    "samenvatting",
    "overige_informatie",
)
TEXT_LABELS = {
    "portefeuillehouder": "Portefeuillehouder",
    "projectfase": "Projectfase",
    "besluitvorming": "Besluitvorming gevraagd van het MT",
    "overige_informatie": "Overige informatie",
    "dienstverlening": "Dienstverlening",
    "samenvatting": "Samenvatting voor het MT",
    "tevredenheid": "Tevredenheid (rapportcijfer 1 tot en met 10)",
}


def field_labels() -> dict[str, str]:
    """Every field of the form with the label a person sees."""
    labels: dict[str, str] = {}
    for aspect, label in ASPECT_LABELS.items():
        labels[f"{aspect}_oordeel"] = f"{label}: oordeel"
        labels[f"{aspect}_toelichting"] = f"{label}: toelichting"
    for soort, label in AFWIJKING_LABELS.items():
        labels[f"afwijking_{soort}"] = label
        labels[f"afwijking_{soort}_toelichting"] = f"{label}: toelichting"
    return {**labels, **TEXT_LABELS}


FIELDS = tuple(field_labels())


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def values_of(content: Mapping[str, Any]) -> dict[str, str]:
    """The form's values from a report's content (app.voortgang.content.content_of)."""
    values: dict[str, str] = {}
    for aspect in ASPECTEN:
        rating = content["aspecten"][aspect]
        oordeel = rating["oordeel"]
        values[f"{aspect}_oordeel"] = "" if oordeel is None else Oordeel(oordeel).value
        values[f"{aspect}_toelichting"] = _text(rating["toelichting"])
    for soort in AFWIJKINGEN:
        flag = content[f"afwijking_{soort}"]
        answer = flag["afwijking"]
        values[f"afwijking_{soort}"] = "" if answer is None else ("ja" if answer else "nee")
        values[f"afwijking_{soort}_toelichting"] = _text(flag["toelichting"])
    for name in FREE_TEXT:
        values[name] = _text(content[name])
    tevredenheid = content["tevredenheid"]
    values["tevredenheid"] = "" if tevredenheid is None else getal(tevredenheid, 1)
    return values


@dataclass(frozen=True)
class Ingevuld:
    """What a person posted: the values as typed (shown again on any error), the merge patch
    of the whole content, and the errors in it."""

    waarden: dict[str, str]
    patch: VoortgangsrapportageUpdate | None
    fouten: list[FieldError]


def _choice(raw: str, allowed: set[str], field: str, errors: list[FieldError]) -> str:
    if raw not in allowed:
        errors.append(FieldError(field, "Kies een van de mogelijkheden."))
        return ""
    return raw


def _or_none(text: str) -> str | None:
    return text.strip() or None


def _number(raw: str, field: str, errors: list[FieldError]) -> Decimal | None:
    text = raw.strip().replace(",", ".")
    if not text:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        errors.append(FieldError(field, TEVREDENHEID_FOUT))
        return None
    return number


def read_form(form: Mapping[str, str]) -> Ingevuld:
    """The posted fields as a merge patch of every content field (empty clears)."""
    values = {name: form.get(name, "") for name in FIELDS}
    errors: list[FieldError] = []
    oordelen = {choice for choice, _ in OORDEEL_KEUZES}
    ja_nee = {choice for choice, _ in JA_NEE_KEUZES}
    data: dict[str, Any] = {"aspecten": {}}
    for aspect in ASPECTEN:
        oordeel = _choice(values[f"{aspect}_oordeel"], oordelen, f"{aspect}_oordeel", errors)
        data["aspecten"][aspect] = {
            "oordeel": oordeel or None,
            "toelichting": _or_none(values[f"{aspect}_toelichting"]),
        }
    for soort in AFWIJKINGEN:
        answer = _choice(values[f"afwijking_{soort}"], ja_nee, f"afwijking_{soort}", errors)
        data[f"afwijking_{soort}"] = {
            "afwijking": None if not answer else answer == "ja",
            "toelichting": _or_none(values[f"afwijking_{soort}_toelichting"]),
        }
    for name in FREE_TEXT:
        data[name] = _or_none(values[name])
    data["tevredenheid"] = _number(values["tevredenheid"], "tevredenheid", errors)
    for name in FIELDS:
        limit = MAX_SHORT_TEXT.get(name, MAX_TEXT)
        if not name.endswith("_oordeel") and len(values[name]) > limit:
            errors.append(FieldError(name, f"Gebruik hoogstens {getal(limit)} tekens."))
    if errors:
        return Ingevuld(values, None, errors)
    try:
        patch = VoortgangsrapportageUpdate.model_validate(data)
    except ValidationError as invalid:
        return Ingevuld(values, None, _validation_errors(invalid))
    return Ingevuld(values, patch, [])


def _validation_errors(invalid: ValidationError) -> list[FieldError]:
    errors = []
    for error in invalid.errors():
        field = _form_field(tuple(str(part) for part in error["loc"]))
        message = TEVREDENHEID_FOUT if field == "tevredenheid" else "Deze invoer klopt niet."
        errors.append(FieldError(field, message))
    return list({error.field: error for error in errors}.values())


def _form_field(loc: tuple[str, ...]) -> str:
    """The form field of a place in the content (`aspecten.financien.toelichting`)."""
    if loc[:1] == ("aspecten",) and len(loc) >= 3:
        return f"{loc[1]}_{loc[2]}"
    if loc[0].startswith("afwijking"):
        base = _snake(loc[0])
        return f"{base}_toelichting" if loc[-1] == "toelichting" else base
    return loc[0]


def _snake(camel: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in camel)


def submission_errors(problems: list[InvalidParam]) -> list[FieldError]:
    """Why the report cannot go to the MT yet, in Dutch, at the form's fields."""
    errors = []
    for problem in problems:
        if problem.name == "aspecten":
            errors.append(
                FieldError("voortgang_oordeel", "Geef ten minste één aspect een oordeel.")
            )
            continue
        field = _form_field(tuple(problem.name.split(".")))
        if field.startswith("afwijking_"):
            message = "Een afwijking (Ja) vraagt een toelichting."
        else:
            message = "Een oordeel − vraagt een toelichting voor het MT."
        errors.append(FieldError(field, f"{field_labels().get(field, field)}: {message}"))
    return errors


@dataclass(frozen=True)
class Verschil:
    """A field that someone else saved differently from what this person typed."""

    veld: str
    label: str
    opgeslagen: str
    uwe: str


def differences(mine: Mapping[str, str], saved: Mapping[str, str]) -> list[Verschil]:
    """The fields where what is saved now differs from what this person typed."""
    labels = field_labels()
    return [
        Verschil(name, labels[name], saved.get(name, ""), mine.get(name, ""))
        for name in FIELDS
        if _normal(saved.get(name, "")) != _normal(mine.get(name, ""))
    ]


def _normal(text: str) -> str:
    return text.strip().replace("\r\n", "\n")

"""A form's text fields into the API's input models, and the API's input errors onto the
form's fields, in Dutch.

The fields of a page form carry the API's JSON names (`omschrijving`, `verlooptOp`), so an
`InvalidInput` of a service (`invalidParams` named the way the API client writes them) lands
on the field the person filled in. Browsers send text only, so the models are validated in
pydantic's lax mode (a date as `2026-07-01`, a number as `12,5` → `12.5`); the rules of the
models themselves (lengths, ranges, choices) are the API's.
"""

import re
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from app.core.errors import InvalidInput, InvalidParam
from app.core.schemas import STORED
from app.web.forms import FieldError

M = TypeVar("M", bound=BaseModel)

GENERIC = "Deze waarde klopt niet."
THOUSANDS = re.compile(r"[-−]?\d{1,3}(\.\d{3})+")
PYDANTIC_MESSAGES = {
    "missing": "Vul dit in.",
    "string_too_short": "Vul dit in.",
    "string_too_long": "Dit is te lang.",
    "too_long": "Dit zijn er te veel.",
    "enum": "Kies een van de mogelijkheden uit de lijst.",
    "literal_error": "Kies een van de mogelijkheden uit de lijst.",
    "date_from_datetime_parsing": "Vul een datum in als dd-mm-jjjj.",
    "date_parsing": "Vul een datum in als dd-mm-jjjj.",
    "date_type": "Vul een datum in als dd-mm-jjjj.",
    "datetime_parsing": "Vul een datum in.",
    "datetime_from_date_parsing": "Vul een datum in.",
    "timezone_aware": "Vul een datum in.",
    "decimal_parsing": "Vul een getal in.",
    "decimal_type": "Vul een getal in.",
    "float_parsing": "Vul een getal in.",
    "int_parsing": "Vul een geheel getal in.",
    "int_from_float": "Vul een geheel getal in.",
    "greater_than": "Dit getal is te klein.",
    "greater_than_equal": "Dit getal is te klein.",
    "less_than": "Dit getal is te groot.",
    "less_than_equal": "Dit getal is te groot.",
    "decimal_max_places": "Gebruik minder cijfers achter de komma.",
    "value_error": GENERIC,
    "uuid_parsing": "Kies een van de mogelijkheden uit de lijst.",
}


def _name(loc: Iterable[int | str]) -> str:
    """`("metingen", 2, "normCode")` → `metingen[2].normCode`, as the API names fields."""
    name = ""
    for part in loc:
        if isinstance(part, int):
            name += f"[{part}]"
        else:
            name += f".{part}" if name else part
    return name


def form_values(raw: Mapping[str, Any], fields: Iterable[str]) -> dict[str, Any]:
    """The named fields of a submitted form as the model reads them: trimmed text, and an
    empty field left out (an empty date means no date, not a wrong one)."""
    values: dict[str, Any] = {}
    for field in fields:
        value = raw.get(field)
        if isinstance(value, str) and value.strip():
            values[field] = value.strip()
    return values


def decimal_text(value: str) -> str:
    """A Dutch number as the model reads it: `1.234,5` → `1234.5`, `12,5` → `12.5`,
    `1.000.000` → `1000000` (dots in groups of three are thousands); `99.5` stays."""
    text = value.strip().replace(" ", "").replace("\u00a0", "")
    if "," in text:
        return text.replace(".", "").replace(",", ".")
    if THOUSANDS.fullmatch(text):
        return text.replace(".", "")
    return text


def validated(model: type[M], values: Mapping[str, Any]) -> M:
    """The model from form text (lax: strings for dates and numbers), or `InvalidInput`
    naming every bad field, as the API would."""
    try:
        return model.model_validate(dict(values), context=STORED)
    except ValidationError as exc:
        params = [
            InvalidParam(_name(error["loc"]), PYDANTIC_MESSAGES.get(error["type"], GENERIC))
            for error in exc.errors()
        ]
        raise InvalidInput.fields(params) from exc


def field_errors(exc: InvalidInput, messages: Mapping[str, str] | None = None) -> list[FieldError]:
    """The errors of `exc` on the form's fields. The services explain in English for API
    clients; a page passes its Dutch text per field in `messages` (the reasons pydantic gave
    are Dutch already, see `validated`)."""
    dutch = messages or {}
    errors = []
    for param in exc.invalid_params or []:
        if param.reason in _DUTCH and param.reason != GENERIC:
            reason = param.reason
        else:  # by the full name (`einddatum`), else by the last part (`metingen[2].waarde`)
            last = param.name.rsplit(".", 1)[-1]
            reason = dutch.get(param.name) or dutch.get(last) or param.reason
            reason = reason if reason in dutch.values() or reason in _DUTCH else GENERIC
        errors.append(FieldError(param.name, reason))
    return errors


_DUTCH = frozenset(PYDANTIC_MESSAGES.values())

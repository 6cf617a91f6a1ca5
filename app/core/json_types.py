"""JSON types as the OpenAPI document promises them, checked before pydantic's lax coercion.

FastAPI validates request bodies in pydantic's lax Python mode, which turns `"5"` into 5,
`"yes"` into True and `0` into 1970-01-01. The document promises an integer, a boolean and a
`YYYY-MM-DD` string, so such input is refused with 400, as clients generated from the
document would expect. Types this module does not know are left to pydantic.
"""

import re
import types
import uuid
from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import AwareDatetime, BaseModel, FutureDate, NaiveDatetime, PastDate
from pydantic_core import PydanticCustomError

NoneType = type(None)
DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATETIME_PATTERN = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$"
)
# pydantic's own date and time types are not subclasses of date and datetime.
PYDANTIC_TEMPORAL: dict[Any, type] = {
    AwareDatetime: datetime,
    NaiveDatetime: datetime,
    FutureDate: date,
    PastDate: date,
}
NAMES = {
    bool: "a boolean",
    int: "an integer",
    float: "a number",
    str: "a string",
    list: "an array",
    dict: "an object",
    NoneType: "null",
}


def json_kinds(annotation: Any) -> frozenset[type] | None:
    """The JSON value types a field accepts (bool, int, float, str, list, dict, NoneType),
    or None when the annotation is beyond this check."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return json_kinds(get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        kinds: set[type] = set()
        for member in get_args(annotation):
            member_kinds = json_kinds(member)
            if member_kinds is None:
                return None
            kinds |= member_kinds
        return frozenset(kinds)
    if origin is Literal:
        return frozenset(type(value) for value in get_args(annotation))
    if origin in (list, tuple, set, frozenset):
        return frozenset({list})
    if origin is dict:
        return frozenset({dict})
    return _scalar_kinds(annotation)


def max_length(annotation: Any, metadata: Sequence[Any] = ()) -> int | None:
    """The longest string a field's constraints allow, or None (no limit, or not a string)."""
    for item in metadata:
        if isinstance(getattr(item, "max_length", None), int):
            return int(item.max_length)
    origin = get_origin(annotation)
    if origin is Annotated:
        return max_length(get_args(annotation)[0], annotation.__metadata__)
    if origin in (Union, types.UnionType):
        limits = [limit for arg in get_args(annotation) if (limit := max_length(arg))]
        return limits[0] if limits else None
    return None


def _scalar_kinds(annotation: Any) -> frozenset[type] | None:
    if annotation in PYDANTIC_TEMPORAL:
        return frozenset({str})
    if not isinstance(annotation, type):
        return None
    if annotation is NoneType:
        return frozenset({NoneType})
    if annotation is bool:
        return frozenset({bool})
    if issubclass(annotation, Enum):
        return frozenset(type(member.value) for member in annotation)
    if annotation is int:
        return frozenset({int})
    if annotation in (float, Decimal):
        return frozenset({int, float})
    if annotation in (str, uuid.UUID) or issubclass(annotation, date | datetime | time):
        return frozenset({str})
    if issubclass(annotation, BaseModel):
        return frozenset({dict})
    return None


def temporal_kind(annotation: Any) -> type | None:
    """`date` or `datetime` when the field holds one (also inside Optional/Annotated)."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return temporal_kind(get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        found = {temporal_kind(member) for member in get_args(annotation)} - {None}
        return found.pop() if len(found) == 1 else None
    if annotation in PYDANTIC_TEMPORAL:
        return PYDANTIC_TEMPORAL[annotation]
    if isinstance(annotation, type) and issubclass(annotation, datetime):
        return datetime
    if isinstance(annotation, type) and issubclass(annotation, date):
        return date
    return None


def _kind_of(value: Any) -> type:
    for kind in (bool, int, float, str, list, dict):
        if isinstance(value, kind):
            return kind
    return type(value)


def _fits(value: Any, kinds: frozenset[type]) -> bool:
    kind = _kind_of(value)
    if kind not in NAMES:
        return True  # a Python value (Decimal, date, UUID, a model) built by the service itself
    if kind is int and float in kinds:
        return True
    if kind is float and int in kinds and float not in kinds:
        return bool(value.is_integer())  # JSON Schema counts 2.0 as an integer
    return kind in kinds


def _names(kinds: frozenset[type]) -> str:
    ordered = [kind for kind in NAMES if kind in kinds]
    if int in ordered and float in ordered:
        ordered.remove(int)
    return " or ".join(NAMES[kind] for kind in ordered)


def unstorable_text(value: Any) -> str | None:
    """Why a string (anywhere inside `value`) cannot be stored as text, or None.

    PostgreSQL text holds no NUL character, and UTF-8 has no lone surrogates (which a JSON
    body can still spell as `\\ud800`)."""
    if isinstance(value, str):
        if "\x00" in value:
            return "Text may not contain the NUL character."
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "Text must be valid Unicode (no lone surrogates)."
        return None
    if isinstance(value, list):
        return next((r for item in value if (r := unstorable_text(item))), None)
    if isinstance(value, dict):
        items = [*value.keys(), *value.values()]
        return next((r for item in items if (r := unstorable_text(item))), None)
    return None


def holds_models(annotation: Any) -> bool:
    """True when pydantic models sit inside (they check their own fields, with deeper names)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(holds_models(arg) for arg in get_args(annotation))


def check_json_value(
    value: Any, kinds: frozenset[type] | None, temporal: type | None, *, deep: bool = True
) -> None:
    """Raise a pydantic error when `value` is not of the JSON type the field documents, or
    holds text that cannot be stored (looking inside arrays and objects when `deep`)."""
    if (deep or isinstance(value, str)) and (reason := unstorable_text(value)):
        raise PydanticCustomError("unstorable_text", reason)
    if kinds is not None and not _fits(value, kinds):
        raise PydanticCustomError("json_type", "Expected {expected}.", {"expected": _names(kinds)})
    if temporal is date and isinstance(value, str) and not DATE_PATTERN.match(value):
        raise PydanticCustomError("date_format", "Expected a date as YYYY-MM-DD.")
    if temporal is datetime and isinstance(value, str) and not DATETIME_PATTERN.match(value):
        raise PydanticCustomError(
            "datetime_format", "Expected a timestamp as YYYY-MM-DDThh:mm:ssZ (RFC 3339)."
        )

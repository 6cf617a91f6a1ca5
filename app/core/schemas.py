"""The base of every API schema: lowerCamelCase JSON, strict input, the collection envelope."""

import functools
import math
from decimal import Decimal
from typing import Annotated, Any, ClassVar, Generic, Self, TypeVar

from pydantic import (
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    PlainSerializer,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
)
from pydantic.alias_generators import to_camel
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError

from app.core.json_types import (
    DATETIME_PATTERN,
    check_json_value,
    holds_models,
    json_kinds,
    max_length,
    temporal_kind,
)


class ApiModel(BaseModel):
    """Output schema: lowerCamelCase JSON, read from ORM objects."""

    model_config = ConfigDict(
        alias_generator=to_camel,
        populate_by_name=True,
        from_attributes=True,
        ser_json_timedelta="iso8601",
    )


STORED: dict[str, bool] = {"stored": True}  # validation context of `InputModel.from_stored`


class InputModel(ApiModel):
    """Input schema: unknown fields are refused, so nobody sets `id`, `status` or a tenant."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    @classmethod
    def from_stored(cls, data: Any) -> Self:
        """Validate data the service stored itself (a JSON snapshot, with decimals as strings),
        without the checks on the JSON types a client must send."""
        return cls.model_validate(data, context=STORED)

    @field_validator("*", mode="before")
    @classmethod
    def _documented_json_type(cls, value: Any, info: ValidationInfo) -> Any:
        """`"5"` for an integer or `0` for a date is 400, not silently converted."""
        if info.context is STORED:
            return value
        if info.field_name is not None:
            kinds, temporal, nested = _field_types(cls, info.field_name)
            check_json_value(value, kinds, temporal, deep=not nested)
            _check_length_as_sent(cls, info.field_name, value)
        return value


def _check_length_as_sent(model: type[BaseModel], name: str, value: Any) -> None:
    """A string's length is checked as the client sent it, before surrounding white space is
    stripped: the document's `maxLength` counts every character."""
    if not isinstance(value, str):
        return
    limit = _max_length(model, name)
    if limit is not None and len(value) > limit:
        raise PydanticCustomError(
            "string_too_long",
            "String should have at most {max_length} characters",
            {"max_length": limit},
        )


@functools.cache
def _max_length(model: type[BaseModel], name: str) -> int | None:
    """Worked out once per field: reading `model_fields` costs more than the check (a push of
    1,000 metingen read it 2,000 times)."""
    field = model.model_fields[name]
    return max_length(field.annotation, field.metadata)


FieldTypes = tuple[frozenset[type] | None, type | None, bool]
_FIELD_TYPES: dict[tuple[type, str], FieldTypes] = {}


def _field_types(model: type[BaseModel], name: str) -> FieldTypes:
    """The JSON kinds, date/datetime-ness and nested models of a field, worked out once."""
    key = (model, name)
    if key not in _FIELD_TYPES:
        annotation = model.model_fields[name].annotation
        _FIELD_TYPES[key] = (
            json_kinds(annotation),
            temporal_kind(annotation),
            holds_models(annotation),
        )
    return _FIELD_TYPES[key]


class PatchModel(InputModel):
    """A JSON Merge Patch (RFC 7396): absent fields stay, `null` clears.

    Fields named in `required_fields` may be changed but not cleared.
    """

    required_fields: ClassVar[frozenset[str]] = frozenset()

    @field_validator("*", mode="after")
    @classmethod
    def _not_cleared(cls, value: Any, info: Any) -> Any:
        if value is None and info.field_name in cls.required_fields:
            raise ValueError("This field cannot be cleared.")
        return value

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        """The document says what the validator says: a required field takes no `null`."""
        json_schema = handler(core_schema)
        properties = handler.resolve_ref_schema(json_schema).get("properties", {})
        for name in cls.required_fields:
            prop = properties.get(to_camel(name), properties.get(name))
            if prop is not None:
                _drop_null(prop)
        return json_schema

    def changes(self) -> dict[str, Any]:
        """The fields the client sent, by attribute name."""
        return self.model_dump(exclude_unset=True)


def _drop_null(prop: dict[str, Any]) -> None:
    options = [option for option in prop.pop("anyOf", []) if option != {"type": "null"}]
    if len(options) == 1:
        prop.update(options[0])
    elif options:
        prop["anyOf"] = options
    if prop.get("default", ...) is None:
        del prop["default"]


class Links(BaseModel):
    self: str = Field(description="De URL van deze pagina.")
    next: str | None = Field(
        default=None, description="De URL van de volgende pagina; null op de laatste."
    )
    previous: str | None = Field(
        default=None, description="De URL van de vorige pagina; null op de eerste."
    )


T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """The collection envelope of API.md."""

    model_config = ConfigDict(populate_by_name=True)

    resultaten: list[T] = Field(description="De resultaten op deze pagina.")
    aantal: int = Field(description="Het aantal resultaten over alle pagina's samen.")
    links: Links = Field(alias="_links", description="Links naar deze en de buurpagina's.")


def _as_json_number(value: Decimal) -> int | float:
    """A decimal as a JSON number; exact for the 15 significant digits this service stores."""
    return int(value) if value == value.to_integral_value() else float(value)


AS_JSON_NUMBER = PlainSerializer(_as_json_number, return_type=int | float, when_used="json")
NUMBER_SCHEMA = WithJsonSchema({"type": "number"})


def _without_binary_noise(value: Any) -> Any:
    """A JSON number read as a binary float (0.1 + 0.2 = 0.30000000000000004) counts by its
    15 significant digits, all a float holds exactly: beyond them is rounding noise, not
    decimals the client meant."""
    if isinstance(value, float) and math.isfinite(value):
        return Decimal(format(value, ".15g"))
    return value


def number_schema(
    digits: int,
    decimals: int,
    *,
    ge: float | None = None,
    gt: float | None = None,
    le: float | None = None,
) -> WithJsonSchema:
    """The OpenAPI schema of a decimal that says all its validator checks: at most
    `decimals` decimals (`multipleOf`) and `digits` digits in all (the bounds), and the
    given minimum or exclusive minimum and maximum."""
    step = Decimal(1).scaleb(-decimals)
    limit = float(Decimal(10) ** (digits - decimals) - step)
    schema: dict[str, Any] = {"type": "number", "multipleOf": float(step)}
    if gt is not None:
        schema["exclusiveMinimum"] = gt
    else:
        schema["minimum"] = -limit if ge is None else ge
    schema["maximum"] = limit if le is None else le
    return WithJsonSchema(schema)


FLOAT_NOISE = BeforeValidator(_without_binary_noise)

# Decimals that travel as JSON numbers (API.md: euros are numbers, never strings).
EURO_LIMIT = 9_999_999_999_999.99
_EURO = Field(max_digits=15, decimal_places=2)
Euro = Annotated[Decimal, FLOAT_NOISE, _EURO, AS_JSON_NUMBER, number_schema(15, 2)]
NonNegativeEuro = Annotated[
    Decimal, FLOAT_NOISE, _EURO, Field(ge=0), AS_JSON_NUMBER, number_schema(15, 2, ge=0)
]
PositiveEuro = Annotated[
    Decimal, FLOAT_NOISE, _EURO, Field(gt=0), AS_JSON_NUMBER, number_schema(15, 2, gt=0)
]
_PERCENT = Field(max_digits=7, decimal_places=4, le=100)
Percentage = Annotated[
    Decimal, FLOAT_NOISE, _PERCENT, Field(ge=0), AS_JSON_NUMBER, number_schema(7, 4, ge=0, le=100)
]
PositivePercentage = Annotated[
    Decimal, FLOAT_NOISE, _PERCENT, Field(gt=0), AS_JSON_NUMBER, number_schema(7, 4, gt=0, le=100)
]
NonNegativeDecimal = Annotated[
    Decimal,
    FLOAT_NOISE,
    Field(max_digits=9, decimal_places=4, ge=0),
    AS_JSON_NUMBER,
    number_schema(9, 4, ge=0),
]


def _rfc3339(value: Any) -> Any:
    if isinstance(value, str) and not DATETIME_PATTERN.match(value):
        raise ValueError("Expected a timestamp as YYYY-MM-DDThh:mm:ssZ (RFC 3339).")
    return value


# A timestamp in a query string: RFC 3339 with a zone, not pydantic's lax Unix seconds.
Tijdstip = Annotated[AwareDatetime, BeforeValidator(_rfc3339)]

"""Export sheets straight from read models: a column per field, in the model's order, headed
by its JSON name, so a CSV or XLSX carries exactly the rows and names of the JSON."""

import types
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum, StrEnum
from typing import Any, Union, get_args, get_origin
from uuid import UUID

from pydantic import BaseModel

from app.core.exports.table import CellValue, ExportSheet, Kolom, Kolomsoort, enum_word


@dataclass(frozen=True)
class Opmaak:
    """How one field is exported when its type alone does not say it (euros, percentages),
    or to colour its codes (`kleuren`)."""

    soort: Kolomsoort | None = None
    breedte: int = 14
    kleuren: Mapping[str, str] | None = None


def columns_of(model: type[BaseModel], opmaak: Mapping[str, Opmaak] | None = None) -> list[Kolom]:
    """A column per field of `model`, in its order, headed by the field's JSON name; the kind
    follows the type (bool → ja_nee, int and Decimal → getal, date → datum, else tekst)
    unless `opmaak` (by JSON name) says otherwise."""
    columns = []
    for name, field in model.model_fields.items():
        header = field.alias or name
        found = (opmaak or {}).get(header, Opmaak())
        soort = found.soort or _kind(field.annotation)
        columns.append(Kolom(header, soort, found.breedte, found.kleuren))
    return columns


def _kind(annotation: Any) -> Kolomsoort:
    inner = _without_none(annotation)
    if inner is bool:
        return Kolomsoort.JA_NEE
    if inner in (int, Decimal):
        return Kolomsoort.GETAL
    if inner is date:
        return Kolomsoort.DATUM
    if inner is datetime:
        return Kolomsoort.TIJDSTIP
    return Kolomsoort.TEKST  # text, enums (as words), ids


def _without_none(annotation: Any) -> Any:
    if get_origin(annotation) in (Union, types.UnionType):
        options = [option for option in get_args(annotation) if option is not type(None)]
        annotation = options[0] if len(options) == 1 else annotation
    while hasattr(annotation, "__metadata__"):  # Annotated[Decimal, ...]
        annotation = get_args(annotation)[0]
    return annotation


def cell(value: Any) -> CellValue:
    """A field's value as a cell: enums as their words, ids as text, timestamps as they are."""
    if isinstance(value, StrEnum):
        return enum_word(value)
    if isinstance(value, Enum):
        return str(value.value)
    if value is None or isinstance(value, str | bool | int | Decimal | date):
        return value
    if isinstance(value, UUID):
        return str(value)
    return str(value)


def model_rows(models: Iterable[BaseModel]) -> Iterator[list[CellValue]]:
    """One row per model, its fields in order; a generator, so rows are made as written."""
    for model in models:
        yield [cell(getattr(model, name)) for name in type(model).model_fields]


def model_sheet(
    titel: str,
    model: type[BaseModel],
    rows: Iterable[BaseModel],
    opmaak: Mapping[str, Opmaak] | None = None,
) -> ExportSheet:
    return ExportSheet(titel, columns_of(model, opmaak), model_rows(rows))

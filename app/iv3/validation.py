"""An Iv3 delivery checked the way CBS checks it: the JSON Schema, the year's code lists, the
grey cells and the checks (`controles`) that can be evaluated on one file. Pure.

Every problem is named by its JSON path (`data.lasten[12].taakveld`) and, where CBS has one,
its `foutcode` (`fouten.json`).
"""

from collections.abc import Hashable, Iterable, Mapping
from decimal import Decimal
from typing import Any

from jsonschema import Draft7Validator, ValidationError

from app.core.errors import InvalidParam
from app.iv3 import definitions
from app.iv3.definitions import Jaardefinitie
from app.iv3.records import FACTOR, MAX_EURO, Eenheid

# CBS's codes for a key missing where the schema requires it, by the object that misses it.
MISSING_IN: dict[str, str | dict[str, str]] = {
    "": {"metadata": "SF001", "contact": "SF005", "data": "SF010"},
    "metadata": "SF002",
    "contact": "SF006",
    "data": {
        "baten": "SF011",
        "lasten": "SF012",
        "balans_baten": "SF013",
        "balans_lasten": "SF014",
        "balans_standen": "SF015",
    },
}
UNKNOWN_KEY_IN = {"metadata": "SF003", "contact": "SF007"}
WRONG_VALUE_IN = {"metadata": "SF004", "contact": "SF008"}
# A difference within one unit of the file is rounding, not an error (CBS states no tolerance
# in its definitions; its messages speak of "maximaal toegestaan").
TOLERANCE_UNITS = Decimal(1)
PERIOD_OF_STATUS = {0: "Begroting", 5: "Realisatie"}


def _validator() -> Draft7Validator:
    return Draft7Validator(definitions.delivery_schema())


def schema_problems(document: Any) -> list[InvalidParam]:
    """What CBS's JSON Schema refuses, in document order.

    A valid file is decided on its skeleton: the schema constrains a record of `data` only by
    its keys and the JSON types of its values, so one record per distinct shape gives the
    same verdict as all of them (50,000 records are a few dozen shapes). Only a file that
    fails is validated record by record, for the exact paths and messages."""
    validator = _validator()
    if validator.is_valid(_skeleton(document)):
        return []
    problems = [_from_schema_error(error) for error in validator.iter_errors(document)]
    return sorted(problems, key=lambda p: p.name)


def _skeleton(document: Any) -> Any:
    """The document with each list under `data` cut to one record per shape."""
    if not isinstance(document, dict) or not isinstance(document.get("data"), dict):
        return document
    data = {
        key: list({_shape(item): item for item in value}.values())
        if isinstance(value, list)
        else value
        for key, value in document["data"].items()
    }
    return {**document, "data": data}


def _shape(item: Any) -> Hashable:
    """What the schema sees of a record: its keys and the Python types of their values (bool
    apart from int, as JSON Schema keeps them)."""
    if isinstance(item, dict):
        return (tuple(item), tuple(map(type, item.values())))
    return type(item).__name__


def _path(parts: Iterable[str | int]) -> str:
    name = ""
    for part in parts:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name


def _from_schema_error(error: ValidationError) -> InvalidParam:
    parts = list(error.absolute_path)
    where = _path(parts)
    section = str(parts[0]) if parts else ""
    in_record = len(parts) >= 3 and section == "data"
    if error.validator == "required":
        present = error.instance if isinstance(error.instance, dict) else {}
        required: list[str] = list(error.validator_value)  # type: ignore[arg-type]
        missing = next(key for key in required if key not in present)
        name = f"{where}.{missing}" if where else missing
        return InvalidParam(name, "This key is required.", _missing_code(where, missing, in_record))
    if error.validator == "additionalProperties":
        schema: Mapping[str, Any] = error.schema  # type: ignore[assignment]
        allowed = set(schema.get("properties", {}))
        instance: Mapping[str, Any] = error.instance  # type: ignore[assignment]
        extra = sorted(key for key in instance if key not in allowed)
        name = f"{where}.{extra[0]}" if where else extra[0]
        reason = "This key is not part of the Iv3 format."
        return InvalidParam(name, reason, UNKNOWN_KEY_IN.get(where))
    reason = (
        error.context[0].message if error.validator == "oneOf" and error.context else error.message
    )
    code = WRONG_VALUE_IN.get(section) if len(parts) == 2 else None
    if section == "contact" and error.validator == "pattern" and error.instance == "":
        code = "SF009"
    if in_record and parts[-1] == "bedrag" and error.instance is None:
        code = "SF017"
    return InvalidParam(where or "body", reason, code)


def _missing_code(where: str, missing: str, in_record: bool) -> str | None:
    if in_record:
        return "SF017" if missing == "bedrag" else "SF016"
    codes = MISSING_IN.get(where)
    if isinstance(codes, dict):
        return codes.get(missing)
    return codes


def definition_problems(
    metadata: Mapping[str, Any],
) -> tuple[Jaardefinitie | None, list[InvalidParam]]:
    """The year's definitions, or SF888 when there is no file for this year and level; and the
    combination of `periode` and `status` (a budget is periode 0, annual accounts periode 5)."""
    problems = []
    boekjaar = metadata["boekjaar"]
    definitie = None
    if isinstance(boekjaar, int) or (isinstance(boekjaar, float) and boekjaar.is_integer()):
        definitie = definitions.definition(metadata["overheidslaag"], int(boekjaar))
    if definitie is None:
        years = ", ".join(f"{laag} {jaar}" for laag, jaar in sorted(definitions.available()))
        problems.append(
            InvalidParam(
                "metadata.boekjaar",
                f"No Iv3 definitions for {metadata['overheidslaag']} {boekjaar}; known: {years}.",
                "SF888",
            )
        )
    required_status = PERIOD_OF_STATUS.get(int(metadata["periode"]))
    if required_status and metadata["status"] != required_status:
        problems.append(
            InvalidParam(
                "metadata.status",
                f"Periode {int(metadata['periode'])} is delivered with status {required_status}.",
            )
        )
    return definitie, problems


def code_problems(data: Mapping[str, Any], definitie: Jaardefinitie) -> list[InvalidParam]:
    """Codes outside the year's lists (DF001–DF007) and grey cells, record by record."""
    problems: list[InvalidParam] = []
    for onderdeel, checks in _code_checks(definitie).items():
        grijs = definitie.grijze_cellen.get(onderdeel, frozenset())
        for index, record in enumerate(data.get(onderdeel) or []):
            where = f"data.{onderdeel}[{index}]"
            for key, allowed, code, what in checks:
                if record[key] not in allowed:
                    problems.append(
                        InvalidParam(
                            f"{where}.{key}",
                            f"'{record[key]}' is not a {what} of {definitie.boekjaar}.",
                            code,
                        )
                    )
            if grijs and (record[checks[0][0]], record["categorie"]) in grijs:
                problems.append(
                    InvalidParam(
                        f"{where}.categorie",
                        f"Categorie {record['categorie']} may not be used with "
                        f"{checks[0][0]} {record[checks[0][0]]} (a grey cell).",
                    )
                )
    return problems


def _code_checks(d: Jaardefinitie) -> dict[str, list[tuple[str, frozenset[str], str, str]]]:
    verslagperiodes = frozenset(d.verslagperiodes)
    return {
        "lasten": [
            ("taakveld", d.taakvelden, "DF001", "taakveld"),
            ("categorie", d.categorie_lasten, "DF002", "categorie (lasten)"),
        ],
        "baten": [
            ("taakveld", d.taakvelden, "DF001", "taakveld"),
            ("categorie", d.categorie_baten, "DF002", "categorie (baten)"),
        ],
        "balans_lasten": [
            ("balanscode", d.balanscodes, "DF003", "balanscode"),
            ("categorie", d.categorie_lasten, "DF002", "categorie (lasten)"),
        ],
        "balans_baten": [
            ("balanscode", d.balanscodes, "DF003", "balanscode"),
            ("categorie", d.categorie_baten, "DF002", "categorie (baten)"),
        ],
        "balans_standen": [
            ("balanscode", d.balanscodes, "DF003", "balanscode"),
            ("standper", d.standpers, "DF004", "standper"),
        ],
        "kengetallen": [
            ("kengetal", frozenset(d.kengetallen), "DF005", "kengetal"),
            ("verslagperiode", verslagperiodes, "DF007", "verslagperiode"),
        ],
        "beleidsindicatoren": [
            ("beleidsindicator", d.beleidsindicatoren, "DF006", "beleidsindicator"),
            ("verslagperiode", verslagperiodes, "DF007", "verslagperiode"),
        ],
    }


def amount_problems(data: Mapping[str, Any], eenheid: Eenheid) -> list[InvalidParam]:
    """Amounts that cannot be stored in euros to the cent (10^13 euros or more)."""
    limit = float(MAX_EURO / FACTOR[eenheid])
    problems = []
    for onderdeel in ("lasten", "baten", "balans_lasten", "balans_baten", "balans_standen"):
        for index, record in enumerate(data.get(onderdeel) or []):
            if abs(record["bedrag"]) >= limit:
                problems.append(
                    InvalidParam(f"data.{onderdeel}[{index}].bedrag", "The amount is out of range.")
                )
    return problems


def control_problems(
    periode: int, data: Mapping[str, Any], definitie: Jaardefinitie
) -> list[InvalidParam]:
    """CBS's checks that one file decides: PF006 (lasten equal baten over all taakvelden),
    PF007 and PF008 (assets equal liabilities at the start and at the end)."""
    problems = []
    if _applies(definitie, "PF006", periode):
        lasten = _total(data["lasten"])
        baten = _total(data["baten"])
        if abs(lasten - baten) > TOLERANCE_UNITS:
            problems.append(
                InvalidParam(
                    "data.lasten",
                    f"Total lasten {lasten} differ from total baten {baten} over all taakvelden "
                    f"(0.11 books the result); allowed: {TOLERANCE_UNITS}.",
                    "PF006",
                )
            )
    for code, standpers, moment in (
        ("PF007", definitie.standper_begin, "at the start"),
        ("PF008", _year_end(definitie), "at the end"),
    ):
        if not _applies(definitie, code, periode):
            continue
        standen = [r for r in data["balans_standen"] if r["standper"] in standpers]
        activa = _total(r for r in standen if r["balanscode"] in definitie.activa)
        passiva = _total(r for r in standen if r["balanscode"] in definitie.passiva)
        if abs(activa - passiva) > TOLERANCE_UNITS:
            problems.append(
                InvalidParam(
                    "data.balans_standen",
                    f"Assets {activa} differ from liabilities {passiva} {moment} of the year; "
                    f"allowed: {TOLERANCE_UNITS}.",
                    code,
                )
            )
    return problems


def _applies(definitie: Jaardefinitie, code: str, periode: int) -> bool:
    controle = definitie.controles.get(code)
    return controle is not None and periode in controle.periodes


def _year_end(definitie: Jaardefinitie) -> frozenset[str]:
    return frozenset({"ultimo", f"31-12-{definitie.boekjaar}"}) & definitie.standper_einde


def _total(records: Iterable[Mapping[str, Any]]) -> Decimal:
    return sum((Decimal(str(r["bedrag"])) for r in records), Decimal(0))


def all_problems(
    document: Any, eenheid: Eenheid
) -> tuple[Jaardefinitie | None, list[InvalidParam]]:
    """Every problem of the file (none: it may be taken), with the year's definitions when the
    file names a year we hold."""
    problems = schema_problems(document)
    if any(p.name.startswith("metadata") or p.name == "body" for p in problems):
        return None, problems
    metadata, data = document["metadata"], document["data"]
    definitie, year_problems = definition_problems(metadata)
    problems += year_problems
    if definitie is None:
        return None, problems
    if any(p.name.startswith("data") for p in problems):
        return definitie, problems  # the records' shape is wrong: their codes cannot be read
    problems += code_problems(data, definitie)
    problems += amount_problems(data, eenheid)
    if not problems:
        problems += control_problems(int(metadata["periode"]), data, definitie)
    return definitie, problems

"""The OpenAPI document, shaped to the NL API Design Rules.

FastAPI generates the paths and schemas; this module adds what the rules ask of every
operation (API-Version headers, problem+json errors, a documented 400) in one place, so no
route has to repeat it.
"""

import re
from collections.abc import Iterator, Mapping
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

from app.config import Settings
from app.core.etag import REQUIRED_BY_SERVER
from app.core.problems import PROBLEM_MEDIA_TYPE
from app.core.schema_names import dutch_name

API_PREFIX = "/api/v1"
WRITE_METHODS = {"post", "put", "patch"}
METHODS = {"get", "post", "put", "patch", "delete"}

ERROR_DESCRIPTIONS = {
    400: "Ongeldige invoer; `invalidParams` noemt elk fout veld of elke onbekende parameter. "
    "Ook: een `Host` die deze dienst niet bedient (zonder `VPM_PUBLIC_URL`).",
    401: "Geen geldig bearer-token.",
    403: "Uw rol mag dit niet.",
    404: "Niet gevonden, of niet zichtbaar voor u.",
    406: "Geen van de mediatypen in `Accept` kan worden geleverd.",
    409: "Strijdig met de huidige toestand.",
    412: "De resource is gewijzigd sinds uw lezing (verouderde `If-Match`).",
    413: "De body is te groot.",
    415: "Het mediatype van de body wordt hier niet geaccepteerd.",
    422: "Goed gevormd, maar niet te verwerken.",
    428: "`If-Match` is verplicht.",
    429: "Te veel verzoeken; zie `Retry-After`.",
    431: "De verzoekheaders zijn samen te groot, of het zijn er te veel.",
    500: "Onverwachte fout.",
    503: "De database is niet bereikbaar; zie `Retry-After`.",
}
MERGE_PATCH = "application/merge-patch+json"

PROBLEM_SCHEMA = {
    "type": "object",
    "description": "Een fout als RFC 9457 problem details.",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {
            "type": "string",
            "format": "uri",
            "description": "De URI die de soort fout aanduidt.",
        },
        "title": {"type": "string", "description": "Korte omschrijving van de soort fout."},
        "status": {
            "type": "integer",
            "minimum": 100,
            "maximum": 599,
            "description": "De HTTP-statuscode.",
        },
        "detail": {"type": "string", "description": "Wat er bij dit verzoek misging."},
        "instance": {"type": "string", "description": "Het pad van het verzoek."},
        "requestId": {
            "type": "string",
            "description": "Kenmerk van het verzoek; noem het bij vragen aan de beheerder.",
        },
        "invalidParams": {
            "type": "array",
            "description": "Elk fout veld of elke onbekende parameter, met de reden.",
            "items": {
                "type": "object",
                "required": ["name", "reason"],
                "properties": {
                    "name": {
                        "type": "string",
                        "description": "Het veld zoals de client het schreef "
                        "(`metingen[2].normCode`) of de naam van de parameter.",
                    },
                    "reason": {"type": "string", "description": "Waarom het fout is."},
                    "foutcode": {
                        "type": "string",
                        "description": "De code van de regel waar een externe standaard er "
                        "een heeft (de Iv3-controles van het CBS: `SF…`, `DF…`, `PF…`).",
                    },
                },
            },
        },
    },
}

API_VERSION_HEADER = {
    "description": "De volledige versie van de API (semver), gelijk aan `info.version`.",
    "schema": {"type": "string"},
}
# The path parameters are declared without a description route by route; one name means one
# thing in every path, so the document describes them here, in Dutch.
PATH_PARAMETERS = {
    "aanbeveling_id": "De identificatie van de aanbeveling.",
    "abonnement_id": "De identificatie van het abonnement.",
    "actie_id": "De identificatie van de actie.",
    "aflevering_id": "De identificatie van de aflevering.",
    "deelname_id": "De identificatie van de deelname.",
    "evaluatie_id": "De identificatie van de evaluatie.",
    "gebruiker_id": "De identificatie van de gebruiker.",
    "levering_id": "De identificatie van de Iv3-levering.",
    "norm_id": "De identificatie van de servicenorm.",
    "organisatie_id": "De identificatie van de organisatie.",
    "party_id": "De identificatie van de verbonden partij.",
    "report_id": "De identificatie van de rapportage.",
    "risico_id": "De identificatie van het risico.",
    "ronde_id": "De identificatie van de rapportageronde.",
    "stuk_id": "De identificatie van het dossierstuk.",
    "token_id": "De identificatie van het token.",
}
ETAG_HEADER = {
    "description": "De versie van de resource; stuur haar terug in `If-Match` bij een wijziging.",
    "schema": {"type": "string", "examples": ['"3"']},
}


def operation_id(route: APIRoute) -> str:
    head, *rest = route.name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """Extra error responses a route declares; `finish_operation` fills in their content."""
    return {status: {"description": ERROR_DESCRIPTIONS[status]} for status in statuses}


def build_openapi(
    app: FastAPI,
    settings: Settings,
    description: str,
    texts: Mapping[str, tuple[str, str]],
    examples: Mapping[str, Any],
) -> dict[str, Any]:
    """The document; `texts` gives each operation its Dutch summary and description,
    `examples` the example of its JSON success answers."""
    document = get_openapi(
        title="VP Monitor",
        version=app.version,
        summary="Regie op verbonden partijen",
        description=description,
        routes=app.routes,
        tags=app.openapi_tags,
        contact={
            "name": settings.contact_name,
            "url": settings.contact_url,
            "email": settings.contact_email,
        },
        license_info={"name": "EUPL-1.2", "identifier": "EUPL-1.2"},
        servers=[{"url": API_PREFIX, "description": "Deze server"}],
    )
    document["paths"] = {
        path.removeprefix(API_PREFIX) or "/": item for path, item in document["paths"].items()
    }
    components = document.setdefault("components", {})
    components.setdefault("schemas", {})["Problem"] = PROBLEM_SCHEMA
    components["headers"] = {"API-Version": API_VERSION_HEADER, "ETag": ETAG_HEADER}
    for method, operation in _operations(document):
        finish_operation(method, operation)
        if operation["operationId"] in texts:
            operation["summary"], operation["description"] = texts[operation["operationId"]]
        if operation["operationId"] in examples:
            _show_example(operation, examples[operation["operationId"]])
    for item in document["paths"].values():
        _document_etags(item)
    for unused in ("HTTPValidationError", "ValidationError"):
        components["schemas"].pop(unused, None)
    _collapse_nullable(document)
    for _, operation in _operations(document):
        _no_nul_in_query(operation)
    return _rename_schemas(document)


# app/core/query.py answers 400 to a NUL character in any query value (PostgreSQL text holds
# none); a free-text query parameter says so.
NO_NUL_PATTERN = "^[^\\u0000]*$"


def _no_nul_in_query(operation: dict[str, Any]) -> None:
    for parameter in operation.get("parameters", []):
        schema = parameter.get("schema", {})
        kinds = schema.get("type")
        is_text = kinds == "string" or (isinstance(kinds, list) and "string" in kinds)
        free = not ({"pattern", "enum", "format", "const"} & schema.keys())
        if parameter["in"] == "query" and is_text and free:
            schema["pattern"] = NO_NUL_PATTERN


def _show_example(operation: dict[str, Any], example: Any) -> None:
    """The example on every 2xx `application/json` answer (a PUT's 200 and 201 alike)."""
    for status, response in operation["responses"].items():
        content = response.get("content", {}).get("application/json")
        if status.startswith("2") and content is not None:
            content["example"] = example


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for item in document["paths"].values():
        for method, operation in item.items():
            if method in METHODS:
                yield method, operation


def finish_operation(method: str, operation: dict[str, Any]) -> None:
    if method == "patch":
        _as_merge_patch(operation)
    responses: dict[str, Any] = operation.setdefault("responses", {})
    if "HTTPValidationError" in str(responses.get("422", "")):
        responses.pop("422")  # FastAPI's default; invalid input is 400 here
    parameters = operation.get("parameters", [])
    names = {parameter["name"] for parameter in parameters}
    # 400: an unknown query parameter, or a Host not served (app/core/hosts.py)
    statuses = {400, 431, 500, 503}
    if operation.get("security"):
        statuses |= {401, 403}
    if any(parameter["in"] == "path" for parameter in parameters):
        statuses.add(404)
    if method in WRITE_METHODS:
        statuses.add(413)
    if "If-Match" in names:
        statuses |= {412, 428}
    for parameter in parameters:
        if parameter["in"] == "path" and parameter["name"] in PATH_PARAMETERS:
            parameter.setdefault("description", PATH_PARAMETERS[parameter["name"]])
        if parameter.get("schema", {}).pop(REQUIRED_BY_SERVER, False):
            parameter["required"] = True  # missing: 428, not 400 (app/core/etag.py)
            parameter["schema"].pop("anyOf", None)
            parameter["schema"]["type"] = "string"
    for status in statuses:
        responses.setdefault(str(status), {"description": ERROR_DESCRIPTIONS[status]})
    operation["responses"] = responses = dict(sorted(responses.items()))
    for code, response in responses.items():
        if response.get("description") == "Successful Response":  # FastAPI's default
            response["description"] = "Gelukt."
        if code.startswith(("2", "3")):
            response.setdefault("headers", {})["API-Version"] = {
                "$ref": "#/components/headers/API-Version"
            }
        elif code.startswith(("4", "5")):
            response["content"] = {
                PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}
            }


def _as_merge_patch(operation: dict[str, Any]) -> None:
    """Every PATCH takes a JSON Merge Patch (RFC 7396); `application/json` is read alike."""
    content = operation.get("requestBody", {}).get("content", {})
    if "application/json" in content:
        content[MERGE_PATCH] = content.pop("application/json")


def _takes_if_match(operation: dict[str, Any]) -> bool:
    return any(parameter["name"] == "If-Match" for parameter in operation.get("parameters", []))


def _document_etags(item: dict[str, Any]) -> None:
    """Where a path's writes take `If-Match`, its GET and those writes answer with an `ETag`."""
    operations = {method: op for method, op in item.items() if method in METHODS}
    if not any(_takes_if_match(op) for op in operations.values()):
        return
    for method, operation in operations.items():
        if method == "get" or _takes_if_match(operation):
            for code, response in operation["responses"].items():
                if code in {"200", "201"}:
                    response.setdefault("headers", {})["ETag"] = {
                        "$ref": "#/components/headers/ETag"
                    }


def _collapse_nullable(node: Any) -> None:
    """`anyOf: [{type: string, format: date}, {type: null}]` becomes
    `type: [string, "null"], format: date`, so a field's format sits where readers look."""
    if isinstance(node, dict):
        options = node.get("anyOf")
        if isinstance(options, list) and len(options) == 2 and {"type": "null"} in options:
            other = next(option for option in options if option != {"type": "null"})
            if isinstance(other.get("type"), str) and "$ref" not in other:
                node.pop("anyOf")
                node.update({**other, "type": [other["type"], "null"]})
        for value in node.values():
            _collapse_nullable(value)
    elif isinstance(node, list):
        for value in node:
            _collapse_nullable(value)


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name))


def _rename_schemas(document: dict[str, Any]) -> dict[str, Any]:
    """Every schema under its Dutch name (`app/core/schema_names.py`), `title` included;
    two schemas that get one name must be the same schema."""
    schemas = document["components"]["schemas"]
    renames = {name: dutch_name(_pascal(name)) for name in schemas}
    renamed: dict[str, Any] = {}
    for name, schema in schemas.items():
        new_name = renames[name]
        schema["title"] = new_name
        if new_name in renamed and _without_words(renamed[new_name]) != _without_words(schema):
            raise ValueError(f"two different schemas would be named {new_name}")
        renamed.setdefault(new_name, schema)
    document["components"]["schemas"] = dict(sorted(renamed.items()))
    prefix = "#/components/schemas/"

    def rewrite(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(prefix):
                node["$ref"] = prefix + renames[ref.removeprefix(prefix)]
            for value in node.values():
                rewrite(value)
        elif isinstance(node, list):
            for value in node:
                rewrite(value)
        return node

    rewrite(document)
    return document


def _without_words(schema: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in schema.items() if key not in {"title", "description"}}

"""The OpenAPI document, shaped to the NL API Design Rules.

FastAPI generates the paths and schemas; this module adds what the rules ask of every
operation (API-Version headers, problem+json errors, a documented 400) in one place, so no
route has to repeat it.
"""

import re
from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute

from app.config import Settings
from app.core.problems import PROBLEM_MEDIA_TYPE

API_PREFIX = "/api/v1"
WRITE_METHODS = {"post", "put", "patch"}
METHODS = {"get", "post", "put", "patch", "delete"}

ERROR_DESCRIPTIONS = {
    400: "Invalid input; `invalidParams` names every bad field.",
    401: "No valid bearer token.",
    403: "Your role may not do this.",
    404: "Not found, or not visible to you.",
    406: "None of the media types in `Accept` can be served.",
    409: "Conflicts with the current state.",
    412: "The resource changed since your read (stale If-Match).",
    413: "The request body is too large.",
    415: "The body's media type is not accepted here.",
    422: "Well-formed, but cannot be processed.",
    428: "If-Match is required.",
    429: "Too many requests; see Retry-After.",
    500: "Unexpected error.",
    503: "The database is unavailable; see Retry-After.",
}

PROBLEM_SCHEMA = {
    "type": "object",
    "description": "RFC 9457 problem details.",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string", "format": "uri"},
        "title": {"type": "string"},
        "status": {"type": "integer", "minimum": 100, "maximum": 599},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
        "requestId": {"type": "string"},
        "invalidParams": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["name", "reason"],
                "properties": {
                    "name": {"type": "string"},
                    "reason": {"type": "string"},
                    "foutcode": {
                        "type": "string",
                        "description": "The rule's code where an outside standard has one "
                        "(CBS's Iv3 checks: `SF…`, `DF…`, `PF…`).",
                    },
                },
            },
        },
    },
}

API_VERSION_HEADER = {
    "description": "The full version of the API (semver), equal to `info.version`.",
    "schema": {"type": "string"},
}


def operation_id(route: APIRoute) -> str:
    head, *rest = route.name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """Extra error responses a route declares; `finish_operation` fills in their content."""
    return {status: {"description": ERROR_DESCRIPTIONS[status]} for status in statuses}


def build_openapi(app: FastAPI, settings: Settings, description: str) -> dict[str, Any]:
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
        servers=[{"url": API_PREFIX, "description": "This server"}],
    )
    document["paths"] = {
        path.removeprefix(API_PREFIX) or "/": item for path, item in document["paths"].items()
    }
    components = document.setdefault("components", {})
    components.setdefault("schemas", {})["Problem"] = PROBLEM_SCHEMA
    components["headers"] = {"API-Version": API_VERSION_HEADER}
    for method, operation in _operations(document):
        finish_operation(method, operation)
    for unused in ("HTTPValidationError", "ValidationError"):
        components["schemas"].pop(unused, None)
    _collapse_nullable(document)
    return _rename_schemas(document)


def _operations(document: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for item in document["paths"].values():
        for method, operation in item.items():
            if method in METHODS:
                yield method, operation


def finish_operation(method: str, operation: dict[str, Any]) -> None:
    responses: dict[str, Any] = operation.setdefault("responses", {})
    if "HTTPValidationError" in str(responses.get("422", "")):
        responses.pop("422")  # FastAPI's default; invalid input is 400 here
    parameters = operation.get("parameters", [])
    names = {parameter["name"] for parameter in parameters}
    statuses = {500, 503}
    if operation.get("security"):
        statuses |= {401, 403}
    if any(parameter["in"] == "path" for parameter in parameters):
        statuses.add(404)
    if parameters or method in WRITE_METHODS:
        statuses.add(400)
    if method in WRITE_METHODS:
        statuses.add(413)
    if "If-Match" in names:
        statuses |= {412, 428}
    for status in statuses:
        responses.setdefault(str(status), {"description": ERROR_DESCRIPTIONS[status]})
    operation["responses"] = responses = dict(sorted(responses.items()))
    for code, response in responses.items():
        if code.startswith(("2", "3")):
            response.setdefault("headers", {})["API-Version"] = {
                "$ref": "#/components/headers/API-Version"
            }
        elif code.startswith(("4", "5")):
            response["content"] = {
                PROBLEM_MEDIA_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}
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
    """`Page_VerbondenPartijRead_` becomes `PageVerbondenPartijRead` (UpperCamelCase names)."""
    schemas = document["components"]["schemas"]
    renames = {name: _pascal(name) for name in schemas if _pascal(name) != name}
    if not renames:
        return document
    document["components"]["schemas"] = {renames.get(k, k): v for k, v in schemas.items()}
    prefix = "#/components/schemas/"

    def rewrite(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(prefix):
                node["$ref"] = prefix + renames.get(
                    ref.removeprefix(prefix), ref.removeprefix(prefix)
                )
            for value in node.values():
                rewrite(value)
        elif isinstance(node, list):
            for value in node:
                rewrite(value)
        return node

    rewrite(document)
    return document

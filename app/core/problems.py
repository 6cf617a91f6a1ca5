"""Rendering of application/problem+json (RFC 9457) bodies."""

from http import HTTPStatus
from typing import Any

from starlette.responses import JSONResponse

from app.core.errors import InvalidParam
from app.core.request_context import current_request_id

PROBLEM_MEDIA_TYPE = "application/problem+json"
PROBLEM_TYPE_PREFIX = "urn:vpmonitor:problem:"


class ProblemResponse(JSONResponse):
    media_type = PROBLEM_MEDIA_TYPE


def problem_body(
    status: int,
    detail: str,
    *,
    instance: str,
    title: str | None = None,
    slug: str | None = None,
    invalid_params: list[InvalidParam] | None = None,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    phrase = HTTPStatus(status).phrase
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE_PREFIX + (slug or phrase.lower().replace(" ", "-")),
        "title": title or phrase,
        "status": status,
        "detail": detail,
        "instance": instance,
    }
    if invalid_params:
        body["invalidParams"] = [_invalid_param(p) for p in invalid_params]
    if request_id := current_request_id():
        body["requestId"] = request_id
    if extra:
        body.update(extra)
    return body


def _invalid_param(param: InvalidParam) -> dict[str, str]:
    rendered = {"name": param.name, "reason": param.reason}
    if param.foutcode is not None:
        rendered["foutcode"] = param.foutcode
    return rendered


def problem_response(
    status: int,
    detail: str,
    *,
    instance: str,
    headers: dict[str, str] | None = None,
    **fields: Any,
) -> ProblemResponse:
    """A problem+json response; `fields` are those of `problem_body`."""
    body = problem_body(status, detail, instance=instance, **fields)
    return ProblemResponse(body, status_code=status, headers=headers)

"""A JSON file (an upload, not a request body) parsed off the event loop, within limits."""

import json
from functools import partial
from typing import Any

from app.core.errors import InvalidInput
from app.core.uploads.limits import Deadline
from app.core.uploads.off_loop import parse_off_loop
from app.core.uploads.request import FIELD
from app.core.utf8_json import not_utf8_json


async def read_json(content: bytes, seconds: float, field: str = FIELD) -> Any:
    """The JSON value of `content` (UTF-8, RFC 8259), parsed in a worker process; 400 naming
    `field` for another encoding, invalid JSON or nesting too deep, or after `seconds`."""
    return await parse_off_loop(partial(parse_json, field=field), content, seconds)


def parse_json(content: bytes, deadline: Deadline, *, field: str = FIELD) -> Any:
    """`read_json`'s work, in the calling process."""
    if reason := not_utf8_json(content):
        raise InvalidInput.field(field, reason)
    try:
        value = json.loads(content.decode("utf-8"))
    except json.JSONDecodeError as error:
        raise InvalidInput.field(
            field, f"The file is no valid JSON: {error.msg} (line {error.lineno})."
        ) from None
    except RecursionError:
        raise InvalidInput.field(field, "The JSON is nested too deeply.") from None
    deadline.check()
    return value

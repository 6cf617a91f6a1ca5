"""Reading an Iv3 file's bytes as JSON within bounds: nesting depth and number of records.
Pure and synchronous; the router runs it off the event loop."""

import json
from typing import Any

from app.core.errors import InvalidInput

BODY = "body"
# Deep enough for any delivery (root > data > lasten > record > details > a few levels).
MAX_DEPTH = 12
# CBS's largest deliveries hold tens of thousands of records; 50,000 must always pass.
MAX_RECORDS = 200_000


def parse(content: bytes) -> Any:
    """The JSON document; 400 for text that is no JSON, nests too deep or holds too many items."""
    if not content.strip():
        raise InvalidInput.field(BODY, "The file is empty.")
    try:
        document = json.loads(content, parse_constant=_refuse_constant)
    except RecursionError:
        raise InvalidInput.field(BODY, f"The JSON nests deeper than {MAX_DEPTH} levels.") from None
    except (UnicodeDecodeError, ValueError) as error:
        raise InvalidInput.field(BODY, f"The file is not JSON (UTF-8): {error}.") from None
    _check_bounds(document)
    return document


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _check_bounds(document: Any) -> None:
    """Walks the document without recursion; refuses it past the depth or the item count."""
    items = 0
    stack: list[tuple[Any, int]] = [(document, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise InvalidInput.field(BODY, f"The JSON nests deeper than {MAX_DEPTH} levels.")
        if isinstance(value, dict):
            children = list(value.values())
        elif isinstance(value, list):
            children = value
        else:
            continue
        items += len(children)
        if items > MAX_RECORDS * 8:
            raise InvalidInput.field(
                BODY, f"The file holds more than {MAX_RECORDS} records or too many values."
            )
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))

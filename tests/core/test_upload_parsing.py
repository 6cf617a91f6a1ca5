"""Parsing uploaded bytes off the event loop, in worker processes: the caller stops waiting
at the deadline, and JSON files are UTF-8 (RFC 8259)."""

import codecs
import os
import time

import pytest

from app.core.errors import InvalidInput
from app.core.uploads import Deadline, parse_off_loop, read_json


def stubborn(content: bytes, deadline: Deadline) -> bytes:
    """A parser that never looks at its deadline."""
    time.sleep(30)
    return content


def process_id(content: bytes, deadline: Deadline) -> int:
    return os.getpid()


def refusing(content: bytes, deadline: Deadline) -> None:
    raise InvalidInput.field("bestand", "Nee.")


async def test_the_caller_gets_400_at_the_deadline_even_if_the_parser_never_checks_it() -> None:
    await parse_off_loop(process_id, b"", 30)  # the pool is up before the clock runs
    started = time.perf_counter()

    with pytest.raises(InvalidInput, match="longer than"):
        await parse_off_loop(stubborn, b"x", 0.2)

    assert time.perf_counter() - started < 2.0


async def test_after_a_parser_was_stopped_at_its_deadline_the_next_parse_works() -> None:
    with pytest.raises(InvalidInput):
        await parse_off_loop(stubborn, b"x", 0.2)

    assert await parse_off_loop(process_id, b"", 30) != os.getpid()


async def test_a_parser_runs_in_another_process_than_the_event_loop() -> None:
    assert await parse_off_loop(process_id, b"", 30) != os.getpid()


async def test_an_input_error_in_the_parser_reaches_the_caller_with_its_fields() -> None:
    with pytest.raises(InvalidInput) as refused:
        await parse_off_loop(refusing, b"", 30)

    assert refused.value.invalid_params[0].name == "bestand"
    assert refused.value.invalid_params[0].reason == "Nee."


async def test_a_json_upload_in_utf8_is_parsed() -> None:
    assert await read_json('{"naam": "Coördinatie"}'.encode(), 30) == {"naam": "Coördinatie"}


@pytest.mark.parametrize(
    "content",
    [
        codecs.BOM_UTF8 + b"{}",
        "{}".encode("utf-16"),
        "{}".encode("utf-16-le"),
        b'{"naam": "\xff"}',
    ],
    ids=["utf-8 with bom", "utf-16 with bom", "utf-16 without bom", "not utf-8"],
)
async def test_a_json_upload_that_is_not_utf8_is_400_naming_the_field(content: bytes) -> None:
    with pytest.raises(InvalidInput) as refused:
        await read_json(content, 30, field="begroting")

    assert refused.value.invalid_params[0].name == "begroting"


async def test_json_nested_beyond_the_recursion_limit_is_400() -> None:
    with pytest.raises(InvalidInput, match="nested too deeply"):
        await read_json(b"[" * 100_000 + b"]" * 100_000, 30)

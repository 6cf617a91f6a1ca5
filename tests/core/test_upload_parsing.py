"""Parsing uploaded bytes off the event loop: the caller stops waiting at the deadline, and
JSON files are UTF-8 (RFC 8259)."""

import codecs
import threading
import time

import pytest

from app.core.errors import InvalidInput
from app.core.uploads import Deadline, parse_off_loop, read_json


async def test_the_caller_gets_400_at_the_deadline_even_if_the_parser_never_checks_it() -> None:
    def stubborn(content: bytes, deadline: Deadline) -> bytes:
        time.sleep(1.5)
        return content

    started = time.perf_counter()
    with pytest.raises(InvalidInput, match="longer than"):
        await parse_off_loop(stubborn, b"x", 0.05)

    assert time.perf_counter() - started < 1.0


async def test_a_parser_runs_on_another_thread_than_the_event_loop() -> None:
    def which_thread(content: bytes, deadline: Deadline) -> int:
        return threading.get_ident()

    assert await parse_off_loop(which_thread, b"", 1.0) != threading.get_ident()


async def test_a_json_upload_in_utf8_is_parsed() -> None:
    assert await read_json('{"naam": "Coördinatie"}'.encode(), 1.0) == {"naam": "Coördinatie"}


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
        await read_json(content, 1.0, field="begroting")

    assert refused.value.invalid_params[0].name == "begroting"


async def test_json_nested_beyond_the_recursion_limit_is_400() -> None:
    with pytest.raises(InvalidInput, match="nested too deeply"):
        await read_json(b"[" * 100_000 + b"]" * 100_000, 5.0)

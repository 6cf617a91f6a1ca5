"""The HTTP protocol `vpmonitor serve` runs: uvicorn's httptools protocol, which reads a
request head of any size, made to stop reading one that grows past the header limits
(`app.core.header_limits`). It answers 431 problem+json and closes the connection, so an
8 MB header or 20,000 header lines are never held, parsed into a scope or seen by the app.

The request line counts towards the size; each header line as in the middleware. Bytes of a
head not yet complete count as they arrive, so one endless header line is stopped too.
"""

import asyncio
import json
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from app.config import get_settings
from app.core.header_limits import STATUS, TITLE, HeaderLimits, header_size, problem
from app.core.problems import PROBLEM_MEDIA_TYPE

DRAIN_SECONDS = 1.0  # read and drop what the client still sends, so it sees the answer


class _HeadTooLarge(Exception):
    """Raised in a parser callback: stops httptools in the middle of the head."""


class BoundedHttpToolsProtocol(HttpToolsProtocol):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.limits = HeaderLimits.of(get_settings())
        self._head_bytes = 0
        self._head_count = 0
        self._unparsed_head_bytes = 0  # bytes fed while the head is incomplete
        self._in_head = True
        self._refusal: str | None = None

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._head_bytes = self._head_count = self._unparsed_head_bytes = 0
        self._in_head = True

    def on_url(self, url: bytes) -> None:
        self._head_bytes += len(url)
        self._check()
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._head_count += 1
        self._head_bytes += header_size(name, value)
        self._check()
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._in_head = False
        super().on_headers_complete()

    def data_received(self, data: bytes) -> None:
        if self._refusal is not None:
            return  # answered already: drop the rest
        super().data_received(data)
        if self._in_head and self._refusal is None and not self.transport.is_closing():
            self._unparsed_head_bytes += len(data)
            if self._unparsed_head_bytes > self.limits.max_bytes:
                self._refuse(f"The request's header fields exceed {self.limits.max_bytes} bytes.")

    def send_400_response(self, msg: str) -> None:
        """httptools reports the callback's `_HeadTooLarge` as a parser error: answer 431."""
        if self._refusal is not None:
            self._answer_431()
        else:
            super().send_400_response(msg)

    def _check(self) -> None:
        refusal = self.limits.refusal(self._head_count, self._head_bytes)
        if refusal is not None:
            self._refusal = refusal
            raise _HeadTooLarge(refusal)

    def _refuse(self, refusal: str) -> None:
        self._refusal = refusal
        self._answer_431()

    def _answer_431(self) -> None:
        body = json.dumps(problem(self._refusal or TITLE, self._instance())).encode()
        head = (
            f"HTTP/1.1 {STATUS} Request Header Fields Too Large\r\n"
            f"content-type: {PROBLEM_MEDIA_TYPE}\r\n"
            f"content-length: {len(body)}\r\n"
            "connection: close\r\n\r\n"
        ).encode("latin-1")
        self.transport.write(head + body)
        if self.transport.can_write_eof():
            self.transport.write_eof()
        # Closing at once, with the client's bytes unread, would reset the connection and
        # the client might never see the answer: read and drop for a moment first.
        asyncio.get_running_loop().call_later(DRAIN_SECONDS, self.transport.close)

    def _instance(self) -> str:
        path = getattr(self, "url", b"").split(b"?", 1)[0][:200].decode("latin-1", errors="replace")
        return path if path.startswith("/") else "/"

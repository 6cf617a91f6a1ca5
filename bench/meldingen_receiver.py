"""A webhook receiver for bench/meldingen.py: answers every request with 204 (run by uvicorn
in a subprocess, so that it does not share the worker's event loop)."""

from typing import Any


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    message = await receive()
    while message.get("more_body"):
        message = await receive()
    await send({"type": "http.response.start", "status": 204, "headers": []})
    await send({"type": "http.response.body", "body": b""})

"""The pages' static files (CSS, fonts, scripts, Swagger UI, ReDoc), served by the service.

Every URL carries a digest of the whole static folder (`/static/<digest>/vpm.css`), so a
browser may keep each file for a year without asking again (`immutable`), and a new release
(other files, other digest) is fetched afresh. One digest for the folder, not one per file,
keeps relative URLs inside CSS working. An old digest answers 404.
"""

import hashlib
from pathlib import Path

from starlette.staticfiles import StaticFiles
from starlette.types import Message, Receive, Scope, Send

STATIC_DIR = Path(__file__).resolve().parent / "static"
PREFIX = "/static"
CACHE_CONTROL = "public, max-age=31536000, immutable"


def folder_digest(directory: Path) -> str:
    """The first 12 hex digits of a SHA-256 over every file's path and content."""
    digest = hashlib.sha256()
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        digest.update(path.relative_to(directory).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


class StaticAssets:
    """Where the static files are, and the versioned URL of each."""

    def __init__(self, directory: Path = STATIC_DIR) -> None:
        self.directory = directory
        self.digest = folder_digest(directory)
        self.mount_path = f"{PREFIX}/{self.digest}"

    def url(self, name: str) -> str:
        if not (self.directory / name).is_file():
            raise LookupError(f"no static file {name!r} in {self.directory}")
        return f"{self.mount_path}/{name}"

    def app(self) -> "ImmutableStaticFiles":
        return ImmutableStaticFiles(directory=self.directory)


class ImmutableStaticFiles(StaticFiles):
    """Starlette's static files with a year-long, immutable Cache-Control on every 200."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_cacheable(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] in (200, 304):
                headers = [(k, v) for k, v in message["headers"] if k.lower() != b"cache-control"]
                headers.append((b"cache-control", CACHE_CONTROL.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await super().__call__(scope, receive, send_cacheable)

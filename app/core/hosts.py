"""Which host the service is, whatever the request's `Host` header says.

With `public_url` set, every request is seen as made to it: scheme, host, port (and a path
prefix, as `root_path`) come from the setting, so absolute links, `Location` headers and
pagination links name the public address. Without it, only the hosts in `allowed_hosts`
are served (the port aside); another `Host` answers 400 problem+json, so it can never end
up in a link, the unauthenticated index included. A request without a `Host` (HTTP/1.0) is
addressed by the socket and served.
"""

from urllib.parse import urlsplit

from starlette.types import ASGIApp, Receive, Scope, Send

from app.core.problems import problem_response

DEFAULT_PORTS = {"http": 80, "https": 443}


class PublicAddress:
    """The parts of `public_url` that replace those of each request."""

    def __init__(self, public_url: str) -> None:
        parts = urlsplit(public_url.rstrip("/"))
        if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
            raise ValueError(f"public_url {public_url!r} is not an absolute http(s) URL")
        self.scheme = parts.scheme
        self.netloc = parts.netloc.encode("latin-1")
        self.server = (parts.hostname, parts.port or DEFAULT_PORTS[parts.scheme])
        self.root_path = parts.path

    def apply(self, scope: Scope) -> Scope:
        headers = [(name, value) for name, value in scope["headers"] if name != b"host"]
        changed = {
            **scope,
            "scheme": self.scheme,
            "server": self.server,
            "headers": [(b"host", self.netloc), *headers],
        }
        if self.root_path and not scope["path"].startswith(self.root_path + "/"):
            # Behind a proxy that strips the prefix: the ASGI path is the full path.
            changed["root_path"] = self.root_path + scope.get("root_path", "")
            changed["path"] = self.root_path + scope["path"]
            changed.pop("raw_path", None)
        return changed


def host_of(header: bytes) -> str:
    """`Example.org:8000` → `example.org`; `[::1]:8000` → `::1`."""
    text = header.decode("latin-1").strip().lower()
    if text.startswith("["):
        return text[1:].partition("]")[0]
    return text.rpartition(":")[0] if text.count(":") == 1 else text


class HostMiddleware:
    def __init__(self, app: ASGIApp, public_url: str | None, allowed_hosts: list[str]) -> None:
        self.app = app
        self.public = PublicAddress(public_url) if public_url else None
        self.allowed = frozenset(host.strip().lower().strip("[]") for host in allowed_hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.public is not None:
            await self.app(self.public.apply(scope), receive, send)
            return
        hosts = [value for name, value in scope["headers"] if name == b"host"]
        if len(hosts) > 1 or (hosts and host_of(hosts[0]) not in self.allowed):
            response = problem_response(
                400,
                "This service does not answer to the host named in the Host header. "
                "Use the service's own address.",
                instance=scope["path"],
                title="Unknown host",
                slug="unknown-host",
            )
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)

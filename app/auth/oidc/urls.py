"""Which URLs of an identity provider the service is willing to talk to."""

import ipaddress
from urllib.parse import urlsplit

LOOPBACK_NAMES = frozenset({"localhost"})


def is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def require_secure_url(url: str) -> str:
    """`https`, or `http` on a loopback address (tests and development); else ValueError."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if not host or parts.username or parts.password:
        raise ValueError(f"{url!r} is not an absolute URL without credentials")
    if parts.scheme == "https" or (parts.scheme == "http" and is_loopback(host)):
        return url
    raise ValueError(f"{url!r} must use https (http only on a loopback address)")

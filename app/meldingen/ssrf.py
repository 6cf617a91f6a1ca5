"""Where a webhook may be sent: the SSRF rules, checked on the resolved address. No I/O
except through the injected resolver.

`https` only, and every address the host resolves to must be a public (global) one: no
loopback, private, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT,
multicast or reserved range, also when written as an IPv4-mapped IPv6 address. A host listed
in `VPM_WEBHOOK_ALLOWED_HOSTS` is exempt and may use plain `http` (internal receivers, tests).
"""

import asyncio
import ipaddress
import socket
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Awaitable[list[str]]]


class Refused(Exception):
    """The URL may not be called; `reason` says why (shown in the delivery's `laatsteFout`)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


async def system_resolver(host: str, port: int) -> list[str]:
    """The operating system's resolver (the default; tests inject their own)."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


@dataclass(frozen=True)
class Target:
    """Where to connect: the checked address, and the host name for `Host` and TLS (SNI)."""

    url: SplitResult
    host: str
    port: int
    address: str | None  # None: an allowed host, connected to by name


def allowed_host(host: str, allowed: Collection[str]) -> bool:
    return host.lower() in {item.lower() for item in allowed}


def parse(url: str, allowed: Collection[str]) -> SplitResult:
    """The URL's shape: `https` (or `http` for an allowed host), a host, no credentials."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as error:
        raise Refused("Not a valid URL.") from error
    host = parts.hostname or ""
    if not host:
        raise Refused("The URL has no host.")
    if parts.username or parts.password:
        raise Refused("The URL may not contain credentials.")
    if parts.scheme == "https" or (parts.scheme == "http" and allowed_host(host, allowed)):
        return parts
    raise Refused("Only https URLs are allowed.")


def public(address: str) -> bool:
    """A global unicast address: not loopback, private, link-local, reserved, …"""
    ip: IpAddress = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def literal_address(host: str) -> str | None:
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        return None


def check_when_subscribing(url: str, allowed: Collection[str]) -> None:
    """What can be judged without resolving: the shape, and an address written literally.
    Names are resolved at delivery time (an address behind a name can change)."""
    parts = parse(url, allowed)
    host = parts.hostname or ""
    address = literal_address(host)
    if address is not None and not allowed_host(host, allowed) and not public(address):
        raise Refused("The address is loopback, private, link-local or reserved.")


async def check_for_delivery(url: str, allowed: Collection[str], resolver: Resolver) -> Target:
    """Resolve and check the callback URL just before connecting; refuse before any packet is
    sent to a forbidden address."""
    parts = parse(url, allowed)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    if allowed_host(host, allowed):
        return Target(parts, host, port, None)
    literal = literal_address(host)
    addresses = [literal] if literal else await _resolve(resolver, host, port)
    if not addresses:
        raise Refused(f"{host} does not resolve.")
    if forbidden := [address for address in addresses if not public(address)]:
        raise Refused(f"{host} resolves to a forbidden address ({forbidden[0]}).")
    return Target(parts, host, port, addresses[0])


async def _resolve(resolver: Resolver, host: str, port: int) -> list[str]:
    try:
        return await resolver(host, port)
    except OSError as error:
        raise Refused(f"{host} does not resolve.") from error

"""Each issuer's discovery document and signing keys, fetched with httpx and remembered.

Keys are fetched again when a token names a `kid` the service does not know (a rotation at
the issuer), but at most once per `VPM_OIDC_JWKS_REFRESH_SECONDS` per issuer, whatever the
number of such tokens: a flood of made-up `kid`s costs the issuer one request per period.
Every fetch of an issuer runs under one lock, so concurrent requests wait for the same fetch.
"""

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import structlog
from jwt import PyJWK, PyJWKSet
from jwt.exceptions import PyJWKError, PyJWKSetError

from app.config import Settings, require_secure_url

log = structlog.get_logger("vpmonitor.oidc")

SIGNING_KEY_TYPES = frozenset({"RSA", "EC"})  # never a symmetric ("oct") key
ENDPOINTS = ("jwks_uri", "authorization_endpoint", "token_endpoint", "end_session_endpoint")


class MetadataUnavailable(Exception):
    """The issuer's discovery document or keys could not be fetched or are unusable."""


@dataclass
class _Issuer:
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    discovery: dict[str, Any] | None = None
    discovery_at: float = float("-inf")
    keys: dict[str | None, PyJWK] = field(default_factory=dict)
    keys_at: float = float("-inf")
    attempt_at: float = float("-inf")
    discovery_failed_at: float = float("-inf")


class ProviderMetadata:
    def __init__(self, settings: Settings, clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self.clock = clock
        self._issuers: dict[str, _Issuer] = {}
        self._http: httpx.AsyncClient | None = None

    @property
    def http(self) -> httpx.AsyncClient:
        if self._http is None:
            timeout = httpx.Timeout(self.settings.oidc_http_timeout_seconds)
            self._http = httpx.AsyncClient(timeout=timeout, follow_redirects=False)
        return self._http

    async def aclose(self) -> None:
        if self._http is not None:
            await self._http.aclose()

    async def discovery(self, issuer: str) -> dict[str, Any]:
        """The issuer's OpenID configuration (fetched when missing or old; after a failed
        fetch, not again within `VPM_OIDC_JWKS_REFRESH_SECONDS`)."""
        state = self._issuers.setdefault(issuer, _Issuer())
        async with state.lock:
            return await self._current_discovery(issuer, state)

    async def _current_discovery(self, issuer: str, state: "_Issuer") -> dict[str, Any]:
        known = state.discovery
        if known is not None and not self._stale(state.discovery_at):
            return known
        if self.clock() - state.discovery_failed_at < self.settings.oidc_jwks_refresh_seconds:
            if known is None:
                raise MetadataUnavailable(f"{issuer}: not reachable a moment ago")
            return known
        try:
            fetched = await self._fetch_discovery(issuer)
        except MetadataUnavailable:
            state.discovery_failed_at = self.clock()
            if known is None:
                raise
            return known
        state.discovery, state.discovery_at = fetched, self.clock()
        return fetched

    def cached_discovery(self, issuer: str) -> dict[str, Any] | None:
        state = self._issuers.get(issuer)
        return state.discovery if state else None

    async def signing_key(self, issuer: str, kid: str | None) -> PyJWK | None:
        """The issuer's key with this `kid`; None when it does not publish one."""
        state = self._issuers.setdefault(issuer, _Issuer())
        key = self._key(state, kid)
        if key is not None and not self._stale(state.keys_at):
            return key
        async with state.lock:
            key = self._key(state, kid)
            if key is not None and not self._stale(state.keys_at):
                return key
            if self.clock() - state.attempt_at < self.settings.oidc_jwks_refresh_seconds:
                return key  # fetched a moment ago: this kid is not there (or the issuer is down)
            state.attempt_at = self.clock()
            try:
                state.keys = await self._fetch_keys(issuer, state)
                state.keys_at = self.clock()
            except MetadataUnavailable:
                if not state.keys:
                    raise
                log.warning("oidc_keys_unavailable_using_known", issuer=issuer)
            return self._key(state, kid)

    def _key(self, state: _Issuer, kid: str | None) -> PyJWK | None:
        if kid is None and len(state.keys) == 1:
            return next(iter(state.keys.values()))  # an issuer with one key may omit the kid
        return state.keys.get(kid)

    def _stale(self, at: float) -> bool:
        return self.clock() - at > self.settings.oidc_metadata_max_age_seconds

    async def _fetch_keys(self, issuer: str, state: _Issuer) -> dict[str | None, PyJWK]:
        discovery = await self._current_discovery(issuer, state)
        document = await self._get_json(discovery["jwks_uri"])
        usable = [
            key
            for key in document.get("keys", [])
            if isinstance(key, dict)
            and key.get("kty") in SIGNING_KEY_TYPES
            and key.get("use", "sig") == "sig"
        ]
        try:
            key_set = PyJWKSet.from_dict({"keys": usable})
        except (PyJWKError, PyJWKSetError) as error:
            raise MetadataUnavailable(f"{issuer}: no usable signing key") from error
        return {key.key_id: key for key in key_set.keys}

    async def _fetch_discovery(self, issuer: str) -> dict[str, Any]:
        document = await self._get_json(issuer.rstrip("/") + "/.well-known/openid-configuration")
        if document.get("issuer") != issuer:
            raise MetadataUnavailable(f"{issuer}: the discovery document names another issuer")
        if "jwks_uri" not in document:
            raise MetadataUnavailable(f"{issuer}: the discovery document has no jwks_uri")
        for name in ENDPOINTS:
            if name in document:
                try:
                    require_secure_url(str(document[name]))
                except ValueError as error:
                    raise MetadataUnavailable(f"{issuer}: {name}: {error}") from error
        return document

    async def _get_json(self, url: str) -> dict[str, Any]:
        try:
            response = await self.http.get(url, headers={"Accept": "application/json"})
            response.raise_for_status()
            document = response.json()
        except (httpx.HTTPError, ValueError) as error:
            log.warning("oidc_fetch_failed", url=url, error=str(error)[:200])
            raise MetadataUnavailable(f"{url} could not be fetched") from error
        if not isinstance(document, dict):
            raise MetadataUnavailable(f"{url} is not a JSON object")
        return document

"""The test identity provider (tests/oidc/provider.py) as a process, and a handle per realm.

`oidc_provider` starts one provider process per test process (xdist worker) on a free port
of 127.0.0.1 and stops exactly that process group at the end; each test takes a realm of its
own from it (`oidc_provider.realm()`), so tests never share keys, people or counters.
"""

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from tests.live_server import PROJECT_ROOT, free_port

CLIENT_ID = "vpmonitor"
CLIENT_SECRET = "geheim-van-de-test"
API_AUDIENCE = "api://vpmonitor"


@dataclass(frozen=True)
class Realm:
    """One issuer at the test provider."""

    provider: str
    name: str
    issuer: str

    def _control(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        url = f"{self.provider}/beheer/realms/{self.name}{path}"
        response = httpx.request(method, url, timeout=10, **kwargs)
        response.raise_for_status()
        return response

    def person(self, sub: str, email: str, *, verified: bool = True, **claims: Any) -> str:
        """Makes a person known at the provider; returns their subject."""
        body = {"email": email, "email_verified": verified, "name": sub, **claims}
        self._control("PUT", f"/gebruikers/{sub}", json=body)
        return sub

    def signs_in_next(self, sub: str) -> None:
        self._control("PUT", "/aanmelder", json={"sub": sub})

    def access_token(
        self,
        sub: str,
        *,
        aud: str = API_AUDIENCE,
        header: dict[str, Any] | None = None,
        **claims: Any,
    ) -> str:
        body = {"sub": sub, "aud": aud, "claims": claims, "header": header or {}}
        return str(self._control("POST", "/tokens", json=body).json()["token"])

    def rotate_keys(self, *, keep_old: bool = False) -> str:
        params = {"behoud": "1"} if keep_old else {}
        return str(self._control("POST", "/sleutels", params=params).json()["kid"])

    def logouts(self) -> list[dict[str, str]]:
        """The RP-initiated logouts the realm received: their query and `hint_sub`, the
        subject of the `id_token_hint` when it is an ID token of this realm."""
        return list(self._control("GET", "/afmeldingen").json())

    def key_fetches(self) -> int:
        return int(self._control("GET", "/statistiek").json()["jwks"])

    def settings(self, cbs_code: str = "GM0202") -> dict[str, Any]:
        """The service's settings for this realm as the municipality's issuer."""
        return {
            "oidc_issuer": self.issuer,
            "oidc_client_id": CLIENT_ID,
            "oidc_client_secret": CLIENT_SECRET,
            "oidc_audience": API_AUDIENCE,
            "oidc_organisatie": cbs_code,
        }

    def environment(self, cbs_code: str = "GM0202") -> dict[str, str]:
        return {f"VPM_{name.upper()}": str(v) for name, v in self.settings(cbs_code).items()}


@dataclass(frozen=True)
class Provider:
    url: str

    def realm(self, algorithm: str = "RS256", *, offers_logout: bool = True) -> Realm:
        name = uuid.uuid4().hex[:12]
        body = {
            "afmelden": offers_logout,
            "naam": name,
            "alg": algorithm,
            "clientId": CLIENT_ID,
            "clientSecret": CLIENT_SECRET,
            "audience": API_AUDIENCE,
        }
        response = httpx.post(f"{self.url}/beheer/realms", json=body, timeout=10)
        response.raise_for_status()
        return Realm(self.url, name, response.json()["issuer"])


@pytest.fixture(scope="session")
def oidc_provider() -> Iterator[Provider]:
    port = free_port()
    command = [
        sys.executable, "-m", "uvicorn", "tests.oidc.provider:app",
        "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
    ]  # fmt: skip
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
        command, cwd=PROJECT_ROOT, start_new_session=True
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, process)
        yield Provider(url)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)


def _wait_until_up(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the test identity provider exited at start")
        try:
            httpx.get(f"{url}/beheer/realms", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError("the test identity provider did not come up")

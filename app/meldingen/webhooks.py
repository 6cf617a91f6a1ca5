"""POST one event to one subscriber: checked against the SSRF rules just before connecting,
signed per Standard Webhooks, redirects never followed."""

import base64
import secrets
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

import httpx
from standardwebhooks.webhooks import Webhook

from app.meldingen import ssrf
from app.meldingen.cloudevents import CONTENT_TYPE

SECRET_PREFIX = "whsec_"  # noqa: S105 - the Standard Webhooks marker, not a secret
USER_AGENT = "VP-Monitor-Webhooks/1.0"


def new_secret() -> str:
    """A signing secret in the Standard Webhooks form: `whsec_` and 32 random bytes, base64."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode("ascii")


@dataclass(frozen=True)
class Uitkomst:
    """What came of one attempt."""

    afgeleverd: bool
    statuscode: int | None = None
    fout: str | None = None
    # No use retrying: the URL is refused by the SSRF rules (redeliver by hand once fixed).
    definitief: bool = False
    # Not sent and never will be: unsubscribed, or the account may no longer read the object.
    vervallen: bool = False


def signed_headers(secret: str, event_id: str, timestamp: datetime, body: bytes) -> dict[str, str]:
    return {
        "content-type": CONTENT_TYPE,
        "user-agent": USER_AGENT,
        "webhook-id": event_id,
        "webhook-timestamp": str(int(timestamp.timestamp())),
        "webhook-signature": Webhook(secret).sign(event_id, timestamp, body),
    }


class WebhookSender:
    """One HTTP client per worker; every request resolves and checks its URL first."""

    def __init__(
        self,
        allowed_hosts: Collection[str],
        resolver: ssrf.Resolver = ssrf.system_resolver,
        timeout_seconds: float = 10.0,
    ) -> None:
        self.allowed_hosts = list(allowed_hosts)
        self.resolver = resolver
        # trust_env=False: no proxy from the environment may carry a request past the checks.
        self.client = httpx.AsyncClient(
            timeout=timeout_seconds, follow_redirects=False, trust_env=False
        )

    async def aclose(self) -> None:
        await self.client.aclose()

    async def send(
        self, url: str, secret: str, event_id: str, body: bytes, timestamp: datetime
    ) -> Uitkomst:
        """Deliver once: 2xx is delivered; anything else (a redirect too) is a failed attempt."""
        try:
            target = await ssrf.check_for_delivery(url, self.allowed_hosts, self.resolver)
        except ssrf.Refused as refused:
            return Uitkomst(False, None, f"Geweigerd: {refused.reason}", definitief=True)
        headers = signed_headers(secret, event_id, timestamp, body)
        request = self._request(target, headers, body)
        try:
            response = await self.client.send(request)
            await response.aclose()
        except httpx.TimeoutException:
            return Uitkomst(False, None, "Time-out")
        except httpx.HTTPError as error:
            return Uitkomst(False, None, f"Verbindingsfout: {type(error).__name__}")
        if 200 <= response.status_code < 300:
            return Uitkomst(True, response.status_code)
        if response.is_redirect:
            return Uitkomst(False, response.status_code, "Doorverwijzing niet gevolgd")
        return Uitkomst(False, response.status_code, f"HTTP {response.status_code}")

    def _request(self, target: ssrf.Target, headers: dict[str, str], body: bytes) -> httpx.Request:
        """Connect to the address that was checked (no second lookup an attacker could
        answer differently), naming the host in `Host` and, over TLS, in SNI and the
        certificate check."""
        url = target.url
        extensions: dict[str, str] = {}
        netloc = url.netloc
        if target.address is not None:
            address = f"[{target.address}]" if ":" in target.address else target.address
            netloc = f"{address}:{target.port}"
            headers["host"] = url.netloc
            if url.scheme == "https":
                extensions["sni_hostname"] = target.host
        path = url.path or "/"
        full = f"{url.scheme}://{netloc}{path}" + (f"?{url.query}" if url.query else "")
        return self.client.build_request(
            "POST", full, headers=headers, content=body, extensions=extensions
        )

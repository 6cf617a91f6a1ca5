"""SSRF: callback URLs must be https and reach only public addresses, checked on the
resolved address at delivery time; a refusal happens before any connection is opened. No test
here sends a packet anywhere: names resolve through an injected resolver, and the HTTP client
is replaced by one that fails the test if it is ever asked to connect."""

from datetime import UTC, datetime

import httpx
import pytest
from httpx import AsyncClient

from app.meldingen import ssrf
from app.meldingen.webhooks import WebhookSender, new_secret
from app.meldingen.worker import Worker
from tests.auth_headers import BEHEERDER_ARNHEM, PARTNER_DE_CONNECTIE
from tests.conftest import DemoIds
from tests.meldingen.factories import push_report, subscription
from tests.meldingen.receiver import Receiver

NOW = datetime(2026, 12, 6, 8, 0, tzinfo=UTC)
FORBIDDEN_URLS = [
    "http://127.0.0.1/hook",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]/hook",
    "http://10.0.0.1/hook",
    "https://127.0.0.1/hook",
    "https://169.254.169.254/latest/meta-data/",
    "https://[::1]/hook",
    "https://10.0.0.1/hook",
    "https://[::ffff:127.0.0.1]/hook",
]


class NoNetwork(httpx.AsyncBaseTransport):
    """Fails the test if the sender tries to open any connection."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        raise AssertionError(f"a connection was attempted to {request.url}")


def resolving_to(*addresses: str) -> tuple[ssrf.Resolver, list[str]]:
    asked: list[str] = []

    async def resolve(host: str, port: int) -> list[str]:
        asked.append(host)
        return list(addresses)

    return resolve, asked


def offline_sender(resolver: ssrf.Resolver, allowed: tuple[str, ...] = ()) -> WebhookSender:
    sender = WebhookSender(allowed, resolver)
    sender.client = httpx.AsyncClient(transport=NoNetwork())
    return sender


@pytest.mark.parametrize("url", FORBIDDEN_URLS)
async def test_delivery_to_a_forbidden_address_is_refused_without_a_connection(url: str) -> None:
    resolver, _ = resolving_to("93.184.215.14")
    sender = offline_sender(resolver)

    uitkomst = await sender.send(url, new_secret(), "id-1", b"{}", NOW)

    assert not uitkomst.afgeleverd
    assert str(uitkomst.fout).startswith("Geweigerd")


async def test_a_name_that_resolves_to_loopback_is_refused_at_delivery_time() -> None:
    resolver, asked = resolving_to("127.0.0.1")
    sender = offline_sender(resolver)

    uitkomst = await sender.send("https://hooks.example.org/x", new_secret(), "id", b"{}", NOW)

    assert asked == ["hooks.example.org"]
    assert (
        uitkomst.fout == "Geweigerd: hooks.example.org resolves to a forbidden address (127.0.0.1)."
    )


async def test_a_name_with_one_private_address_among_public_ones_is_refused() -> None:
    resolver, _ = resolving_to("93.184.215.14", "10.1.2.3")
    sender = offline_sender(resolver)

    uitkomst = await sender.send("https://hooks.example.org/x", new_secret(), "id", b"{}", NOW)

    assert "10.1.2.3" in str(uitkomst.fout)


async def test_a_public_address_is_connected_to_by_address_with_the_name_for_tls() -> None:
    resolver, _ = resolving_to("93.184.215.14")
    sender = offline_sender(resolver)
    transport = sender.client._transport
    assert isinstance(transport, NoNetwork)

    with pytest.raises(AssertionError, match="a connection was attempted"):
        await sender.send("https://hooks.example.org/x", new_secret(), "id", b"{}", NOW)

    [request] = transport.requests
    assert request.url.host == "93.184.215.14"
    assert request.headers["host"] == "hooks.example.org"
    assert request.extensions["sni_hostname"] == "hooks.example.org"


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1/h", "http://169.254.169.254/", "http://[::1]/h", "http://10.0.0.1/h"]
)
async def test_subscribing_a_forbidden_url_is_refused(client: AsyncClient, url: str) -> None:
    # These tests' app allows the receiver host 127.0.0.1; 127.0.0.2 is loopback too.
    body = {
        "callbackUrl": url.replace("127.0.0.1", "127.0.0.2"),
        "soorten": ["nl.vpmonitor.rapportage.ontvangen"],
    }
    response = await client.post("/abonnementen", headers=BEHEERDER_ARNHEM, json=body)

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "callbackUrl"


async def test_a_redirect_is_not_followed(
    client: AsyncClient, demo: DemoIds, worker: Worker, receiver: Receiver
) -> None:
    receiver.redirect_to = "http://169.254.169.254/latest/meta-data/"
    abonnement = await subscription(client, BEHEERDER_ARNHEM, callbackUrl=receiver.url)
    await push_report(client, demo.party("De Connectie"), PARTNER_DE_CONNECTIE)

    await worker.fan_out()
    await worker.deliver_due()

    rows = await client.get(
        f"/abonnementen/{abonnement['id']}/afleveringen", headers=BEHEERDER_ARNHEM
    )
    [delivery] = rows.json()["resultaten"]
    assert delivery["laatsteFout"] == "Doorverwijzing niet gevolgd"
    assert len(receiver.received) == 1


async def test_a_worker_refuses_a_subscription_whose_name_now_resolves_privately(
    client: AsyncClient, demo: DemoIds, worker: Worker
) -> None:
    resolver, asked = resolving_to("10.0.0.1")
    worker.sender = offline_sender(resolver)
    abonnement = await subscription(
        client, BEHEERDER_ARNHEM, callbackUrl="https://hooks.example.org/x"
    )
    await push_report(client, demo.party("De Connectie"), PARTNER_DE_CONNECTIE)

    await worker.fan_out()
    await worker.deliver_due()

    rows = await client.get(
        f"/abonnementen/{abonnement['id']}/afleveringen", headers=BEHEERDER_ARNHEM
    )
    [delivery] = rows.json()["resultaten"]
    assert asked == ["hooks.example.org"]
    assert delivery["status"] == "mislukt"
    assert str(delivery["laatsteFout"]).startswith("Geweigerd")

"""Webhooks: signed CloudEvents to a real receiver, only what the account may read, retried
with backoff after a 500, a time-out or a refused connection, failed after 24 hours, and sent
again by hand with the same event id."""

from datetime import timedelta

from httpx import AsyncClient

from app.meldingen.worker import Worker
from app.outbox import types
from tests.auth_headers import BEHEERDER_ARNHEM, BEHEERDER_DIEMEN, PARTNER_DE_CONNECTIE
from tests.conftest import DemoIds
from tests.live_server import free_port
from tests.meldingen.conftest import Clock
from tests.meldingen.factories import push_report, subscription
from tests.meldingen.receiver import Receiver, running_receiver


async def deliveries(client: AsyncClient, abonnement: dict[str, str]) -> list[dict[str, object]]:
    url = f"/abonnementen/{abonnement['id']}/afleveringen"
    response = await client.get(url, headers=BEHEERDER_ARNHEM)
    assert response.status_code == 200, response.text
    result: list[dict[str, object]] = response.json()["resultaten"]
    return result


async def run(worker: Worker) -> None:
    await worker.fan_out()
    await worker.deliver_due()


async def test_a_push_reaches_the_subscriber_as_a_signed_cloudevent(
    client: AsyncClient, demo: DemoIds, worker: Worker, receiver: Receiver
) -> None:
    abonnement = await subscription(client, BEHEERDER_ARNHEM, callbackUrl=receiver.url)
    rapportage_id = await push_report(client, demo.party("De Connectie"), PARTNER_DE_CONNECTIE)

    await run(worker)

    [hit] = receiver.received
    assert hit.signature_is_valid(abonnement["secret"])
    assert hit.headers["content-type"] == "application/cloudevents+json"
    event = hit.json
    assert event["id"] == hit.webhook_id
    assert event["specversion"] == "1.0"
    assert event["type"] == types.RAPPORTAGE_ONTVANGEN
    assert event["subject"] == rapportage_id
    assert event["dataref"] == f"https://vpmonitor.example.nl/api/v1/rapportages/{rapportage_id}"
    assert event["data"]["verbondenPartijId"] == str(demo.party("De Connectie"))


async def test_a_signature_made_with_another_secret_does_not_verify(
    client: AsyncClient, demo: DemoIds, worker: Worker, receiver: Receiver
) -> None:
    await subscription(client, BEHEERDER_ARNHEM, callbackUrl=receiver.url)
    other = await subscription(client, BEHEERDER_DIEMEN, callbackUrl="https://x.example.org")
    await push_report(client, demo.party("De Connectie"), PARTNER_DE_CONNECTIE)

    await run(worker)

    assert not receiver.received[0].signature_is_valid(other["secret"])


async def test_the_secret_is_shown_only_when_subscribing(
    client: AsyncClient, receiver: Receiver
) -> None:
    abonnement = await subscription(client, BEHEERDER_ARNHEM, callbackUrl=receiver.url)
    read = await client.get(f"/abonnementen/{abonnement['id']}", headers=BEHEERDER_ARNHEM)
    assert abonnement["secret"].startswith("whsec_")
    assert "secret" not in read.json()


async def test_a_subscriber_receives_nothing_about_a_party_it_cannot_read(
    client: AsyncClient, demo: DemoIds, worker: Worker, receiver: Receiver
) -> None:
    await subscription(client, BEHEERDER_DIEMEN, callbackUrl=receiver.url)
    await push_report(client, demo.party("De Connectie"), PARTNER_DE_CONNECTIE)

    await run(worker)

    assert receiver.received == []


async def test_a_500_is_retried_after_a_backoff_and_then_delivered_with_the_same_id(
    client: AsyncClient, demo: DemoIds, worker: Worker, receiver: Receiver, clock: Clock
) -> None:
    abonnement = await subscription(client, BEHEERDER_ARNHEM, callbackUrl=receiver.url)
    await push_report(client, demo.party("De Connectie"), PARTNER_DE_CONNECTIE)
    receiver.plan.append(500)

    await run(worker)
    [waiting] = await deliveries(client, abonnement)
    clock.advance(seconds=14)  # jitter 0: the first retry waits half of 30 s
    await worker.deliver_due()
    assert len(receiver.received) == 1
    clock.advance(seconds=1)
    await worker.deliver_due()

    assert waiting["status"] == "wachtend"
    assert waiting["laatsteStatuscode"] == 500
    [first, second] = receiver.received
    assert first.webhook_id == second.webhook_id
    [done] = await deliveries(client, abonnement)
    assert (done["status"], done["pogingen"]) == ("afgeleverd", 2)


async def test_a_timeout_is_retried_and_then_delivered(
    client: AsyncClient, demo: DemoIds, worker: Worker, receiver: Receiver, clock: Clock
) -> None:
    abonnement = await subscription(client, BEHEERDER_ARNHEM, callbackUrl=receiver.url)
    await push_report(client, demo.party("De Connectie"), PARTNER_DE_CONNECTIE)
    receiver.delay_seconds = 3  # the worker waits 2 s

    await run(worker)
    [timed_out] = await deliveries(client, abonnement)
    receiver.delay_seconds = 0
    clock.advance(minutes=1)
    await worker.deliver_due()

    assert timed_out["laatsteFout"] == "Time-out"
    [done] = await deliveries(client, abonnement)
    assert done["status"] == "afgeleverd"


async def test_a_refused_connection_is_retried_until_the_receiver_is_back(
    client: AsyncClient, demo: DemoIds, worker: Worker, clock: Clock
) -> None:
    port = free_port()  # nothing listens here yet
    url = f"http://127.0.0.1:{port}/hook"
    abonnement = await subscription(client, BEHEERDER_ARNHEM, callbackUrl=url)
    await push_report(client, demo.party("De Connectie"), PARTNER_DE_CONNECTIE)

    await run(worker)
    [refused] = await deliveries(client, abonnement)
    async with running_receiver(port) as receiver:
        clock.advance(minutes=1)
        await worker.deliver_due()

    assert str(refused["laatsteFout"]).startswith("Verbindingsfout")
    assert len(receiver.received) == 1


async def test_retries_stop_after_24_hours_and_the_delivery_is_failed(
    client: AsyncClient, demo: DemoIds, worker: Worker, receiver: Receiver, clock: Clock
) -> None:
    abonnement = await subscription(client, BEHEERDER_ARNHEM, callbackUrl=receiver.url)
    await push_report(client, demo.party("De Connectie"), PARTNER_DE_CONNECTIE)
    receiver.plan.extend([500] * 100)
    start = clock.now

    await run(worker)
    while (await deliveries(client, abonnement))[0]["status"] == "wachtend":
        clock.advance(hours=1)
        await worker.deliver_due()

    [failed] = await deliveries(client, abonnement)
    assert failed["status"] == "mislukt"
    assert clock.now - start >= timedelta(hours=24)
    assert len(receiver.received) >= 10


async def test_a_failed_delivery_is_sent_again_on_request_with_the_same_id(
    client: AsyncClient, demo: DemoIds, worker: Worker, receiver: Receiver, clock: Clock
) -> None:
    abonnement = await subscription(client, BEHEERDER_ARNHEM, callbackUrl=receiver.url)
    await push_report(client, demo.party("De Connectie"), PARTNER_DE_CONNECTIE)
    receiver.plan.extend([500] * 100)
    await run(worker)
    while (await deliveries(client, abonnement))[0]["status"] == "wachtend":
        clock.advance(hours=2)
        await worker.deliver_due()
    [failed] = await deliveries(client, abonnement)
    receiver.plan.clear()

    url = f"/abonnementen/{abonnement['id']}/afleveringen/{failed['id']}/_opnieuw"
    answer = await client.post(url, headers=BEHEERDER_ARNHEM)
    await worker.deliver_due()

    assert answer.status_code == 202
    assert answer.json()["status"] == "wachtend"
    [done] = await deliveries(client, abonnement)
    assert done["status"] == "afgeleverd"
    assert receiver.received[-1].webhook_id == receiver.received[0].webhook_id


async def test_a_delivery_that_did_not_fail_cannot_be_sent_again(
    client: AsyncClient, demo: DemoIds, worker: Worker, receiver: Receiver
) -> None:
    abonnement = await subscription(client, BEHEERDER_ARNHEM, callbackUrl=receiver.url)
    await push_report(client, demo.party("De Connectie"), PARTNER_DE_CONNECTIE)
    await run(worker)
    [done] = await deliveries(client, abonnement)

    url = f"/abonnementen/{abonnement['id']}/afleveringen/{done['id']}/_opnieuw"
    answer = await client.post(url, headers=BEHEERDER_ARNHEM)

    assert answer.status_code == 409


async def test_nothing_is_sent_after_unsubscribing(
    client: AsyncClient, demo: DemoIds, worker: Worker, receiver: Receiver
) -> None:
    abonnement = await subscription(client, BEHEERDER_ARNHEM, callbackUrl=receiver.url)
    await push_report(client, demo.party("De Connectie"), PARTNER_DE_CONNECTIE)
    await worker.fan_out()

    gone = await client.delete(f"/abonnementen/{abonnement['id']}", headers=BEHEERDER_ARNHEM)
    await worker.deliver_due()

    assert gone.status_code == 204
    assert receiver.received == []


async def test_the_signing_secret_never_enters_the_audit_trail(
    client: AsyncClient, receiver: Receiver
) -> None:
    abonnement = await subscription(client, BEHEERDER_ARNHEM, callbackUrl=receiver.url)

    trail = await client.get("/audit-gebeurtenissen?pageSize=100", headers=BEHEERDER_ARNHEM)

    assert receiver.url in trail.text
    assert abonnement["secret"] not in trail.text

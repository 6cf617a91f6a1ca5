"""Mail over real SMTP (aiosmtpd): the workflow mails go to the right people, in Dutch, with
links; each person can turn kinds off; one digest per person per day."""

from datetime import UTC, datetime

from httpx import AsyncClient
from structlog.testing import capture_logs

from app.meldingen.worker import Worker
from tests.auth_headers import MT_ARNHEM, REGIEVOERDER_DIEMEN
from tests.conftest import DemoIds
from tests.meldingen.conftest import Clock, Mailbox
from tests.voortgang.steps import act, submitted

MT = "mt-arnhem@demo.example"
REGIEVOERDER = "regievoerder-arnhem@demo.example"
DIEMEN = "regievoerder-diemen@demo.example"  # directs Duo+, a regeling with its own budget
# 20 April 2026, 08:00 in Amsterdam: Wgr documents fall due on 30 April.
DIGEST_DAY = datetime(2026, 4, 20, 6, 0, tzinfo=UTC)


async def send(worker: Worker) -> None:
    await worker.fan_out()
    await worker.deliver_due()


async def test_a_submitted_report_is_mailed_to_the_municipalitys_mt(
    client: AsyncClient, demo: DemoIds, worker: Worker, mailbox: Mailbox
) -> None:
    report = await submitted(client, demo)

    await send(worker)

    [mail] = mailbox.messages
    assert mail["To"] == MT
    assert mail["Subject"] == "Voortgangsrapportage De Connectie 2026-H1 wacht op het MT"
    link = f"https://vpmonitor.example.nl/voortgangsrapportages/{report.json()['id']}"
    assert link in Mailbox.text(mail)
    assert f'href="{link}"' in Mailbox.html(mail)
    assert "wacht op goedkeuring door het MT" in Mailbox.text(mail)


async def test_a_returned_report_is_mailed_to_the_regievoerder_with_the_mts_comment(
    client: AsyncClient, demo: DemoIds, worker: Worker, mailbox: Mailbox
) -> None:
    report = await submitted(client, demo)
    await act(client, report, "terugsturen", MT_ARNHEM, {"toelichting": "Graag de risico's."})

    await send(worker)

    [mail] = mailbox.to(REGIEVOERDER)
    assert mail["Subject"] == "Voortgangsrapportage De Connectie 2026-H1 is teruggestuurd"
    assert "Graag de risico's." in Mailbox.text(mail)


async def test_an_approved_report_is_mailed_to_the_regievoerder(
    client: AsyncClient, demo: DemoIds, worker: Worker, mailbox: Mailbox
) -> None:
    report = await submitted(client, demo)
    await act(client, report, "goedkeuren", MT_ARNHEM, {})

    await send(worker)

    [mail] = mailbox.to(REGIEVOERDER)
    assert mail["Subject"] == "Voortgangsrapportage De Connectie 2026-H1 is goedgekeurd"


async def test_a_person_who_turned_a_kind_off_gets_no_such_mail(
    client: AsyncClient, demo: DemoIds, worker: Worker, mailbox: Mailbox
) -> None:
    body = {"meldingen": {"voortgangsrapportageIngediend": False}}
    turned_off = await client.patch("/gebruikersprofiel", headers=MT_ARNHEM, json=body)
    await submitted(client, demo)

    await send(worker)

    assert turned_off.json()["meldingen"]["voortgangsrapportageIngediend"] is False
    assert mailbox.to(MT) == []


async def test_the_daily_digest_lists_what_is_due_for_the_regievoerders_parties(
    client: AsyncClient, demo: DemoIds, worker: Worker, mailbox: Mailbox, clock: Clock
) -> None:
    clock.now = DIGEST_DAY

    await worker.run_checks()
    await worker.deliver_due()

    [digest] = mailbox.to(DIEMEN)
    text = Mailbox.text(digest)
    assert digest["Subject"].startswith("VP Monitor: uw overzicht van 20-04-2026")
    assert "Wgr-documenten: binnen 14 dagen verwacht of te laat" in text
    assert "Duo+: kaders 2027 verwacht uiterlijk 30-04-2026" in text
    party_page = f"https://vpmonitor.example.nl/verbonden-partijen/{demo.party('Duo+')}"
    assert party_page in text


async def test_the_digest_goes_out_once_a_day(
    client: AsyncClient, worker: Worker, mailbox: Mailbox, clock: Clock
) -> None:
    clock.now = DIGEST_DAY
    await worker.run_checks()
    await worker.deliver_due()
    clock.advance(hours=3)
    await worker.run_checks()
    await worker.deliver_due()

    assert len(mailbox.to(DIEMEN)) == 1


async def test_a_person_who_turned_the_digest_off_gets_none(
    client: AsyncClient, worker: Worker, mailbox: Mailbox, clock: Clock
) -> None:
    body = {"meldingen": {"dagoverzicht": False}}
    await client.patch("/gebruikersprofiel", headers=REGIEVOERDER_DIEMEN, json=body)
    clock.now = DIGEST_DAY

    await worker.run_checks()
    await worker.deliver_due()

    assert mailbox.to(DIEMEN) == []


async def test_a_digest_leaves_out_the_kinds_a_person_turned_off(
    client: AsyncClient, worker: Worker, mailbox: Mailbox, clock: Clock
) -> None:
    body = {"meldingen": {"wgrDocument": False}}
    await client.patch("/gebruikersprofiel", headers=REGIEVOERDER_DIEMEN, json=body)
    clock.now = DIGEST_DAY

    await worker.run_checks()
    await worker.deliver_due()

    texts = [Mailbox.text(mail) for mail in mailbox.to(DIEMEN)]
    assert not any("Wgr-documenten" in text for text in texts)


async def test_without_an_smtp_host_no_mail_is_queued_and_that_is_logged_once(
    client: AsyncClient, demo: DemoIds, worker: Worker, mailbox: Mailbox, clock: Clock
) -> None:
    worker.settings = worker.settings.model_copy(update={"smtp_host": None})
    worker.mailer.settings = worker.settings
    await submitted(client, demo)
    clock.now = DIGEST_DAY

    with capture_logs() as logs:
        await worker.run_checks()
        await send(worker)
        await send(worker)

    assert mailbox.messages == []
    assert [entry["event"] for entry in logs].count("mail_off") == 1

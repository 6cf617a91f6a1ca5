"""The delivery worker: scheduled checks, fan-out of new events, and delivery of what is due.

Delivery is at least once. A batch is claimed (PostgreSQL: FOR UPDATE SKIP LOCKED, so workers
take disjoint rows; SQLite: one writer at a time) and committed; each row is then sent
outside any transaction and marked afterwards. A worker that dies between sending and marking
leaves the claim to expire, and the row is sent again: with the same event id (`webhook-id`),
so receivers can drop the duplicate.
"""

import asyncio
import contextlib
import json
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import structlog
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.auth.models import Gebruiker
from app.config import Settings
from app.core.clock import AMSTERDAM
from app.core.db import utcnow
from app.meldingen import access, berichten, checks, fanout, metrics, repository, retry, ssrf
from app.meldingen.cloudevents import envelope
from app.meldingen.mail import Bericht, Mailer, public_url
from app.meldingen.models import Aflevering, AfleveringStatus, Kanaal
from app.meldingen.webhooks import Uitkomst, WebhookSender
from app.outbox.models import Gebeurtenis

log = structlog.get_logger("app.meldingen.worker")
Clock = Callable[[], datetime]
CONCURRENCY = 10  # deliveries in flight per worker


@dataclass
class Telling:
    """What one round of the worker did."""

    gebeurtenissen: int = 0
    afgeleverd: int = 0
    opnieuw: int = 0
    mislukt: int = 0
    vervallen: int = 0
    uitkomsten: list[str] = field(default_factory=list)

    def add(self, uitkomst: str) -> None:
        setattr(self, uitkomst, getattr(self, uitkomst) + 1)
        self.uitkomsten.append(uitkomst)


Send = Callable[[], Awaitable[Uitkomst]]


class Worker:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        settings: Settings,
        *,
        clock: Clock = utcnow,
        resolver: ssrf.Resolver = ssrf.system_resolver,
        jitter: retry.Jitter = retry.system_jitter,
        mailer: Mailer | None = None,
    ) -> None:
        self.sessionmaker = sessionmaker
        self.settings = settings
        self.clock = clock
        self.jitter = jitter
        self.mailer = mailer or Mailer(settings)
        self.sender = WebhookSender(
            settings.webhook_allowed_hosts, resolver, settings.webhook_timeout_seconds
        )
        self.public_url = public_url(settings)
        self.last_checks: datetime | None = None
        # Within one batch: whether an account may read a party's or municipality's objects.
        self._readable: dict[tuple[object, ...], bool] = {}

    async def aclose(self) -> None:
        await self.sender.aclose()

    async def run_forever(self, stop: asyncio.Event) -> None:
        """Work until `stop` is set; a failing round is logged and the next one tried."""
        log.info("worker_started")
        while not stop.is_set():
            try:
                telling = await self.run_once()
            except Exception:
                log.exception("worker_round_failed")
                telling = Telling()
            if not telling.uitkomsten and not telling.gebeurtenissen:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), self.settings.worker_poll_seconds)
        log.info("worker_stopped")

    async def run_once(self) -> Telling:
        """Scheduled checks when due, then every new event fanned out, then one batch sent."""
        telling = Telling()
        now = self.clock()
        interval = timedelta(seconds=self.settings.worker_checks_seconds)
        if self.last_checks is None or now - self.last_checks >= interval:
            await self.run_checks()
            self.last_checks = now
        telling.gebeurtenissen = await self.fan_out()
        await self.deliver_due(telling)
        return telling

    async def run_checks(self) -> int:
        """Publish the scheduled events of today; from the digest hour on, queue digests."""
        now = self.clock()
        local = now.astimezone(AMSTERDAM)
        async with self.sessionmaker() as session:
            states = await checks.municipality_states(session, local.date())
            published = await checks.publish_due_events(session, states, now)
            if local.hour >= self.settings.digest_hour and self.mailer.enabled:
                await checks.queue_digests(session, states, local.date(), now)
            await session.commit()
        return published

    async def fan_out(self) -> int:
        total = 0
        while True:
            async with self.sessionmaker() as session:
                count = await fanout.fan_out(
                    session, self.clock(), self.settings.worker_batch_size, self.mailer.enabled
                )
                await session.commit()
            metrics.GEBEURTENISSEN.inc(count)
            total += count
            if count < self.settings.worker_batch_size:
                return total

    async def deliver_due(self, telling: Telling | None = None) -> Telling:
        """Claim one batch of due deliveries; prepare them in one read, send them a few at a
        time outside any transaction, and mark them all in one transaction afterwards."""
        telling = telling or Telling()
        claim, now = uuid.uuid4(), self.clock()
        until = now + timedelta(seconds=self.settings.worker_claim_seconds)
        async with self.sessionmaker() as session:
            ids = await repository.claim_due(
                session, claim, now, until, self.settings.worker_batch_size
            )
            await session.commit()
        if not ids:
            return telling
        self._readable.clear()
        async with self.sessionmaker() as session:
            prepared = {
                row.id: await self.prepare(session, row)
                for row in await repository.claimed_deliveries(session, claim)
            }
        gate = asyncio.Semaphore(CONCURRENCY)

        async def send(item: Send | Uitkomst) -> Uitkomst:
            if isinstance(item, Uitkomst):
                return item
            async with gate:
                return await item()

        results = await asyncio.gather(*(send(item) for item in prepared.values()))
        await self._mark(claim, dict(zip(prepared, results, strict=True)), telling)
        return telling

    async def _mark(
        self, claim: uuid.UUID, uitkomsten: dict[uuid.UUID, Uitkomst], telling: Telling
    ) -> None:
        """Record every attempt of the batch; rows whose claim expired meanwhile (another
        worker took them over) are left to that worker."""
        async with self.sessionmaker() as session:
            rows = await repository.claimed_deliveries(session, claim)
            results = {row.id: self.record(row, uitkomsten[row.id]) for row in rows}
            await session.commit()
        for row in rows:
            result, uitkomst = results[row.id], uitkomsten[row.id]
            telling.add(result)
            metrics.AFLEVERINGEN.labels(row.kanaal.value, result).inc()
            log.info(
                "delivery",
                gebeurtenis_id=str(row.gebeurtenis_id) if row.gebeurtenis_id else None,
                aflevering_id=str(row.id),
                kanaal=row.kanaal.value,
                soort=row.soort,
                uitkomst=result,
                poging=row.pogingen,
                statuscode=uitkomst.statuscode,
                fout=uitkomst.fout,
            )

    async def prepare(self, session: AsyncSession, row: Aflevering) -> Send | Uitkomst:
        """What to send, or why not to (an `Uitkomst` that ends the delivery)."""
        if row.kanaal is Kanaal.WEBHOOK:
            return await self._prepare_webhook(session, row)
        return await self._prepare_mail(session, row)

    async def _prepare_webhook(self, session: AsyncSession, row: Aflevering) -> Send | Uitkomst:
        event = await repository.event(session, row.gebeurtenis_id) if row.gebeurtenis_id else None
        abonnement = (
            await repository.any_subscription(session, row.abonnement_id)
            if row.abonnement_id
            else None
        )
        if event is None or abonnement is None or abonnement.opgezegd_op is not None:
            return _expired("Abonnement opgezegd")
        account = await repository.account(session, abonnement.gebruiker_id)
        if not await self._may_read(session, account, event):
            return _expired("Het account mag dit object niet (meer) lezen")
        document = envelope(event, self.settings.oin, self.public_url)
        body = json.dumps(document, separators=(",", ":")).encode("utf-8")
        url, secret, event_id, at = (
            abonnement.callback_url,
            abonnement.secret,
            str(event.id),
            self.clock(),
        )
        return lambda: self.sender.send(url, secret, event_id, body, at)

    async def _may_read(
        self, session: AsyncSession, account: Gebruiker | None, event: Gebeurtenis
    ) -> bool:
        key = (account.id if account else None, event.organisatie_id, event.verbonden_partij_id)
        if key not in self._readable:
            self._readable[key] = await access.may_read(session, account, event)
        return self._readable[key]

    async def _prepare_mail(self, session: AsyncSession, row: Aflevering) -> Send | Uitkomst:
        if not self.mailer.enabled:
            return _expired("Geen SMTP-server ingesteld (VPM_SMTP_HOST)")
        account = await repository.account(session, row.gebruiker_id) if row.gebruiker_id else None
        if account is None or not account.actief or not account.email:
            return _expired("Geen actief account met e-mailadres")
        if row.inhoud is not None:
            bericht = berichten.digest(account, row.inhoud, self.public_url)
        else:
            event = (
                await repository.event(session, row.gebeurtenis_id) if row.gebeurtenis_id else None
            )
            if event is None or not await self._may_read(session, account, event):
                return _expired("Het account mag dit object niet (meer) lezen")
            bericht = await berichten.workflow(session, account, event, self.public_url)
        to = account.email
        return lambda: self._mail(to, bericht)

    async def _mail(self, to: str, bericht: Bericht) -> Uitkomst:
        try:
            await self.mailer.send(to, bericht)
        except Exception as error:  # any SMTP or network failure is retried
            return Uitkomst(False, None, f"SMTP: {type(error).__name__}: {error}"[:500])
        return Uitkomst(True)

    def record(self, row: Aflevering, uitkomst: Uitkomst) -> str:
        """Mark the attempt: delivered, to be retried with backoff, failed, or expired."""
        now = self.clock()
        row.claim, row.geclaimd_tot = None, None
        row.laatste_statuscode, row.laatste_fout = uitkomst.statuscode, uitkomst.fout
        if uitkomst.vervallen:
            row.status = AfleveringStatus.VERVALLEN
            return "vervallen"
        row.pogingen += 1
        row.eerste_poging_op = row.eerste_poging_op or now
        row.laatste_poging_op = now
        if uitkomst.afgeleverd:
            row.status, row.afgeleverd_op = AfleveringStatus.AFGELEVERD, now
            return "afgeleverd"
        later = (
            None
            if uitkomst.definitief
            else retry.next_attempt(row.eerste_poging_op, now, row.pogingen, self.jitter)
        )
        if later is None:
            row.status = AfleveringStatus.MISLUKT
            return "mislukt"
        row.volgende_poging_op = later
        return "opnieuw"


def _expired(reason: str) -> Uitkomst:
    return Uitkomst(False, None, reason, vervallen=True)

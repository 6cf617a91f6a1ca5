"""Subscriptions of accounts, deliveries (webhook and mail), scheduled checks, feed keys."""

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.core.audit import AUDIT_EXCLUDED
from app.core.db import Base, JsonDocument, UuidPrimaryKey, str_enum, utcnow


class Kanaal(StrEnum):
    WEBHOOK = "webhook"
    MAIL = "mail"


class AfleveringStatus(StrEnum):
    WACHTEND = "wachtend"  # due now or at `volgende_poging_op`
    AFGELEVERD = "afgeleverd"
    MISLUKT = "mislukt"  # gave up after the retry window; may be redelivered by hand
    VERVALLEN = "vervallen"  # not sent: the account may no longer read it, or unsubscribed


class Abonnement(UuidPrimaryKey, Base):
    """An account's webhook: which event types to POST to which URL, signed with `secret`."""

    __tablename__ = "abonnementen"
    __table_args__ = (Index(None, "gebruiker_id", "opgezegd_op"),)

    gebruiker_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("gebruikers.id", ondelete="RESTRICT")
    )
    callback_url: Mapped[str] = mapped_column(String(2000))
    soorten: Mapped[list[str]] = mapped_column(JsonDocument)
    # Needed in the clear to sign each delivery (HMAC); shown once, never in the audit trail.
    secret: Mapped[str] = mapped_column(String(100), info={AUDIT_EXCLUDED: True})
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)
    opgezegd_op: Mapped[datetime | None]


class Aflevering(UuidPrimaryKey, Base):
    """One event (or one daily digest) to one subscriber or one person, until it is sent."""

    __tablename__ = "afleveringen"
    __table_args__ = (
        Index(None, "status", "volgende_poging_op"),
        Index(None, "abonnement_id", "aangemaakt_op"),
        Index(None, "gebeurtenis_id"),
        Index(None, "claim"),
    )

    kanaal: Mapped[Kanaal] = mapped_column(str_enum(Kanaal, "aflevering_kanaal"))
    gebeurtenis_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("gebeurtenissen.id", ondelete="RESTRICT")
    )
    abonnement_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("abonnementen.id", ondelete="RESTRICT")
    )
    gebruiker_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("gebruikers.id", ondelete="RESTRICT")
    )
    soort: Mapped[str] = mapped_column(String(100))  # the event type, or `dagoverzicht`
    inhoud: Mapped[dict[str, Any] | None] = mapped_column(JsonDocument)  # a digest's items
    status: Mapped[AfleveringStatus] = mapped_column(
        str_enum(AfleveringStatus, "aflevering_status"), default=AfleveringStatus.WACHTEND
    )
    pogingen: Mapped[int] = mapped_column(default=0)
    volgende_poging_op: Mapped[datetime] = mapped_column(default=utcnow)
    # A worker's claim: another worker takes the row only after `geclaimd_tot` (a crash).
    claim: Mapped[uuid.UUID | None]
    geclaimd_tot: Mapped[datetime | None]
    eerste_poging_op: Mapped[datetime | None]  # the retry window runs from here
    laatste_poging_op: Mapped[datetime | None]
    laatste_statuscode: Mapped[int | None]
    laatste_fout: Mapped[str | None] = mapped_column(String(500))
    afgeleverd_op: Mapped[datetime | None]
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)


class GeplandeControle(UuidPrimaryKey, Base):
    """A scheduled check that already fired: at most once per kind, object and day."""

    __tablename__ = "geplande_controles"
    __table_args__ = (UniqueConstraint("soort", "sleutel", "dag"),)

    soort: Mapped[str] = mapped_column(String(120))
    sleutel: Mapped[str] = mapped_column(String(200))
    dag: Mapped[date]
    uitgevoerd_op: Mapped[datetime] = mapped_column(default=utcnow)


class Kalendersleutel(UuidPrimaryKey, Base):
    """A person's secret for the read-only calendar feed (stored as a SHA-256 hash)."""

    __tablename__ = "kalendersleutels"

    gebruiker_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("gebruikers.id", ondelete="RESTRICT"), unique=True
    )
    hash: Mapped[str] = mapped_column(String(64), unique=True, info={AUDIT_EXCLUDED: True})
    prefix: Mapped[str] = mapped_column(String(12))
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)

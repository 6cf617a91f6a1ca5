"""Rapportages pushed by partners, their metingen, and the idempotency records of pushes."""

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import Base, JsonDocument, UuidPrimaryKey, str_enum, utcnow
from app.servicenormen.models import NormValue
from app.servicenormen.outcomes import Uitkomst


class RapportageSoort(StrEnum):
    prestaties = "prestaties"
    financieel = "financieel"
    algemeen = "algemeen"


class Rapportage(UuidPrimaryKey, Base):
    """One revision of a party's report for a period and kind. Never changed: a new push for
    the same period and kind is the next revision and points at the one it supersedes."""

    __tablename__ = "rapportages"
    __table_args__ = (
        UniqueConstraint("verbonden_partij_id", "soort", "periode", "revisie"),
        UniqueConstraint("vervangt_id"),
        Index(None, "verbonden_partij_id", "periode_start"),
        CheckConstraint("revisie >= 1", name="revisie_positief"),
    )

    verbonden_partij_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("verbonden_partijen.id", ondelete="RESTRICT")
    )
    periode: Mapped[str] = mapped_column(String(7))
    periode_start: Mapped[date]
    soort: Mapped[RapportageSoort] = mapped_column(str_enum(RapportageSoort, "soort"))
    revisie: Mapped[int]
    vervangt_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("rapportages.id", ondelete="RESTRICT")
    )
    toelichting: Mapped[str | None] = mapped_column(Text)
    ontvangen_op: Mapped[datetime] = mapped_column(default=utcnow)
    ingediend_door_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("gebruikers.id", ondelete="RESTRICT")
    )
    ingediend_door_rol: Mapped[str] = mapped_column(String(40))
    # The bearer token that pushed it (API.md 1.1), so every participant sees who acted as
    # the partner; its description is copied, as tokens are never renamed. Null for a push
    # signed on with the identity provider, and for reports stored before 1.1.
    ingediend_met_token_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("tokens.id", ondelete="RESTRICT")
    )
    ingediend_met_token_omschrijving: Mapped[str | None] = mapped_column(String(200))


class Meting(UuidPrimaryKey, Base):
    """A measured value of one norm for one period, from one report revision.

    What does not change later is decided when it is written (app/rapportages/current.py):
    `uitkomst`, its outcome against the norm version in force in its period (None: no
    version), set by the push and set again when a version of the norm is added; `actueel`,
    whether it is the current measurement of its norm and period (from the latest received
    revision that no later revision superseded), moved by every push. Reads of the current
    picture are then index lookups on `ix_metingen_actueel`."""

    __tablename__ = "metingen"
    __table_args__ = (
        UniqueConstraint("rapportage_id", "servicenorm_id", "periode"),
        Index(None, "servicenorm_id", "periode_eind"),
        Index(
            "ix_metingen_actueel",
            "servicenorm_id",
            "periode_eind",
            "uitkomst",
            postgresql_where=text("actueel"),
            sqlite_where=text("actueel"),
        ),
    )

    rapportage_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("rapportages.id", ondelete="RESTRICT")
    )
    servicenorm_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("servicenormen.id", ondelete="RESTRICT")
    )
    periode: Mapped[str] = mapped_column(String(7))
    periode_start: Mapped[date]
    periode_eind: Mapped[date]
    waarde: Mapped[Decimal] = mapped_column(NormValue())
    toelichting: Mapped[str | None] = mapped_column(Text)
    uitkomst: Mapped[Uitkomst | None] = mapped_column(str_enum(Uitkomst, "uitkomst"))
    actueel: Mapped[bool] = mapped_column(default=True, server_default=true())


class IdempotentieSleutel(UuidPrimaryKey, Base):
    """A push's Idempotency-Key and the response it got, so a retry gets the same answer.

    The unique (account, key) index also serialises two racing pushes with one key.
    """

    __tablename__ = "idempotentie_sleutels"
    __table_args__ = (
        UniqueConstraint("gebruiker_id", "sleutel"),
        Index(None, "aangemaakt_op"),
    )

    gebruiker_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("gebruikers.id", ondelete="CASCADE"))
    sleutel: Mapped[str] = mapped_column(String(255))
    verzoek_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(Integer, default=0)
    # The exact bytes sent (as text): JSONB would reorder the keys of a replayed body.
    antwoord: Mapped[str | None] = mapped_column(Text)
    headers: Mapped[dict[str, Any] | None] = mapped_column(JsonDocument)
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)

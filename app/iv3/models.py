"""Iv3 deliveries of a party, their records, and each municipality's signal values for the
key ratios."""

import uuid
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import Base, ExactDecimal, JsonDocument, Money, UuidPrimaryKey, str_enum, utcnow
from app.iv3.records import Eenheid, Onderdeel


class Iv3Status(StrEnum):
    """De `metadata.status` van de levering: `Begroting` of `Realisatie`."""

    begroting = "begroting"
    realisatie = "realisatie"


class Iv3Levering(UuidPrimaryKey, Base):
    """One revision of a party's Iv3 delivery for a year and periode: shared, never changed. A
    later delivery of the same year and periode is the next revision and supersedes it."""

    __tablename__ = "iv3_leveringen"
    __table_args__ = (
        UniqueConstraint("verbonden_partij_id", "boekjaar", "periode", "revisie"),
        UniqueConstraint("vervangt_id"),
        UniqueConstraint("ingediend_door_id", "idempotentie_sleutel"),
        Index(None, "verbonden_partij_id", "ontvangen_op"),
        CheckConstraint("periode BETWEEN 0 AND 5", name="periode"),
        CheckConstraint("revisie >= 1", name="revisie_positief"),
    )

    verbonden_partij_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("verbonden_partijen.id", ondelete="RESTRICT")
    )
    boekjaar: Mapped[int]
    periode: Mapped[int]
    status: Mapped[Iv3Status] = mapped_column(str_enum(Iv3Status, "iv3_status"))
    eenheid: Mapped[Eenheid] = mapped_column(str_enum(Eenheid, "eenheid"))
    overheidslaag: Mapped[str] = mapped_column(String(20))
    overheidsnummer: Mapped[str] = mapped_column(String(20))
    overheidsnaam: Mapped[str] = mapped_column(String(200))
    datum: Mapped[str] = mapped_column(String(40))
    revisie: Mapped[int]
    vervangt_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("iv3_leveringen.id", ondelete="RESTRICT")
    )
    inhoud_hash: Mapped[str] = mapped_column(String(64))
    aantal_regels: Mapped[int]
    # Totals, balance positions and the budget fields the delivery filled (`schemas.py`).
    samenvatting: Mapped[dict[str, Any]] = mapped_column(JsonDocument)
    ontvangen_op: Mapped[datetime] = mapped_column(default=utcnow)
    ingediend_door_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("gebruikers.id", ondelete="RESTRICT")
    )
    ingediend_door_naam: Mapped[str] = mapped_column(String(200))
    ingediend_door_rol: Mapped[str] = mapped_column(String(40))
    idempotentie_sleutel: Mapped[str | None] = mapped_column(String(255))


class Iv3Regel(Base):
    """One record of a delivery, amounts in euros (`records.py` says which key is which)."""

    __tablename__ = "iv3_regels"

    levering_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("iv3_leveringen.id", ondelete="CASCADE"), primary_key=True
    )
    volgnummer: Mapped[int] = mapped_column(primary_key=True)
    onderdeel: Mapped[Onderdeel] = mapped_column(str_enum(Onderdeel, "onderdeel"))
    code: Mapped[str] = mapped_column(String(20))
    categorie: Mapped[str] = mapped_column(String(20))
    bedrag: Mapped[Decimal | None] = mapped_column(Money())
    waarde: Mapped[str | None] = mapped_column(Text)  # as delivered: CBS bounds it nowhere


class KengetalSignaalwaarde(UuidPrimaryKey, Base):
    """A municipality's own boundaries of the categories A, B and C of one key ratio: private
    to it; without one the defaults of `kengetallen.py` apply."""

    __tablename__ = "kengetal_signaalwaarden"
    __table_args__ = (UniqueConstraint("organisatie_id", "kengetal"),)

    organisatie_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisaties.id", ondelete="RESTRICT")
    )
    kengetal: Mapped[str] = mapped_column(String(10))
    grens_a: Mapped[Decimal] = mapped_column(ExactDecimal(9, 4))
    grens_c: Mapped[Decimal] = mapped_column(ExactDecimal(9, 4))
    gewijzigd_op: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

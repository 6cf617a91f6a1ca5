"""Risks a municipality sees in a party: private to that municipality."""

import uuid
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import Base, Money, UuidPrimaryKey, str_enum, utcnow


class RisicoStatus(StrEnum):
    OPEN = "open"
    BEHEERST = "beheerst"  # measures in place; still a risk
    VERVALLEN = "vervallen"  # no longer a risk


class Risico(UuidPrimaryKey, Base):
    __tablename__ = "risicos"
    __table_args__ = (
        Index(None, "organisatie_id", "verbonden_partij_id"),
        CheckConstraint("kans BETWEEN 1 AND 5", name="kans_1_5"),
        CheckConstraint("impact BETWEEN 1 AND 5", name="impact_1_5"),
        CheckConstraint(
            "financiele_omvang IS NULL OR financiele_omvang >= 0", name="financiele_omvang"
        ),
    )

    organisatie_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisaties.id", ondelete="RESTRICT")
    )
    verbonden_partij_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("verbonden_partijen.id", ondelete="RESTRICT")
    )
    omschrijving: Mapped[str] = mapped_column(Text)
    kans: Mapped[int]
    impact: Mapped[int]
    financiele_omvang: Mapped[Decimal | None] = mapped_column(Money())
    maatregelen: Mapped[str | None] = mapped_column(Text)
    status: Mapped[RisicoStatus] = mapped_column(
        str_enum(RisicoStatus, "risico_status"), default=RisicoStatus.OPEN
    )
    eigenaar: Mapped[str | None] = mapped_column(String(200))
    versie: Mapped[int] = mapped_column(default=1)
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)
    gewijzigd_op: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __mapper_args__ = {"version_id_col": versie}  # noqa: RUF012 - SQLAlchemy reads it

"""Reporting rounds: per municipality and half-year, the deadline of the status reports."""

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import Base, JsonDocument, UuidPrimaryKey, utcnow

ALL_TIERS = [1, 2, 3]


class Rapportageronde(UuidPrimaryKey, Base):
    """A municipality's half-year round, private to it: which tiers report, by when."""

    __tablename__ = "rapportagerondes"
    __table_args__ = (UniqueConstraint("organisatie_id", "periode"),)

    organisatie_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisaties.id", ondelete="RESTRICT")
    )
    periode: Mapped[str] = mapped_column(String(7))
    deadline: Mapped[date]
    monitoringsniveaus: Mapped[list[int]] = mapped_column(
        JsonDocument, default=lambda: list(ALL_TIERS)
    )
    versie: Mapped[int] = mapped_column(default=1)
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)
    gewijzigd_op: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __mapper_args__ = {"version_id_col": versie}  # noqa: RUF012 - SQLAlchemy reads it

"""Diensten, servicenormen and the versions of a norm's target (shared data of a party)."""

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.db import Base, ExactDecimal, UuidPrimaryKey, str_enum, utcnow
from app.core.periods import Granulariteit


class Eenheid(StrEnum):
    """De eenheid van een norm; zij bepaalt welke waarden een meting mag hebben."""

    percentage = "percentage"
    aantal = "aantal"
    dagen = "dagen"
    uren = "uren"
    euro = "euro"
    score = "score"


class Richting(StrEnum):
    hoger_is_beter = "hoger_is_beter"
    lager_is_beter = "lager_is_beter"


def NormValue() -> ExactDecimal:  # noqa: N802 - reads as a column type
    """Targets, tolerances and measured values: 11 digits and 4 decimals, exact."""
    return ExactDecimal(15, 4)


class Dienst(UuidPrimaryKey, Base):
    """An entry of the party's products & services catalogue."""

    __tablename__ = "diensten"
    __table_args__ = (UniqueConstraint("verbonden_partij_id", "naam"),)

    verbonden_partij_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("verbonden_partijen.id", ondelete="RESTRICT")
    )
    naam: Mapped[str] = mapped_column(String(200))
    omschrijving: Mapped[str | None] = mapped_column(Text)
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)


class Servicenorm(UuidPrimaryKey, Base):
    """A norm: what partners report by `code`. Target, tolerance and direction live in its
    versions; name and legal basis change in place."""

    __tablename__ = "servicenormen"
    __table_args__ = (UniqueConstraint("verbonden_partij_id", "code"),)

    verbonden_partij_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("verbonden_partijen.id", ondelete="RESTRICT")
    )
    dienst_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("diensten.id", ondelete="RESTRICT"), index=True
    )
    code: Mapped[str] = mapped_column(String(40))
    naam: Mapped[str] = mapped_column(String(200))
    eenheid: Mapped[Eenheid] = mapped_column(str_enum(Eenheid, "eenheid"))
    frequentie: Mapped[Granulariteit] = mapped_column(str_enum(Granulariteit, "frequentie"))
    wettelijke_grondslag: Mapped[str | None] = mapped_column(String(500))
    toelichting: Mapped[str | None] = mapped_column(Text)
    versie: Mapped[int] = mapped_column(default=1)
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)
    gewijzigd_op: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    versies: Mapped[list["ServicenormVersie"]] = relationship(
        lazy="raise", order_by="ServicenormVersie.geldig_vanaf"
    )

    __mapper_args__ = {"version_id_col": versie}  # noqa: RUF012 - SQLAlchemy reads it


class ServicenormVersie(UuidPrimaryKey, Base):
    """The terms of a norm from `geldig_vanaf` until the next version's date. Never changed."""

    __tablename__ = "servicenorm_versies"
    __table_args__ = (
        UniqueConstraint("servicenorm_id", "geldig_vanaf"),
        CheckConstraint("tolerantie >= 0", name="tolerantie_niet_negatief"),
    )

    servicenorm_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("servicenormen.id", ondelete="RESTRICT")
    )
    geldig_vanaf: Mapped[date]
    doelwaarde: Mapped[Decimal] = mapped_column(NormValue())
    tolerantie: Mapped[Decimal] = mapped_column(NormValue())
    richting: Mapped[Richting] = mapped_column(str_enum(Richting, "richting"))
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)

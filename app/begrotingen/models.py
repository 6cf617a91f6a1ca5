"""Budgets and actuals of a party per year, the contributions per participant, and each
municipality's deviation thresholds."""

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import Base, ExactDecimal, Money, UuidPrimaryKey, utcnow


def _both_or_neither(prefix: str) -> CheckConstraint:
    return CheckConstraint(
        f"({prefix}_lasten IS NULL) = ({prefix}_baten IS NULL)", name=f"{prefix}_volledig"
    )


class Begroting(UuidPrimaryKey, Base):
    """A party's budget of one year: shared, pushed by the partner or kept by a director.

    Every version is kept in the audit trail (entiteit `begroting`), so the course of the
    forecast through the year can be read back.
    """

    __tablename__ = "begrotingen"
    __table_args__ = (
        UniqueConstraint("verbonden_partij_id", "jaar"),
        CheckConstraint("jaar BETWEEN 1900 AND 2999", name="jaar"),
        _both_or_neither("na_wijziging"),
        _both_or_neither("prognose"),
        _both_or_neither("realisatie"),
        _both_or_neither("realisatie_tot_heden"),
        CheckConstraint(
            "(realisatie_tot_heden_lasten IS NULL) = (realisatie_tot_heden_periode IS NULL)",
            name="realisatie_tot_heden_periode",
        ),
        CheckConstraint(
            "investeringen_begroot IS NOT NULL OR "
            "(investeringen_prognose IS NULL AND investeringen_realisatie IS NULL)",
            name="investeringen_begroot",
        ),
    )

    verbonden_partij_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("verbonden_partijen.id", ondelete="RESTRICT")
    )
    jaar: Mapped[int]
    primitief_lasten: Mapped[Decimal] = mapped_column(Money())
    primitief_baten: Mapped[Decimal] = mapped_column(Money())
    na_wijziging_lasten: Mapped[Decimal | None] = mapped_column(Money())
    na_wijziging_baten: Mapped[Decimal | None] = mapped_column(Money())
    prognose_lasten: Mapped[Decimal | None] = mapped_column(Money())
    prognose_baten: Mapped[Decimal | None] = mapped_column(Money())
    realisatie_lasten: Mapped[Decimal | None] = mapped_column(Money())
    realisatie_baten: Mapped[Decimal | None] = mapped_column(Money())
    # The actuals up to and including a quarter (`2026-Q2`), as an Iv3 quarter delivery gives.
    realisatie_tot_heden_periode: Mapped[str | None] = mapped_column(String(7))
    realisatie_tot_heden_lasten: Mapped[Decimal | None] = mapped_column(Money())
    realisatie_tot_heden_baten: Mapped[Decimal | None] = mapped_column(Money())
    investeringen_begroot: Mapped[Decimal | None] = mapped_column(Money())
    investeringen_prognose: Mapped[Decimal | None] = mapped_column(Money())
    investeringen_realisatie: Mapped[Decimal | None] = mapped_column(Money())
    eigen_vermogen_begin: Mapped[Decimal | None] = mapped_column(Money())
    eigen_vermogen_einde: Mapped[Decimal | None] = mapped_column(Money())
    vreemd_vermogen_begin: Mapped[Decimal | None] = mapped_column(Money())
    vreemd_vermogen_einde: Mapped[Decimal | None] = mapped_column(Money())
    resultaat: Mapped[Decimal | None] = mapped_column(Money())
    risicos: Mapped[str | None] = mapped_column(Text)
    versie: Mapped[int] = mapped_column(default=1)
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)
    gewijzigd_op: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __mapper_args__ = {"version_id_col": versie}  # noqa: RUF012 - SQLAlchemy reads it


class BegrotingBijdrage(UuidPrimaryKey, Base):
    """A participant's contribution in a budget year (part of the budget, shared)."""

    __tablename__ = "begroting_bijdragen"
    __table_args__ = (
        UniqueConstraint("begroting_id", "organisatie_id"),
        Index(None, "organisatie_id"),
        CheckConstraint("bedrag >= 0", name="bedrag"),
    )

    begroting_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("begrotingen.id", ondelete="CASCADE")
    )
    organisatie_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisaties.id", ondelete="RESTRICT")
    )
    bedrag: Mapped[Decimal] = mapped_column(Money())


class Afwijkingsdrempel(UuidPrimaryKey, Base):
    """A municipality's thresholds for budget deviations: private to it."""

    __tablename__ = "afwijkingsdrempels"
    __table_args__ = (
        UniqueConstraint("organisatie_id"),
        CheckConstraint("bedrag > 0", name="bedrag"),
        CheckConstraint("percentage > 0 AND percentage <= 100", name="percentage"),
    )

    organisatie_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisaties.id", ondelete="RESTRICT")
    )
    bedrag: Mapped[Decimal] = mapped_column(Money())
    percentage: Mapped[Decimal] = mapped_column(ExactDecimal(7, 4))
    versie: Mapped[int] = mapped_column(default=1)
    gewijzigd_op: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __mapper_args__ = {"version_id_col": versie}  # noqa: RUF012 - SQLAlchemy reads it

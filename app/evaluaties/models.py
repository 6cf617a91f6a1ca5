"""Yearly evaluations with a party (seed 004, rec. 9): private to the municipality."""

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.db import Base, ExactDecimal, UuidPrimaryKey, utcnow


class Evaluatie(UuidPrimaryKey, Base):
    """One per municipality, party and evaluated year."""

    __tablename__ = "evaluaties"
    __table_args__ = (
        UniqueConstraint("organisatie_id", "verbonden_partij_id", "jaar"),
        CheckConstraint(
            "tevredenheid IS NULL OR (tevredenheid >= 1 AND tevredenheid <= 10)",
            name="tevredenheid_1_10",
        ),
    )

    organisatie_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisaties.id", ondelete="RESTRICT")
    )
    verbonden_partij_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("verbonden_partijen.id", ondelete="RESTRICT")
    )
    jaar: Mapped[int]  # the year evaluated
    datum: Mapped[date]  # when the evaluation was held
    uitkomst: Mapped[str] = mapped_column(Text)
    tevredenheid: Mapped[Decimal | None] = mapped_column(ExactDecimal(3, 1))
    versie: Mapped[int] = mapped_column(default=1)
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)
    gewijzigd_op: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    vervolgactie_links: Mapped[list["EvaluatieVervolgactie"]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="EvaluatieVervolgactie.actie_id"
    )

    __mapper_args__ = {"version_id_col": versie}  # noqa: RUF012 - SQLAlchemy reads it

    @property
    def vervolgactie_ids(self) -> list[uuid.UUID]:
        return [link.actie_id for link in self.vervolgactie_links]


class EvaluatieVervolgactie(Base):
    """An action of the improvement plan that follows from an evaluation."""

    __tablename__ = "evaluatie_vervolgacties"
    __table_args__ = (Index(None, "actie_id"),)

    evaluatie_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("evaluaties.id", ondelete="CASCADE"), primary_key=True
    )
    actie_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("acties.id", ondelete="RESTRICT"), primary_key=True
    )

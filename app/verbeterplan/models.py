"""The improvement plan (seed 004): recommendations, the parties they concern, their actions.

Private to the municipality: every row carries `organisatie_id`.
"""

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.db import Base, UuidPrimaryKey, str_enum, utcnow


class Bron(StrEnum):
    """Waar een aanbeveling vandaan komt."""

    REKENKAMER = "rekenkamer"
    ACCOUNTANT = "accountant"
    EVALUATIE = "evaluatie"
    OVERIG = "overig"


class Reactie(StrEnum):
    """De reactie van de gemeente op een aanbeveling."""

    OVERGENOMEN = "overgenomen"
    DEELS_OVERGENOMEN = "deels_overgenomen"
    NIET_OVERGENOMEN = "niet_overgenomen"


class ActieStatus(StrEnum):
    OPEN = "open"
    IN_UITVOERING = "in_uitvoering"
    AFGEROND = "afgerond"
    VERVALLEN = "vervallen"


class Aanbeveling(UuidPrimaryKey, Base):
    """A recommendation, unique per municipality by source, part and code (`A`, `1`)."""

    __tablename__ = "aanbevelingen"
    __table_args__ = (
        UniqueConstraint("organisatie_id", "bron", "deel", "code"),
        CheckConstraint("deel BETWEEN 1 AND 9", name="deel_1_9"),
    )

    organisatie_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisaties.id", ondelete="RESTRICT")
    )
    bron: Mapped[Bron] = mapped_column(str_enum(Bron, "bron"))
    deel: Mapped[int]
    code: Mapped[str] = mapped_column(String(10))
    tekst: Mapped[str] = mapped_column(Text)
    reactie: Mapped[Reactie | None] = mapped_column(str_enum(Reactie, "reactie"))
    reactie_toelichting: Mapped[str | None] = mapped_column(Text)
    versie: Mapped[int] = mapped_column(default=1)
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)
    gewijzigd_op: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    partij_links: Mapped[list["AanbevelingPartij"]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="AanbevelingPartij.verbonden_partij_id"
    )
    acties: Mapped[list["Actie"]] = relationship(
        lazy="raise", order_by="[Actie.aangemaakt_op, Actie.id]", viewonly=True
    )

    __mapper_args__ = {"version_id_col": versie}  # noqa: RUF012 - SQLAlchemy reads it

    @property
    def verbonden_partij_ids(self) -> list[uuid.UUID]:
        return [link.verbonden_partij_id for link in self.partij_links]


class AanbevelingPartij(Base):
    """A party a recommendation concerns (seed 004: rec. C is about De Connectie)."""

    __tablename__ = "aanbeveling_partijen"
    __table_args__ = (Index(None, "verbonden_partij_id"),)

    aanbeveling_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("aanbevelingen.id", ondelete="CASCADE"), primary_key=True
    )
    verbonden_partij_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("verbonden_partijen.id", ondelete="RESTRICT"), primary_key=True
    )


class Actie(UuidPrimaryKey, Base):
    """An action under a recommendation: what, who, by when (seed 004: Actie, Wie, Planning)."""

    __tablename__ = "acties"
    __table_args__ = (
        Index(None, "aanbeveling_id"),
        Index(None, "organisatie_id", "status", "planning"),
        CheckConstraint(
            "afgerond_op IS NULL OR status = 'afgerond'", name="afgerond_op_alleen_afgerond"
        ),
    )

    organisatie_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisaties.id", ondelete="RESTRICT")
    )
    aanbeveling_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("aanbevelingen.id", ondelete="RESTRICT")
    )
    omschrijving: Mapped[str] = mapped_column(Text)
    eigenaar: Mapped[str | None] = mapped_column(String(200))
    planning: Mapped[date | None]  # the due date: the last day of a planned period
    planning_tekst: Mapped[str | None] = mapped_column(String(40))  # as written, e.g. "Q1 2022"
    status: Mapped[ActieStatus] = mapped_column(
        str_enum(ActieStatus, "actie_status"), default=ActieStatus.OPEN
    )
    afgerond_op: Mapped[date | None]
    versie: Mapped[int] = mapped_column(default=1)
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)
    gewijzigd_op: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __mapper_args__ = {"version_id_col": versie}  # noqa: RUF012 - SQLAlchemy reads it

"""Documents a party delivered (shared) and the regeling's own Wgr dates (shared)."""

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import Base, UuidPrimaryKey, str_enum, utcnow
from app.verbonden_partijen.models import Rechtsvorm
from app.wgr.calendar import DocumentSoort, Moment

# The Wgr's budget cycle binds the regelingen that keep their own budget.
OWN_BUDGET_FORMS = (
    Rechtsvorm.OPENBAAR_LICHAAM,
    Rechtsvorm.BEDRIJFSVOERINGSORGANISATIE,
    Rechtsvorm.GEMEENSCHAPPELIJK_ORGAAN,
)


class OntvangenDocument(UuidPrimaryKey, Base):
    """A document of the party's financial cycle and the day the councils received it: one
    per party, kind and year. A partner's post carries an Idempotency-Key, kept with it."""

    __tablename__ = "ontvangen_documenten"
    __table_args__ = (
        Index(None, "verbonden_partij_id", "jaar", "soort"),
        UniqueConstraint("verbonden_partij_id", "soort", "jaar"),
        UniqueConstraint("verbonden_partij_id", "idempotentie_sleutel"),
        CheckConstraint("jaar BETWEEN 1900 AND 2999", name="jaar"),
    )

    verbonden_partij_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("verbonden_partijen.id", ondelete="RESTRICT")
    )
    soort: Mapped[DocumentSoort] = mapped_column(str_enum(DocumentSoort, "document_soort"))
    jaar: Mapped[int]
    ontvangen_op: Mapped[date]
    titel: Mapped[str | None] = mapped_column(String(200))
    toelichting: Mapped[str | None] = mapped_column(Text)
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)
    idempotentie_sleutel: Mapped[str | None] = mapped_column(String(255))
    verzoek_hash: Mapped[str | None] = mapped_column(String(64))


class WgrTermijn(UuidPrimaryKey, Base):
    """A date the regeling sets itself, overriding the law's default, every year."""

    __tablename__ = "wgr_termijnen"
    __table_args__ = (
        UniqueConstraint("verbonden_partij_id", "moment"),
        CheckConstraint("maand BETWEEN 1 AND 12", name="maand"),
        CheckConstraint("dag BETWEEN 1 AND 31", name="dag"),
    )

    verbonden_partij_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("verbonden_partijen.id", ondelete="RESTRICT")
    )
    moment: Mapped[Moment] = mapped_column(str_enum(Moment, "wgr_moment"))
    maand: Mapped[int]
    dag: Mapped[int]
    toelichting: Mapped[str | None] = mapped_column(Text)

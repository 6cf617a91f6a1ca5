"""A party's dossier: its key documents (seed 004, recommendation 7), each a stored file or a
link, and the stored files' bytes in a table of their own so a list never loads them."""

import uuid
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.core.audit import AUDIT_EXCLUDED
from app.core.db import Base, UuidPrimaryKey, str_enum, utcnow


class Dossiersoort(StrEnum):
    REGELING = "regeling"
    DVO = "dvo"  # dienstverleningsovereenkomst, the service agreement
    OVERDRACHTSDOCUMENT = "overdrachtsdocument"
    WERKINSTRUCTIE = "werkinstructie"
    JAARVERSLAG = "jaarverslag"
    OVERIG = "overig"


class DossierZichtbaarheid(StrEnum):
    GEDEELD = "gedeeld"  # every participant of the party reads it; the penvoerder keeps it
    EIGEN = "eigen"  # the municipality's own, private to it


class Dossierstuk(UuidPrimaryKey, Base):
    """One document of a party's dossier: kept by `organisatie_id` (for a shared one, the
    penvoerder that added it), either a stored file (its current version's metadata here,
    the bytes in `dossierbestanden`) or a link."""

    __tablename__ = "dossierstukken"
    __table_args__ = (
        Index(None, "verbonden_partij_id", "zichtbaarheid"),
        Index(None, "organisatie_id", "verbonden_partij_id"),
        CheckConstraint("(link IS NULL) <> (bestand_sha256 IS NULL)", name="bestand_of_link"),
        CheckConstraint(
            "beoordelingsinterval_maanden IS NULL "
            "OR beoordelingsinterval_maanden BETWEEN 1 AND 120",
            name="beoordelingsinterval",
        ),
    )

    verbonden_partij_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("verbonden_partijen.id", ondelete="RESTRICT")
    )
    organisatie_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisaties.id", ondelete="RESTRICT")
    )
    soort: Mapped[Dossiersoort] = mapped_column(str_enum(Dossiersoort, "dossiersoort"))
    zichtbaarheid: Mapped[DossierZichtbaarheid] = mapped_column(
        str_enum(DossierZichtbaarheid, "dossier_zichtbaarheid")
    )
    titel: Mapped[str] = mapped_column(String(200))
    eigenaar: Mapped[str | None] = mapped_column(String(200))
    laatst_beoordeeld_op: Mapped[date | None]
    beoordelingsinterval_maanden: Mapped[int | None]
    link: Mapped[str | None] = mapped_column(Text)
    bestand_naam: Mapped[str | None] = mapped_column(String(255))
    bestand_type: Mapped[str | None] = mapped_column(String(100))
    bestand_grootte: Mapped[int | None]
    bestand_sha256: Mapped[str | None] = mapped_column(String(64))
    bestand_versie: Mapped[int | None]  # the current file's number in `dossierbestanden`
    versie: Mapped[int] = mapped_column(default=1)
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)
    gewijzigd_op: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __mapper_args__ = {"version_id_col": versie}  # noqa: RUF012 - SQLAlchemy reads it


class Dossierbestand(UuidPrimaryKey, Base):
    """One version of a document's file, bytes included. A new file is a new version: the
    earlier ones stay (and stay downloadable) until the document itself is removed."""

    __tablename__ = "dossierbestanden"
    __table_args__ = (UniqueConstraint("dossierstuk_id", "versie"),)

    dossierstuk_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("dossierstukken.id", ondelete="CASCADE")
    )
    versie: Mapped[int]
    naam: Mapped[str] = mapped_column(String(255))
    type: Mapped[str] = mapped_column(String(100))
    grootte: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    inhoud: Mapped[bytes] = mapped_column(LargeBinary, info={AUDIT_EXCLUDED: True})
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)
    aangemaakt_door: Mapped[str] = mapped_column(String(200))

"""Verbonden partijen, the municipalities' participations in them, and regievoerders."""

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.core.db import Base, ExactDecimal, JsonDocument, UuidPrimaryKey, str_enum, utcnow
from app.organisaties.models import Organisatie


class BbvCategorie(StrEnum):
    """De vier categorieën van de paragraaf verbonden partijen (BBV art. 15)."""

    GEMEENSCHAPPELIJKE_REGELING = "gemeenschappelijke_regeling"
    VENNOOTSCHAP_COOPERATIE = "vennootschap_cooperatie"
    STICHTING_VERENIGING = "stichting_vereniging"
    OVERIG = "overig"


class Rechtsvorm(StrEnum):
    OPENBAAR_LICHAAM = "openbaar_lichaam"
    BEDRIJFSVOERINGSORGANISATIE = "bedrijfsvoeringsorganisatie"
    GEMEENSCHAPPELIJK_ORGAAN = "gemeenschappelijk_orgaan"
    CENTRUMGEMEENTEREGELING = "centrumgemeenteregeling"
    REGELING_ZONDER_MEER = "regeling_zonder_meer"
    NV = "nv"
    BV = "bv"
    COOPERATIE = "cooperatie"
    ONDERLINGE_WAARBORGMAATSCHAPPIJ = "onderlinge_waarborgmaatschappij"
    STICHTING = "stichting"
    VERENIGING = "vereniging"
    OVERIG = "overig"


class VerbondenPartij(UuidPrimaryKey, Base):
    """A party: shared by all participating municipalities, invisible to the others."""

    __tablename__ = "verbonden_partijen"
    __table_args__ = (
        CheckConstraint("monitoringsniveau BETWEEN 1 AND 3", name="monitoringsniveau_1_3"),
        CheckConstraint(
            "einddatum IS NULL OR begindatum IS NULL OR einddatum >= begindatum",
            name="einddatum_na_begindatum",
        ),
        CheckConstraint(
            "rapportagetermijn_dagen BETWEEN 0 AND 366", name="rapportagetermijn_dagen"
        ),
    )

    naam: Mapped[str] = mapped_column(String(200), index=True)
    vestigingsplaats: Mapped[str] = mapped_column(String(100))
    bbv_categorie: Mapped[BbvCategorie] = mapped_column(str_enum(BbvCategorie, "bbv_categorie"))
    rechtsvorm: Mapped[Rechtsvorm] = mapped_column(str_enum(Rechtsvorm, "rechtsvorm"))
    openbaar_belang: Mapped[str] = mapped_column(Text)
    kvk_nummer: Mapped[str | None] = mapped_column(String(8))
    # The body's number at CBS (`overheidsnummer` of its Iv3 deliveries).
    cbs_nummer: Mapped[str | None] = mapped_column(String(8))
    begindatum: Mapped[date | None]
    einddatum: Mapped[date | None]
    monitoringsniveau: Mapped[int]
    toelichting: Mapped[str | None] = mapped_column(Text)
    # Days after a period ends by which the partner's report is due (timeliness).
    rapportagetermijn_dagen: Mapped[int] = mapped_column(default=30, server_default="30")
    # The lead participant (API.md 1.1): adds participants, keeps their shared facts and the
    # partner's account. Null only for a party nobody took part in when 1.1 arrived.
    penvoerder_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisaties.id", ondelete="RESTRICT"), index=True
    )
    penvoerder: Mapped[Organisatie | None] = relationship(lazy="joined", innerjoin=False)
    versie: Mapped[int] = mapped_column(default=1)
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)
    gewijzigd_op: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __mapper_args__ = {"version_id_col": versie}  # noqa: RUF012 - SQLAlchemy reads it


class Deelname(UuidPrimaryKey, Base):
    """An organisation's participation in a party.

    The share, vote and seats are facts of the arrangement that every participant sees; who
    holds the owner role and the client role is the participant's own business.
    """

    __tablename__ = "deelnames"
    # Only the participant itself sees these; the others read null, in the API and the trail.
    PRIVATE_FIELDS = ("eigenaarsrol_houder", "opdrachtgeversrol_houder")
    __table_args__ = (
        UniqueConstraint("verbonden_partij_id", "organisatie_id"),
        Index(None, "organisatie_id", "verbonden_partij_id"),
        CheckConstraint("aandeel IS NULL OR (aandeel >= 0 AND aandeel <= 100)", name="aandeel"),
        CheckConstraint("stemgewicht IS NULL OR stemgewicht >= 0", name="stemgewicht"),
    )

    verbonden_partij_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("verbonden_partijen.id", ondelete="RESTRICT")
    )
    organisatie_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisaties.id", ondelete="RESTRICT")
    )
    aandeel: Mapped[Decimal | None] = mapped_column(ExactDecimal(7, 4))
    stemgewicht: Mapped[Decimal | None] = mapped_column(ExactDecimal(9, 4))
    bestuurlijk_belang: Mapped[list[dict[str, Any]]] = mapped_column(JsonDocument, default=list)
    eigenaarsrol_houder: Mapped[str | None] = mapped_column(String(200))
    opdrachtgeversrol_houder: Mapped[str | None] = mapped_column(String(200))
    begindatum: Mapped[date | None]
    einddatum: Mapped[date | None]
    versie: Mapped[int] = mapped_column(default=1)
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)

    __mapper_args__ = {"version_id_col": versie}  # noqa: RUF012 - SQLAlchemy reads it


class RegievoerderToewijzing(UuidPrimaryKey, Base):
    """A municipality's regievoerder directing a party, private to that municipality."""

    __tablename__ = "regievoerder_toewijzingen"
    __table_args__ = (
        UniqueConstraint("verbonden_partij_id", "gebruiker_id"),
        Index(None, "gebruiker_id"),
        Index(None, "organisatie_id", "verbonden_partij_id"),
    )

    organisatie_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisaties.id", ondelete="RESTRICT")
    )
    verbonden_partij_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("verbonden_partijen.id", ondelete="RESTRICT")
    )
    gebruiker_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("gebruikers.id", ondelete="RESTRICT")
    )
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)

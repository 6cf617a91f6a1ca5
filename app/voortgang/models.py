"""Semiannual status reports to the MT, their submitted versions and transitions, and the
half-year rounds whose deadline they are due by.

Private to the municipality that writes them (`organisatie_id`). The content is typed
columns, so the database guards the ratings and dashboards can aggregate them in SQL; the
names follow `content.py` (`<aspect>_oordeel`, `afwijking_<soort>`, …).
"""

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.core.audit import AUDIT_EXCLUDED
from app.core.db import Base, ExactDecimal, JsonDocument, UuidPrimaryKey, str_enum, utcnow
from app.voortgang.content import Oordeel
from app.voortgang.workflow import Actie, RapportageStatus


def _oordeel(aspect: str) -> Mapped[Oordeel | None]:
    return mapped_column(str_enum(Oordeel, f"{aspect}_oordeel"), nullable=True)


class Voortgangsrapportage(UuidPrimaryKey, Base):
    """One municipality's status report on one party for one half-year."""

    __tablename__ = "voortgangsrapportages"
    __table_args__ = (
        UniqueConstraint("organisatie_id", "verbonden_partij_id", "periode"),
        Index(None, "organisatie_id", "periode", "status"),
        Index(None, "verbonden_partij_id", "periode"),
    )

    organisatie_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisaties.id", ondelete="RESTRICT")
    )
    verbonden_partij_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("verbonden_partijen.id", ondelete="RESTRICT")
    )
    periode: Mapped[str] = mapped_column(String(7))
    status: Mapped[RapportageStatus] = mapped_column(
        str_enum(RapportageStatus, "rapportage_status"), default=RapportageStatus.CONCEPT
    )

    voortgang_oordeel: Mapped[Oordeel | None] = _oordeel("voortgang")
    voortgang_toelichting: Mapped[str | None] = mapped_column(Text)
    inhoud_oordeel: Mapped[Oordeel | None] = _oordeel("inhoud")
    inhoud_toelichting: Mapped[str | None] = mapped_column(Text)
    planning_oordeel: Mapped[Oordeel | None] = _oordeel("planning")
    planning_toelichting: Mapped[str | None] = mapped_column(Text)
    financien_oordeel: Mapped[Oordeel | None] = _oordeel("financien")
    financien_toelichting: Mapped[str | None] = mapped_column(Text)
    risicos_oordeel: Mapped[Oordeel | None] = _oordeel("risicos")
    risicos_toelichting: Mapped[str | None] = mapped_column(Text)
    communicatie_oordeel: Mapped[Oordeel | None] = _oordeel("communicatie")
    communicatie_toelichting: Mapped[str | None] = mapped_column(Text)

    afwijking_begroting: Mapped[bool | None]
    afwijking_begroting_toelichting: Mapped[str | None] = mapped_column(Text)
    afwijking_investering: Mapped[bool | None]
    afwijking_investering_toelichting: Mapped[str | None] = mapped_column(Text)
    afwijking_exploitatie: Mapped[bool | None]
    afwijking_exploitatie_toelichting: Mapped[str | None] = mapped_column(Text)
    afwijking_totaalplanning: Mapped[bool | None]
    afwijking_totaalplanning_toelichting: Mapped[str | None] = mapped_column(Text)

    portefeuillehouder: Mapped[str | None] = mapped_column(String(200))
    projectfase: Mapped[str | None] = mapped_column(String(200))
    besluitvorming: Mapped[str | None] = mapped_column(Text)
    overige_informatie: Mapped[str | None] = mapped_column(Text)

    dienstverlening: Mapped[str | None] = mapped_column(Text)
    samenvatting: Mapped[str | None] = mapped_column(Text)
    tevredenheid: Mapped[Decimal | None] = mapped_column(ExactDecimal(4, 1))
    mt_opmerking: Mapped[str | None] = mapped_column(Text)

    # Immutable and large: shown on the report, kept out of the audit trail.
    snapshot: Mapped[dict[str, Any]] = mapped_column(
        JsonDocument, default=dict, info={AUDIT_EXCLUDED: True}
    )
    telaat: Mapped[bool] = mapped_column(default=False)
    ingediend_op: Mapped[datetime | None]
    goedgekeurd_op: Mapped[datetime | None]
    aangemaakt_door_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("gebruikers.id", ondelete="RESTRICT")
    )
    versie: Mapped[int] = mapped_column(default=1)
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)
    gewijzigd_op: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    __mapper_args__ = {"version_id_col": versie}  # noqa: RUF012 - SQLAlchemy reads it


class RapportageVersie(UuidPrimaryKey, Base):
    """The content of a report as submitted; written once, never changed."""

    __tablename__ = "voortgangsrapportage_versies"
    __table_args__ = (UniqueConstraint("rapportage_id", "volgnummer"),)

    rapportage_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("voortgangsrapportages.id", ondelete="RESTRICT")
    )
    volgnummer: Mapped[int]
    ingediend_op: Mapped[datetime] = mapped_column(default=utcnow)
    ingediend_door_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("gebruikers.id", ondelete="RESTRICT")
    )
    ingediend_door_naam: Mapped[str] = mapped_column(String(200))
    telaat: Mapped[bool]
    inhoud: Mapped[dict[str, Any]] = mapped_column(JsonDocument)


class RapportageOvergang(UuidPrimaryKey, Base):
    """One workflow step: who moved the report from which status to which, and why."""

    __tablename__ = "voortgangsrapportage_overgangen"
    __table_args__ = (Index(None, "rapportage_id", "tijdstip"),)

    rapportage_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("voortgangsrapportages.id", ondelete="RESTRICT")
    )
    tijdstip: Mapped[datetime] = mapped_column(default=utcnow)
    actie: Mapped[Actie] = mapped_column(str_enum(Actie, "overgang_actie"))
    van: Mapped[RapportageStatus] = mapped_column(str_enum(RapportageStatus, "overgang_van"))
    naar: Mapped[RapportageStatus] = mapped_column(str_enum(RapportageStatus, "overgang_naar"))
    actor_gebruiker_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("gebruikers.id", ondelete="RESTRICT")
    )
    actor_naam: Mapped[str] = mapped_column(String(200))
    actor_rol: Mapped[str] = mapped_column(String(40))
    versie_volgnummer: Mapped[int]  # the submitted version this step concerns
    toelichting: Mapped[str | None] = mapped_column(Text)


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

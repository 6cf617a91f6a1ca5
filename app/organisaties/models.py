"""Organisations: municipalities (the tenants) and the other public bodies that participate."""

from datetime import datetime
from enum import StrEnum

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import Base, UuidPrimaryKey, str_enum, utcnow


class OrganisatieSoort(StrEnum):
    GEMEENTE = "gemeente"
    PROVINCIE = "provincie"
    WATERSCHAP = "waterschap"
    RIJK = "rijk"
    OVERIG = "overig"


class Organisatie(UuidPrimaryKey, Base):
    __tablename__ = "organisaties"

    naam: Mapped[str] = mapped_column(String(200), index=True)
    soort: Mapped[OrganisatieSoort] = mapped_column(str_enum(OrganisatieSoort, "soort"))
    cbs_code: Mapped[str | None] = mapped_column(String(6), unique=True)
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)

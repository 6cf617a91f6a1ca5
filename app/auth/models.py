"""Accounts and their bearer tokens (stored only as a SHA-256 hash)."""

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.auth.roles import Rol
from app.core.audit import AUDIT_EXCLUDED
from app.core.db import Base, JsonDocument, UuidPrimaryKey, str_enum, utcnow


class Gebruiker(UuidPrimaryKey, Base):
    """An account: municipal staff of one tenant, or the system of one verbonden partij."""

    __tablename__ = "gebruikers"
    __table_args__ = (
        CheckConstraint(
            "(rol = 'partner' AND verbonden_partij_id IS NOT NULL AND organisatie_id IS NULL)"
            " OR (rol <> 'partner' AND organisatie_id IS NOT NULL"
            " AND verbonden_partij_id IS NULL)",
            name="tenant_of_role",
        ),
        # An address is unique where its account lives: in its municipality, or for a
        # partner in its party. Another municipality's addresses are never compared
        # (issue 12, finding 4: a global check let any beheerder enumerate them).
        UniqueConstraint("organisatie_id", "email"),
        UniqueConstraint("verbonden_partij_id", "email"),
    )

    naam: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254), index=True)
    rol: Mapped[Rol] = mapped_column(str_enum(Rol, "rol"))
    organisatie_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisaties.id", ondelete="RESTRICT"), index=True
    )
    verbonden_partij_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("verbonden_partijen.id", ondelete="RESTRICT"), index=True
    )
    actief: Mapped[bool] = mapped_column(default=True)
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)
    # The kinds of mail the person turned off (app/gebruikers/voorkeuren.py).
    meldingen_uit: Mapped[list[str]] = mapped_column(JsonDocument, default=list)


class Token(UuidPrimaryKey, Base):
    """A bearer token. Revoking sets `ingetrokken_op`; the row stays for the audit trail."""

    __tablename__ = "tokens"
    __table_args__ = (Index(None, "gebruiker_id", "aangemaakt_op"),)

    gebruiker_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("gebruikers.id", ondelete="RESTRICT")
    )
    omschrijving: Mapped[str] = mapped_column(String(200))
    hash: Mapped[str] = mapped_column(String(64), unique=True, info={AUDIT_EXCLUDED: True})
    prefix: Mapped[str] = mapped_column(String(12))
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)
    verloopt_op: Mapped[datetime]
    ingetrokken_op: Mapped[datetime | None]

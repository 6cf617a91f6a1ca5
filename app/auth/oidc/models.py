"""Issuers registered with the CLI, accounts linked to a subject of an issuer, and the
pending browser sign-ins."""

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.core.audit import AUDIT_EXCLUDED
from app.core.db import Base, UuidPrimaryKey, utcnow


class OidcUitgever(UuidPrimaryKey, Base):
    """An identity provider trusted for the accounts of one municipality (one of several on a
    shared service). Its client secret is stored encrypted (app/auth/oidc/secrets.py)."""

    __tablename__ = "oidc_uitgevers"

    issuer: Mapped[str] = mapped_column(String(500), unique=True)
    organisatie_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("organisaties.id", ondelete="RESTRICT"), index=True
    )
    naam: Mapped[str] = mapped_column(String(200))
    client_id: Mapped[str] = mapped_column(String(500))
    client_secret_versleuteld: Mapped[str | None] = mapped_column(Text, info={AUDIT_EXCLUDED: True})
    audience: Mapped[str | None] = mapped_column(String(500))
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)


class OidcKoppeling(UuidPrimaryKey, Base):
    """An account of VP Monitor linked to a person (`sub`) at an issuer: made at the first
    sign-in by a verified e-mail address, then found by the subject alone."""

    __tablename__ = "oidc_koppelingen"
    __table_args__ = (
        UniqueConstraint("issuer", "sub"),
        UniqueConstraint("issuer", "gebruiker_id"),
    )

    issuer: Mapped[str] = mapped_column(String(500))
    sub: Mapped[str] = mapped_column(String(255))
    gebruiker_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("gebruikers.id", ondelete="CASCADE"), index=True
    )
    gekoppeld_op: Mapped[datetime] = mapped_column(default=utcnow)


class OidcAanmeldpoging(UuidPrimaryKey, Base):
    """A browser sign-in between the redirect to the issuer and its return: used once, and
    only within `VPM_OIDC_SIGN_IN_SECONDS`. `state` and the browser binding are stored as
    hashes; the code verifier never leaves the server."""

    __tablename__ = "oidc_aanmeldpogingen"

    state_hash: Mapped[str] = mapped_column(String(64), unique=True)
    browser_hash: Mapped[str] = mapped_column(String(64))
    issuer: Mapped[str] = mapped_column(String(500))
    nonce: Mapped[str] = mapped_column(String(100))
    code_verifier: Mapped[str] = mapped_column(String(128))
    terug_naar: Mapped[str] = mapped_column(String(500), default="/")
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow, index=True)

"""The server-side session of a signed-in browser."""

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.core.audit import AUDIT_EXCLUDED
from app.core.db import Base, UuidPrimaryKey, utcnow


class WebSessie(UuidPrimaryKey, Base):
    """A browser signed in as an account. The cookie carries a random key; only its SHA-256
    is stored, so the table cannot be replayed into a browser. Ending a session deletes it.

    `oidc_uitgever` and `oidc_id_token_hint` are kept for RP-initiated logout when the
    session began with an identity provider's sign-in."""

    __tablename__ = "web_sessies"
    __table_args__ = (Index(None, "verloopt_op"),)

    sleutel_hash: Mapped[str] = mapped_column(String(64), unique=True, info={AUDIT_EXCLUDED: True})
    gebruiker_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("gebruikers.id", ondelete="CASCADE"), index=True
    )
    aangemeld_via: Mapped[str] = mapped_column(String(20))
    aangemaakt_op: Mapped[datetime] = mapped_column(default=utcnow)
    laatst_gezien_op: Mapped[datetime] = mapped_column(default=utcnow)
    verloopt_op: Mapped[datetime]
    csrf_geheim: Mapped[str] = mapped_column(String(64), info={AUDIT_EXCLUDED: True})
    oidc_uitgever: Mapped[str | None] = mapped_column(String(500))
    oidc_id_token_hint: Mapped[str | None] = mapped_column(Text, info={AUDIT_EXCLUDED: True})

"""The transactional outbox: one row per event, written in the transaction of its cause."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from app.core.db import Base, JsonDocument, UuidPrimaryKey, utcnow


class Gebeurtenis(UuidPrimaryKey, Base):
    """Something happened that people or systems may need to hear about.

    Its id is the CloudEvents `id` and the Standard Webhooks `webhook-id`: the same on every
    (re)delivery. `organisatie_id` set: private to that municipality; else shared by the
    participants of `verbonden_partij_id`. `verwerkt_op` is set once the worker has turned it
    into deliveries.
    """

    __tablename__ = "gebeurtenissen"
    __table_args__ = (Index(None, "verwerkt_op", "tijd"),)

    type: Mapped[str] = mapped_column(String(100))
    subject: Mapped[uuid.UUID]
    tijd: Mapped[datetime] = mapped_column(default=utcnow)
    data: Mapped[dict[str, Any]] = mapped_column(JsonDocument)
    dataref: Mapped[str] = mapped_column(String(300))
    verbonden_partij_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("verbonden_partijen.id", ondelete="RESTRICT"), index=True
    )
    organisatie_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisaties.id", ondelete="RESTRICT")
    )
    verwerkt_op: Mapped[datetime | None]

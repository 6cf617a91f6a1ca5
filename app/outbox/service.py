"""The outbox API the domains call: write an event in the caller's own transaction.

This package sits below the domains (they call it) and above `core`; the notifications domain
(`app.meldingen`) reads the rows and delivers them. Nothing here knows a domain.
"""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.db import utcnow
from app.outbox.models import Gebeurtenis


async def publish(
    session: AsyncSession,
    type_: str,
    subject: uuid.UUID,
    dataref: str,
    *,
    data: dict[str, Any],
    verbonden_partij_id: uuid.UUID | None = None,
    organisatie_id: uuid.UUID | None = None,
    tijd: datetime | None = None,
) -> Gebeurtenis:
    """Record an event in the transaction of the change that causes it, so a crash loses
    neither: `data` holds ids and the state change only, never private content; `dataref` is
    the object's API path under /api/v1 (e.g. `/rapportages/{id}`)."""
    event = Gebeurtenis(
        type=type_,
        subject=subject,
        dataref=dataref,
        data=data,
        verbonden_partij_id=verbonden_partij_id,
        organisatie_id=organisatie_id,
        tijd=tijd or utcnow(),
    )
    session.add(event)
    await session.flush()
    return event

"""The outcomes stored with the measurements (`metingen.uitkomst`), decided again in SQL.

A push stores each measurement's outcome as it judges it. When a norm gets a new version, the
outcomes of its measurements are decided again here, in the norm's writing transaction, each
against the version in force on its period's first day (`uitkomst_sql`, the rule's SQL twin).
The reports' domain sits above the norms' one, so the table is named here as a table clause;
its model is `app.rapportages.models.Meting`.
"""

import uuid
from collections.abc import Collection

from sqlalchemy import Date, String, Uuid, column, select, table, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.servicenormen.models import NormValue, ServicenormVersie
from app.servicenormen.sql import uitkomst_sql

METINGEN = table(
    "metingen",
    column("servicenorm_id", Uuid()),
    column("periode_start", Date()),
    column("waarde", NormValue()),
    column("uitkomst", String(40)),
)


async def judge_stored(session: AsyncSession, norm_ids: Collection[uuid.UUID]) -> None:
    """Set the stored outcome of every measurement of these norms (NULL: no version in force
    on its period's first day). One UPDATE."""
    if not norm_ids:
        return
    m, v = METINGEN.c, ServicenormVersie
    in_force = (
        select(uitkomst_sql(m.waarde, v.doelwaarde, v.tolerantie, v.richting))
        .where(v.servicenorm_id == m.servicenorm_id, v.geldig_vanaf <= m.periode_start)
        .order_by(v.geldig_vanaf.desc())
        .limit(1)
        .scalar_subquery()
    )
    await session.execute(
        update(METINGEN).where(m.servicenorm_id.in_(list(norm_ids))).values(uitkomst=in_force)
    )

"""Whether a municipality has written anything of its own about a party.

Its participation is what lets it read those records, so a participation with records on it
is ended (`einddatum`), never removed (API.md 1.1). The records live in domains above this
one, which it must not import; their tables are named here and read from the metadata, and
the municipality's private audit events about the party catch any record kind added later.
"""

import uuid

from sqlalchemy import Exists, Table, exists, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.audit import AuditGebeurtenis
from app.core.db import Base

# Tables of private records with both the municipality and the party on the row.
PRIVATE_TABLES = ("risicos", "evaluaties", "voortgangsrapportages", "dossierstukken")
# Audit entities that belong to the participation itself (removed with it).
PARTICIPATION_ENTITIES = ("deelname", "regievoerders")


async def has_own_records(
    session: AsyncSession, organisatie_id: uuid.UUID, party_id: uuid.UUID
) -> bool:
    """Risks, evaluations, status reports, recommendations or any other private write of the
    municipality about the party."""
    tables = Base.metadata.tables
    checks = [
        exists().where(
            table.c.organisatie_id == organisatie_id, table.c.verbonden_partij_id == party_id
        )
        for table in (tables[name] for name in PRIVATE_TABLES)
    ]
    links, aanbevelingen = tables["aanbeveling_partijen"], tables["aanbevelingen"]
    checks.append(_recommendations_about(aanbevelingen, links, organisatie_id, party_id))
    checks.append(
        exists().where(
            AuditGebeurtenis.organisatie_id == organisatie_id,
            AuditGebeurtenis.verbonden_partij_id == party_id,
            AuditGebeurtenis.gedeeld.is_(False),
            AuditGebeurtenis.entiteit.not_in(PARTICIPATION_ENTITIES),
        )
    )
    return bool((await session.execute(select(or_(*checks)))).scalar())


def _recommendations_about(
    aanbevelingen: Table, links: Table, organisatie_id: uuid.UUID, party_id: uuid.UUID
) -> Exists:
    return exists().where(
        links.c.aanbeveling_id == aanbevelingen.c.id,
        links.c.verbonden_partij_id == party_id,
        aanbevelingen.c.organisatie_id == organisatie_id,
    )

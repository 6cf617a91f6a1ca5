"""Reading the audit trail of a municipality."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, or_, select

from app.auth.principal import Principal
from app.core.audit import AuditGebeurtenis
from app.verbonden_partijen.visibility import participated_party_ids


@dataclass(frozen=True)
class AuditFilter:
    entiteit: str | None = None
    entiteit_id: uuid.UUID | None = None
    verbonden_partij_id: uuid.UUID | None = None
    vanaf: datetime | None = None
    tot: datetime | None = None


def readable_events(beheerder: Principal, filters: AuditFilter) -> Select[AuditGebeurtenis]:
    """The municipality's own events, and the events on shared data of its parties."""
    tenant = beheerder.tenant_id
    statement = select(AuditGebeurtenis).where(
        or_(
            AuditGebeurtenis.organisatie_id == tenant,
            AuditGebeurtenis.gedeeld.is_(True)
            & AuditGebeurtenis.verbonden_partij_id.in_(participated_party_ids(tenant)),
        )
    )
    if filters.entiteit:
        statement = statement.where(AuditGebeurtenis.entiteit == filters.entiteit)
    if filters.entiteit_id:
        statement = statement.where(AuditGebeurtenis.entiteit_id == filters.entiteit_id)
    if filters.verbonden_partij_id:
        statement = statement.where(
            AuditGebeurtenis.verbonden_partij_id == filters.verbonden_partij_id
        )
    if filters.vanaf:
        statement = statement.where(AuditGebeurtenis.tijdstip >= filters.vanaf)
    if filters.tot:
        statement = statement.where(AuditGebeurtenis.tijdstip < filters.tot)
    return statement.order_by(AuditGebeurtenis.tijdstip.desc(), AuditGebeurtenis.id)

"""Use cases of a municipality's deviation thresholds (private to it)."""

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.begrotingen import repository
from app.begrotingen.deviations import Drempels
from app.begrotingen.models import Afwijkingsdrempel
from app.begrotingen.schemas import AfwijkingsdrempelsInput, AfwijkingsdrempelsRead
from app.core import audit
from app.core.etag import require_current

AUDIT_ENTITEIT = "afwijkingsdrempels"


def _view(stored: Afwijkingsdrempel | None) -> AfwijkingsdrempelsRead:
    if stored is None:
        defaults = Drempels()
        return AfwijkingsdrempelsRead(
            bedrag=defaults.bedrag, percentage=defaults.percentage, standaard=True, versie=0
        )
    return AfwijkingsdrempelsRead(
        bedrag=stored.bedrag, percentage=stored.percentage, standaard=False, versie=stored.versie
    )


async def get_thresholds(session: AsyncSession, principal: Principal) -> AfwijkingsdrempelsRead:
    """The caller's municipality's thresholds, or the defaults."""
    return _view(await repository.thresholds(session, principal.tenant_id))


async def put_thresholds(
    session: AsyncSession,
    beheerder: Principal,
    data: AfwijkingsdrempelsInput,
    if_match: str | None,
) -> AfwijkingsdrempelsRead:
    """Set the municipality's thresholds; replacing stored ones needs If-Match (the defaults
    have ETag "0" and may be replaced without)."""
    stored = await repository.thresholds(session, beheerder.tenant_id)
    if stored is None:
        if if_match:
            require_current(if_match, 0)
        stored = Afwijkingsdrempel(organisatie_id=beheerder.tenant_id, **data.model_dump())
        session.add(stored)
        before = None
    else:
        require_current(if_match, stored.versie)
        before = audit.snapshot(stored)
        stored.bedrag, stored.percentage = data.bedrag, data.percentage
    await session.flush()
    await audit.record(
        session,
        beheerder,
        actie="aangemaakt" if before is None else "gewijzigd",
        entiteit=AUDIT_ENTITEIT,
        entiteit_id=stored.id,
        voor=before,
        na=audit.snapshot(stored),
    )
    return _view(stored)

"""Per party the municipality's dossier: how many reviews are overdue among the documents it
sees (the party's shared ones and its own), and whether it keeps a handover document."""

import uuid
from dataclasses import dataclass
from functools import cache

from sqlalchemy import bindparam, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.dashboard.scope import AnySelect, PartySet, in_scope
from app.dossier.models import Dossiersoort, Dossierstuk, DossierZichtbaarheid
from app.dossier.rules import next_review, review_overdue


@dataclass(frozen=True, slots=True)
class DossierStand:
    verlopen: int  # documents whose review is overdue
    overdrachtsdocument: bool  # the municipality keeps a handover document of the party


NO_DOSSIER = DossierStand(0, False)


@cache
def _statement(as_array: bool) -> AnySelect:
    stuk = Dossierstuk
    return select(
        stuk.verbonden_partij_id,
        stuk.organisatie_id,
        stuk.soort,
        stuk.laatst_beoordeeld_op,
        stuk.beoordelingsinterval_maanden,
        stuk.aangemaakt_op,
    ).where(
        in_scope(stuk.verbonden_partij_id, as_array),
        or_(
            stuk.zichtbaarheid == DossierZichtbaarheid.GEDEELD,
            stuk.organisatie_id == bindparam("organisatie_id"),
        ),
    )


async def dossier_states(session: AsyncSession, scope: PartySet) -> dict[uuid.UUID, DossierStand]:
    """Per party with any visible document its dossier's state. One query."""
    counts: dict[uuid.UUID, tuple[int, bool]] = {}
    rows = await session.execute(_statement(scope.as_array), scope.params())
    for party_id, organisatie_id, soort, laatst, interval, aangemaakt in rows.all():
        overdue, handover = counts.get(party_id, (0, False))
        volgende = next_review(laatst, interval, aangemaakt.date())
        overdue += review_overdue(volgende, scope.today)
        handover = handover or (
            soort is Dossiersoort.OVERDRACHTSDOCUMENT and organisatie_id == scope.organisatie_id
        )
        counts[party_id] = (overdue, handover)
    return {party_id: DossierStand(*found) for party_id, found in counts.items()}

"""What other domains read of the dossier (the scheduled checks): the documents a
municipality sees whose review is overdue. The caller has checked the parties."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.dossier import repository
from app.dossier.rules import next_review, review_overdue


@dataclass(frozen=True)
class VerlopenBeoordeling:
    stuk_id: uuid.UUID
    verbonden_partij_id: uuid.UUID
    titel: str
    eigenaar: str | None
    volgende_beoordeling_op: date


async def overdue_reviews(
    session: AsyncSession, organisatie_id: uuid.UUID, party_ids: Sequence[uuid.UUID], today: date
) -> list[VerlopenBeoordeling]:
    """The shared documents of `party_ids` and the municipality's own whose review is
    overdue, oldest due date first. One query."""
    found = []
    for stuk in await repository.visible_of_parties(session, organisatie_id, party_ids):
        volgende = next_review(
            stuk.laatst_beoordeeld_op, stuk.beoordelingsinterval_maanden, stuk.aangemaakt_op.date()
        )
        if volgende is not None and review_overdue(volgende, today):
            found.append(
                VerlopenBeoordeling(
                    stuk.id, stuk.verbonden_partij_id, stuk.titel, stuk.eigenaar, volgende
                )
            )
    return sorted(found, key=lambda item: (item.volgende_beoordeling_op, item.titel))

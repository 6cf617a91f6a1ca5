"""What other domains read of the improvement plan: the status report's prefill and the
dashboard. The caller has checked that the municipality may see the party."""

import uuid
from datetime import date

from pydantic import Field
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.schemas import ApiModel
from app.verbeterplan import repository


class AchterstalligeActie(ApiModel):
    id: uuid.UUID
    aanbeveling_id: uuid.UUID
    aanbeveling_code: str
    omschrijving: str
    eigenaar: str | None
    planning: date
    planning_tekst: str | None


class ActionSummary(ApiModel):
    open: int = Field(description="Unfinished actions (open or in_uitvoering).")
    achterstallig: int = Field(description="Of those, the ones past their planned date.")
    achterstallige_acties: list[AchterstalligeActie]


async def action_summary(
    session: AsyncSession, organisatie_id: uuid.UUID, verbonden_partij_id: uuid.UUID, today: date
) -> ActionSummary:
    """The unfinished and overdue actions of the municipality's recommendations linked to the
    party, as of `today`, with the overdue ones listed (soonest due first). Two queries."""
    unfinished, late = await repository.party_action_counts(
        session, organisatie_id, verbonden_partij_id, today
    )
    overdue = await repository.party_overdue_actions(
        session, organisatie_id, verbonden_partij_id, today
    )
    return ActionSummary(
        open=unfinished,
        achterstallig=late,
        achterstallige_acties=[
            AchterstalligeActie(
                id=actie.id,
                aanbeveling_id=actie.aanbeveling_id,
                aanbeveling_code=code,
                omschrijving=actie.omschrijving,
                eigenaar=actie.eigenaar,
                planning=actie.planning or today,
                planning_tekst=actie.planning_tekst,
            )
            for actie, code in overdue
        ],
    )


class PartijVerwijzing(ApiModel):
    id: uuid.UUID
    naam: str


class AchterstalligePlanActie(AchterstalligeActie):
    aanbeveling_tekst: str
    verbonden_partijen: list[PartijVerwijzing] = Field(
        description="The parties the recommendation is about (none: the plan as a whole)."
    )


async def overdue_actions_of_plan(
    session: AsyncSession, organisatie_id: uuid.UUID, today: date
) -> list[AchterstalligePlanActie]:
    """Every action of the municipality's improvement plan past its planned date and not done
    as of `today`, soonest due first, with the parties its recommendation is about. Two
    queries."""
    overdue = await repository.overdue_actions_of_plan(session, organisatie_id, today)
    links = await repository.linked_parties(
        session, organisatie_id, list({actie.aanbeveling_id for actie, _, _ in overdue})
    )
    return [
        AchterstalligePlanActie(
            id=actie.id,
            aanbeveling_id=actie.aanbeveling_id,
            aanbeveling_code=code,
            aanbeveling_tekst=tekst,
            omschrijving=actie.omschrijving,
            eigenaar=actie.eigenaar,
            planning=actie.planning or today,
            planning_tekst=actie.planning_tekst,
            verbonden_partijen=[
                PartijVerwijzing(id=party_id, naam=naam)
                for party_id, naam in links.get(actie.aanbeveling_id, [])
            ],
        )
        for actie, code, tekst in overdue
    ]

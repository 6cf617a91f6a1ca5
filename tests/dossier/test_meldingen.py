"""An overdue dossier review is a signal of the municipality that sees the document: in the
daily digest of the party's regievoerder, and an event of its own, published once."""

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.clock import today
from app.gebruikers.voorkeuren import MeldingSoort
from app.meldingen import checks
from app.outbox import types
from app.outbox.models import Gebeurtenis
from tests.conftest import DemoIds


async def test_the_demos_overdue_handover_review_is_arnhems_signal_only(
    session: AsyncSession, demo: DemoIds
) -> None:
    states = {
        state.organisatie_id: state for state in await checks.municipality_states(session, today())
    }
    arnhem = states[demo.organisation("Arnhem")]
    renkum = states[demo.organisation("Renkum")]

    dossier = [s for s in arnhem.signalen if s.soort is MeldingSoort.DOSSIER_BEOORDELING]
    assert [s.tekst.split(":")[0] for s in dossier] == ["De Connectie"]
    assert "Overdrachtsdocument regie De Connectie" in dossier[0].tekst
    assert dossier[0].pad.endswith("/dossier")
    assert not [s for s in renkum.signalen if s.soort is MeldingSoort.DOSSIER_BEOORDELING]


async def test_the_event_is_published_once_for_the_municipality(
    session: AsyncSession, demo: DemoIds
) -> None:
    now = datetime.now(UTC)
    for _ in range(2):
        await checks.publish_due_events(
            session, await checks.municipality_states(session, today()), now
        )

    statement = select(Gebeurtenis).where(Gebeurtenis.type == types.DOSSIER_BEOORDELING_VERLOPEN)
    events = list((await session.execute(statement)).scalars())
    assert len(events) == 1
    assert events[0].organisatie_id == demo.organisation("Arnhem")
    assert events[0].verbonden_partij_id == demo.party("De Connectie")

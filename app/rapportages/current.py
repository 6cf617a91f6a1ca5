"""Which measurement is current, decided when it is written (`metingen.actueel`).

Per norm and period the current measurement is the one of the latest received revision that
no later revision superseded (ties: the larger report id), as the reads chose it before they
read the flag. A push's rows are the latest received, so they are current from their insert;
the push then takes the flag from the rows they replace and from the revision it supersedes,
and where that revision held a norm and period the push does not, chooses again among the
rest (`refresh_current`). All in the push's transaction.
"""

import uuid
from collections.abc import Collection

from sqlalchemy import Executable, Uuid, exists, func, select, union_all, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.core.periods import Periode
from app.core.sql_lists import one_of, uses_arrays
from app.rapportages.models import Meting, Rapportage
from app.servicenormen.models import Servicenorm
from app.verbonden_partijen.models import VerbondenPartij

Pair = tuple[uuid.UUID, str]  # a norm and a period


async def mark_pushed(
    session: AsyncSession,
    party_id: uuid.UUID,
    report_id: uuid.UUID,
    previous_id: uuid.UUID | None,
    pushed: Collection[Pair],
) -> None:
    """The pushed report's rows (inserted current) replace the current rows of their norms and
    periods; the superseded revision's rows stop being current. Three statements whatever the
    number of rows and periods: the party's row locked, the current rows of the party's norms
    in the pushed periods and of the superseded revision, then those to replace, by id.

    The lock (`FOR NO KEY UPDATE`: inserts that only reference the party still pass) makes
    two pushes for one party take turns here: the second waits until the first committed, and
    its lookup then sees the first one's rows (each statement of a READ COMMITTED transaction
    sees what was committed before it began). Without it, two reports of different kinds for
    one period pushed at once would both stay current. SQLite has one writer at a time."""
    await session.execute(
        select(VerbondenPartij.id)
        .where(VerbondenPartij.id == party_id)
        .with_for_update(key_share=True)
    )
    pairs = set(pushed)
    found = await session.execute(_current_rows(party_id, report_id, previous_id, pairs))
    replaced, orphaned = set(), set()
    for meting_id, norm, periode, rapportage_id in found.all():
        if (norm, periode) in pairs:
            replaced.add(meting_id)
        elif rapportage_id == previous_id:
            replaced.add(meting_id)
            orphaned.add(norm)
    if replaced:
        as_array = uses_arrays(session)
        await session.execute(
            update(Meting)
            .where(one_of(Meting.id, Uuid(), as_array=as_array, values=replaced))
            .values(actueel=False)
            .execution_options(synchronize_session=False)
        )
    if orphaned:
        # The superseded revision held a norm and period this push does not: another report's
        # row may be its current one now.
        await refresh_current(session, orphaned)


def _current_rows(
    party_id: uuid.UUID, report_id: uuid.UUID, previous_id: uuid.UUID | None, pairs: set[Pair]
) -> Executable:
    """The current rows of the party's norms in the pushed periods (the pushed pairs among
    them are picked out by the caller) and, apart, those of the superseded revision: two
    index lookups (`ix_metingen_actueel` per norm of the party, the revision's unique key).
    In one WHERE joined by OR, and with the pushed norms as a list, PostgreSQL scanned the
    table: a third of a push of 1,000 metingen."""
    columns = (Meting.id, Meting.servicenorm_id, Meting.periode, Meting.rapportage_id)
    periods = {periode for _, periode in pairs}  # with their ends: the index's second column
    in_pushed_periods = (
        select(*columns)
        .join(Servicenorm, Servicenorm.id == Meting.servicenorm_id)
        .where(
            Servicenorm.verbonden_partij_id == party_id,
            Meting.actueel,
            Meting.rapportage_id != report_id,
            Meting.periode_eind.in_(sorted({Periode.parse(periode).end for periode in periods})),
            Meting.periode.in_(sorted(periods)),
        )
    )
    if previous_id is None:
        return in_pushed_periods
    of_superseded = select(*columns).where(Meting.actueel, Meting.rapportage_id == previous_id)
    return union_all(in_pushed_periods, of_superseded)


async def refresh_current(session: AsyncSession, norm_ids: Collection[uuid.UUID]) -> None:
    """Choose the current measurement of every period of these norms again, from scratch.
    One UPDATE."""
    if not norm_ids:
        return
    ids = list(norm_ids)
    later = aliased(Rapportage)
    ranked = (
        select(
            Meting.id.label("id"),
            func.row_number()
            .over(
                partition_by=(Meting.servicenorm_id, Meting.periode),
                order_by=(Rapportage.ontvangen_op.desc(), Rapportage.id.desc()),
            )
            .label("rang"),
        )
        .join(Rapportage, Rapportage.id == Meting.rapportage_id)
        .where(Meting.servicenorm_id.in_(ids), ~exists().where(later.vervangt_id == Rapportage.id))
        .subquery("gerangschikt")
    )
    winners = select(ranked.c.id).where(ranked.c.rang == 1)
    await session.execute(
        update(Meting)
        .where(Meting.servicenorm_id.in_(ids))
        .values(actueel=Meting.id.in_(winners))
        .execution_options(synchronize_session=False)
    )

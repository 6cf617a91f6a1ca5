"""Read models other domains call (the semiannual status report, the dashboard).

They take a party id and trust the caller to have checked that the party is visible.
"""

import uuid
from collections import Counter
from datetime import date
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.periods import Periode
from app.rapportages import repository
from app.rapportages.models import Meting
from app.rapportages.schemas import (
    NormOutcome,
    NormOutcomeSummary,
    TijdigheidAantallen,
    TijdigheidRegel,
    TimelinessSummary,
)
from app.rapportages.timeliness import Tijdigheid, deadline, periods_ending_within, tijdigheid
from app.servicenormen import service as normen
from app.servicenormen.outcomes import Uitkomst, judge, version_at
from app.verbonden_partijen import service as partijen


async def norm_outcomes_for_period(
    session: AsyncSession, verbonden_partij_id: uuid.UUID, periode: Periode
) -> NormOutcomeSummary:
    """For every norm of the party: its latest current measurement of a period ending within
    `periode` (latest revision), and that measurement's outcome."""
    norms = await normen.all_norms_of(session, verbonden_partij_id)
    rows = await repository.current_metingen_of_party(
        session, verbonden_partij_id, periode.start, periode.end
    )
    latest: dict[uuid.UUID, Meting] = {}
    for row, _ in rows:  # ordered by norm and period: the last one wins
        latest[row.servicenorm_id] = row
    outcomes = []
    for norm in norms:
        found = latest.get(norm.id)
        measured = Periode.parse(found.periode) if found else None
        outcomes.append(
            NormOutcome(
                servicenorm_id=norm.id,
                code=norm.code,
                naam=norm.naam,
                periode=measured,
                waarde=found.waarde if found else None,
                uitkomst=(
                    judge(norm.versies, measured.start, found.waarde)
                    if found and measured
                    else None
                ),
            )
        )
    counts = Counter(outcome.uitkomst for outcome in outcomes)
    measured_count = len(outcomes) - counts[None]
    share = (
        (Decimal(100) * counts[Uitkomst.gehaald] / measured_count).quantize(Decimal("0.1"))
        if measured_count
        else None
    )
    return NormOutcomeSummary(
        verbonden_partij_id=verbonden_partij_id,
        periode=periode,
        gehaald=counts[Uitkomst.gehaald],
        aandacht=counts[Uitkomst.aandacht],
        niet_gehaald=counts[Uitkomst.niet_gehaald],
        zonder_meting=counts[None],
        aandeel_gehaald=share,
        normen=outcomes,
    )


async def timeliness_for_period(
    session: AsyncSession, verbonden_partij_id: uuid.UUID, periode: Periode, today: date
) -> TimelinessSummary:
    """Per norm and each of its periods ending within `periode`: received on time, late,
    missing (deadline passed) or still expected."""
    return await timeliness_between(session, verbonden_partij_id, periode, periode, today)


async def timeliness_between(
    session: AsyncSession, verbonden_partij_id: uuid.UUID, van: Periode, tot: Periode, today: date
) -> TimelinessSummary:
    """Timeliness for the periods ending from `van`'s first day to `tot`'s last day. A norm's
    periods count from the first in which a version of it is in force."""
    termijn = await partijen.reporting_term_days(session, verbonden_partij_id)
    norms = await normen.all_norms_of(session, verbonden_partij_id)
    received = await repository.first_receipts(session, verbonden_partij_id, van.start, tot.end)
    regels = []
    for norm in norms:
        for period in periods_ending_within(norm.frequentie, van, tot):
            if version_at(norm.versies, period.start) is None:
                continue
            first = received.get((norm.id, str(period)))
            regels.append(
                TijdigheidRegel(
                    servicenorm_id=norm.id,
                    norm_code=norm.code,
                    naam=norm.naam,
                    periode=period,
                    deadline=deadline(period, termijn),
                    ontvangen_op=first,
                    status=tijdigheid(period, termijn, first, today),
                )
            )
    counts = Counter(regel.status for regel in regels)
    return TimelinessSummary(
        verbonden_partij_id=verbonden_partij_id,
        van=van,
        tot=tot,
        peildatum=today,
        rapportagetermijn_dagen=termijn,
        aantallen=TijdigheidAantallen(
            verwacht=counts[Tijdigheid.verwacht],
            op_tijd=counts[Tijdigheid.op_tijd],
            te_laat=counts[Tijdigheid.te_laat],
            ontbrekend=counts[Tijdigheid.ontbrekend],
        ),
        op_tijd=counts[Tijdigheid.te_laat] == 0 and counts[Tijdigheid.ontbrekend] == 0,
        regels=regels,
    )

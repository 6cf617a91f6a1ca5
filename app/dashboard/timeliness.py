"""Late and missing partner reports per party, from grouped rows: the rule of
`app.rapportages.summaries.timeliness_between` (`tijdigheid`, `periods_ending_within`), each
row weighted by the number of norms it stands for. Pure."""

import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from app.core.periods import Periode
from app.dashboard.queries.timeliness import NormGroep, Ontvangst
from app.rapportages.timeliness import Tijdigheid, periods_ending_within, tijdigheid


@dataclass(frozen=True)
class TijdigheidTelling:
    te_laat: int
    ontbrekend: int


def window(today: date) -> tuple[Periode, Periode]:
    """The previous and the current half-year: the periods ending from the first's first day
    to the second's last day count."""
    current = Periode.half_year_of(today)
    return current.previous(), current


def late_and_missing(
    groepen: Sequence[NormGroep],
    ontvangsten: Sequence[Ontvangst],
    termijnen: Mapping[uuid.UUID, int],
    today: date,
) -> dict[uuid.UUID, TijdigheidTelling]:
    """Per party with norms: the (norm, period) pairs received late, and those missing."""
    van, tot = window(today)
    received: dict[tuple[uuid.UUID, str, date, str], list[Ontvangst]] = defaultdict(list)
    for row in ontvangsten:
        received[(row.partij, row.frequentie.value, row.vanaf, row.periode)].append(row)
    late: dict[uuid.UUID, int] = defaultdict(int)
    missing: dict[uuid.UUID, int] = defaultdict(int)
    for groep in groepen:
        termijn = termijnen.get(groep.partij)
        if termijn is None:
            continue
        for period in periods_ending_within(groep.frequentie, van, tot):
            if period.start < groep.vanaf:  # no version of these norms in force yet
                continue
            rows = received.get(
                (groep.partij, groep.frequentie.value, groep.vanaf, str(period)), []
            )
            for row in rows:
                if tijdigheid(period, termijn, row.eerst, today) is Tijdigheid.te_laat:
                    late[groep.partij] += row.aantal
            unreported = groep.aantal - sum(row.aantal for row in rows)
            if unreported and tijdigheid(period, termijn, None, today) is Tijdigheid.ontbrekend:
                missing[groep.partij] += unreported
    return {
        party: TijdigheidTelling(late[party], missing[party])
        for party in {groep.partij for groep in groepen}
    }

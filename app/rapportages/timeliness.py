"""Whether a partner reported a norm's period on time. Pure.

The deadline of a period is its last day plus the party's reporting term in days (default
30). A period counts as received from the first report revision that carried a measurement of
the norm for it: `op_tijd` when that was on or before the deadline (Amsterdam date), `te_laat`
when after. Without a measurement it is `ontbrekend` once the deadline has passed, and
`verwacht` until then.
"""

from datetime import date, datetime, timedelta
from enum import StrEnum

from app.core.clock import AMSTERDAM
from app.core.periods import MONTHS_PER_PERIOD, Granulariteit, Periode


class Tijdigheid(StrEnum):
    verwacht = "verwacht"
    op_tijd = "op_tijd"
    te_laat = "te_laat"
    ontbrekend = "ontbrekend"


def deadline(periode: Periode, termijn_dagen: int) -> date:
    return periode.end + timedelta(days=termijn_dagen)


def tijdigheid(
    periode: Periode, termijn_dagen: int, first_received: datetime | None, today: date
) -> Tijdigheid:
    due = deadline(periode, termijn_dagen)
    if first_received is not None:
        received_on = first_received.astimezone(AMSTERDAM).date()
        return Tijdigheid.op_tijd if received_on <= due else Tijdigheid.te_laat
    return Tijdigheid.ontbrekend if today > due else Tijdigheid.verwacht


def periods_ending_within(frequentie: Granulariteit, van: Periode, tot: Periode) -> list[Periode]:
    """The periods of this frequency whose last day lies from `van`'s first to `tot`'s last
    day (a year's figure belongs to the half-year in which the year ends)."""
    months = MONTHS_PER_PERIOD[frequentie]
    first_month = (van.start.month - 1) // months * months + 1
    current = Periode(date(van.start.year, first_month, 1), months)
    periods = []
    while current.end <= tot.end:
        if current.end >= van.start:
            periods.append(current)
        current = current.next()
    return periods

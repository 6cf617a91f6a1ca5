"""When a dossier document is due for review, and what makes a dossier need attention. Pure."""

import calendar
from datetime import date


def add_months(day: date, months: int) -> date:
    """`day` plus `months` calendar months; the 31st of a shorter month becomes its last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_review(
    laatst_beoordeeld_op: date | None, interval_maanden: int | None, toegevoegd_op: date
) -> date | None:
    """The interval after the last review; a document never reviewed counts from the day it
    was added. No interval: no review is due."""
    if interval_maanden is None:
        return None
    return add_months(laatst_beoordeeld_op or toegevoegd_op, interval_maanden)


def review_overdue(volgende: date | None, today: date) -> bool:
    """Overdue from the day after the review was due."""
    return volgende is not None and volgende < today

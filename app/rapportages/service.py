"""The rapportages domain's entry point: the use cases routes, the CLI and other domains call.

Pushes are written in `push.py`, reads answered in `reads.py` and the figures derived from
them in `summaries.py`; callers name the use case here and need not know that split.
"""

from app.rapportages.push import purge_expired_keys, push_report
from app.rapportages.reads import get_report, list_reports, point_of, summary_of, time_series
from app.rapportages.summaries import norm_outcomes_for_period, timeliness_between

__all__ = [
    "get_report",
    "list_reports",
    "norm_outcomes_for_period",
    "point_of",
    "purge_expired_keys",
    "push_report",
    "summary_of",
    "time_series",
    "timeliness_between",
]

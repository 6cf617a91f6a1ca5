"""The rules of an evaluation that need no database. Pure."""

from datetime import date


def date_problem(jaar: int, datum: date) -> str | None:
    """A year is evaluated during or after it, not before it starts."""
    if datum < date(jaar, 1, 1):
        return f"An evaluation of {jaar} cannot be held before {jaar} starts."
    return None

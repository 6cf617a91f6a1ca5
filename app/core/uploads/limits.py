"""What an upload may cost to read: rows, cells and wall time, fixed before parsing starts.

The bounds count what a file *declares or addresses* (a sheet's `<dimension>`, row numbers,
cell references, every line of a CSV), not only the cells with content: a file that numbers
one row 10,000,000 addresses ten million rows, however small it is.
"""

import time
from dataclasses import dataclass

from app.core.errors import InvalidInput
from app.core.uploads.request import FIELD

MAX_COLUMNS = 26  # A..Z: the columns an import reads
DEFAULT_PARSE_SECONDS = 10.0


@dataclass(frozen=True)
class ParseLimits:
    """`max_rows`: the highest row number a file may address; `max_cells`: the most cells it
    may declare or address in all (by default `max_rows` full rows of `MAX_COLUMNS`);
    `seconds`: the wall time a parse may take."""

    max_rows: int
    seconds: float = DEFAULT_PARSE_SECONDS
    max_cells: int | None = None

    @property
    def cell_budget(self) -> int:
        return self.max_cells if self.max_cells is not None else self.max_rows * MAX_COLUMNS


class Deadline:
    """The moment a parse must have finished; parsers call `check()` as they go."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._ends = time.monotonic() + seconds

    def expired(self) -> bool:
        return time.monotonic() > self._ends

    def check(self) -> None:
        if self.expired():
            raise too_slow(self.seconds)


def too_slow(seconds: float) -> InvalidInput:
    return InvalidInput.field(
        FIELD,
        f"The file takes longer than {seconds:g} s to read, the most this service spends on "
        "one file. Send fewer rows or a simpler file.",
    )


def beyond_rows(max_rows: int) -> InvalidInput:
    return InvalidInput.field(
        FIELD, f"The file has rows beyond row {max_rows}, the most this import reads."
    )


def too_many_cells(addressed: int, budget: int) -> InvalidInput:
    return InvalidInput.field(
        FIELD,
        f"The sheet addresses {addressed} cells or more (empty ones included), more than the "
        f"{budget} this import reads. Remove the unused rows and columns.",
    )

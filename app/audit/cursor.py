"""The audit trail's page cursor: where the previous page ended, as an opaque string.

The trail is read newest first, ordered by (`tijdstip`, `id`) descending; a cursor holds
the position of the last event of a page, and the next page starts strictly after it. So a
page never moves when events are written meanwhile (they sort before the first page), and
reading page 10,000 costs what reading page 1 costs: an index range, no OFFSET.
"""

import base64
import binascii
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from app.core.errors import InvalidInput

FIELD = "cursor"


@dataclass(frozen=True)
class Position:
    """The sort key of one event."""

    tijdstip: datetime
    id: uuid.UUID


def encode(position: Position) -> str:
    text = f"{position.tijdstip.astimezone(UTC).isoformat()}|{position.id.hex}"
    return base64.urlsafe_b64encode(text.encode("ascii")).decode("ascii").rstrip("=")


def decode(cursor: str) -> Position:
    """The position in a cursor this service made; 400 naming `cursor` for anything else."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        text = base64.urlsafe_b64decode(padded.encode("ascii")).decode("ascii")
        moment, _, identifier = text.partition("|")
        tijdstip = datetime.fromisoformat(moment)
        if tijdstip.tzinfo is None:
            raise ValueError("no time zone")
        return Position(tijdstip.astimezone(UTC), uuid.UUID(hex=identifier))
    except (ValueError, UnicodeError, binascii.Error):
        raise InvalidInput.field(
            FIELD, "Not a cursor of this list: follow the `next` link of a previous page."
        ) from None

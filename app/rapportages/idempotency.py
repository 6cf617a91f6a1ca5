"""Idempotent pushes: what makes two requests "the same", and how long keys are kept. Pure."""

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated, Any

from fastapi import Header

# Keys are kept at least this long; never shorter than 24 hours (the API promises that).
RETENTION = timedelta(hours=48)
PROMISED_RETENTION = timedelta(hours=24)

KEY_PATTERN = r"^[\x21-\x7e]{1,255}$"

IDEMPOTENCY_KEY_DESCRIPTION = (
    "Een unieke sleutel per rapportage die u aanlevert, bijv. een UUID; verplicht voor "
    "partneraccounts. Opnieuw proberen met dezelfde sleutel en dezelfde body geeft het "
    "bewaarde antwoord terug (dezelfde status en body) en legt niets nieuws vast; dezelfde "
    "sleutel met een andere body geeft 422. Twee gelijktijdige verzoeken met één sleutel leggen "
    "één rapportage vast. Sleutels worden per account minstens 24 uur bewaard (nu 48); een "
    "geweigerde aanlevering (4xx) wordt niet onthouden en mag met dezelfde sleutel opnieuw."
)

IdempotencyKeyHeader = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        description=IDEMPOTENCY_KEY_DESCRIPTION,
        pattern=KEY_PATTERN,
    ),
]


@dataclass(frozen=True)
class StoredResponse:
    """A response as it was sent, to be sent again on a retry."""

    status_code: int
    body: str  # JSON, exactly as sent
    headers: dict[str, str]


def request_fingerprint(party_id: uuid.UUID, body: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON of the target and the validated body: equal meaning,
    equal hash (key order, whitespace and 91.5 vs 91.50 do not matter)."""
    canonical = json.dumps(
        {"verbondenPartijId": str(party_id), "body": body},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode()).hexdigest()

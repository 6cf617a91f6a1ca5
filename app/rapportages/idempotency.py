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
    "A unique key per report you push, e.g. a UUID; required for partner accounts. "
    "Retrying with the same key and the same body returns the stored response (same status "
    "and body) and stores nothing new; the same key with another body is 422. Two requests "
    "racing with one key store one report. Keys are kept at least 24 hours (currently 48) "
    "per account; a push that was refused (4xx) is not remembered and may be retried with "
    "the same key."
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

"""A partner's document post is safe to retry: its Idempotency-Key is kept with the document,
and a retry is recognised by the key and the request's fingerprint. Pure."""

import hashlib
import json
import uuid
from typing import Annotated, Any

from fastapi import Header

KEY_PATTERN = r"^[\x21-\x7e]{1,255}$"

DocumentKeyHeader = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        description="A unique key per document you post, e.g. a UUID; required for partner "
        "accounts. Retrying with the same key and the same body returns the document "
        "recorded the first time (201, same body) and stores nothing new; the same key with "
        "another body is 422. The key stays with the document.",
        pattern=KEY_PATTERN,
    ),
]


def fingerprint(account_id: uuid.UUID | None, party_id: uuid.UUID, body: dict[str, Any]) -> str:
    """Two posts are the same when the same account sent the same body for the same party."""
    canonical = json.dumps(
        {"account": str(account_id), "party": str(party_id), "body": body},
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()

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
        description="Een unieke sleutel per document dat u vastlegt, bijv. een UUID; verplicht "
        "voor partneraccounts. Opnieuw proberen met dezelfde sleutel en dezelfde body geeft "
        "het document van de eerste keer terug (201, dezelfde body) en legt niets nieuws vast; "
        "dezelfde sleutel met een andere body geeft 422. De sleutel blijft bij het document.",
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

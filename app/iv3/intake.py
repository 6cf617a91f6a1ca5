"""Everything done to a delivery's bytes before the database: parse within bounds, check,
turn into records, fingerprint. Synchronous and CPU-bound: the service runs it in a worker
thread, off the event loop."""

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from app.core.errors import InvalidParam
from app.iv3.definitions import Jaardefinitie
from app.iv3.figures import Cijfers, cijfers
from app.iv3.parsing import parse
from app.iv3.records import Eenheid, Regel, regels
from app.iv3.validation import all_problems


@dataclass(frozen=True)
class Bestand:
    """A delivery as read: its metadata, and either its problems or its records and figures."""

    metadata: dict[str, Any]
    problems: list[InvalidParam]
    definitie: Jaardefinitie | None
    regels: list[Regel]
    cijfers: Cijfers | None
    inhoud_hash: str


def read_file(content: bytes, eenheid: Eenheid) -> Bestand:
    """The file checked whole; 400 (InvalidInput) only for bytes that are no bounded JSON."""
    document = parse(content)
    definitie, problems = all_problems(document, eenheid)
    found = document.get("metadata") if isinstance(document, dict) else None
    metadata: dict[str, Any] = found if isinstance(found, dict) else {}
    fingerprint = _fingerprint(document, eenheid)
    if problems or definitie is None:
        return Bestand(
            metadata,
            problems,
            definitie,
            [],
            None,
            fingerprint,
        )
    records = list(regels(document["data"], eenheid))
    return Bestand(metadata, [], definitie, records, cijfers(records, definitie), fingerprint)


def _fingerprint(document: Any, eenheid: Eenheid) -> str:
    """SHA-256 of the canonical JSON and the unit: the same file again has the same hash
    whatever its key order or whitespace."""
    canonical = json.dumps(
        {"eenheid": eenheid.value, "bestand": document},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode()).hexdigest()

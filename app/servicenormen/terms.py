"""Light read models of norms for hot paths (validating a push, judging measurements)."""

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.core.periods import Granulariteit
from app.servicenormen.models import Eenheid, Richting


@dataclass(frozen=True, slots=True)
class VersieTerms:
    geldig_vanaf: date
    doelwaarde: Decimal
    tolerantie: Decimal
    richting: Richting


@dataclass(frozen=True, slots=True)
class NormTerms:
    """A norm with every version, oldest first: what judging a measurement needs."""

    id: uuid.UUID
    code: str
    naam: str
    eenheid: Eenheid
    frequentie: Granulariteit
    versies: tuple[VersieTerms, ...]
    verbonden_partij_id: uuid.UUID | None = None

"""What the national data set's generators share: the copier, a seeded random source, and
the municipalities and parties made so far."""

import random
import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from national_copy import Copier

from app.core.clock import today
from app.core.periods import Periode

MUNICIPALITIES = 342
PARTIES = 1_500
NORMS_PER_PARTY = 20
YEARS_OF_MEASUREMENTS = 5


@dataclass(frozen=True)
class Gemeente:
    id: uuid.UUID
    lezer_token: str
    mt_token: str
    regievoerder_tokens: tuple[str, ...]
    partijen: list[uuid.UUID] = field(default_factory=list)


@dataclass
class Context:
    copy: Copier
    rng: random.Random
    day: date = field(default_factory=today)
    gemeenten: list[Gemeente] = field(default_factory=list)
    participants: dict[uuid.UUID, list[tuple[uuid.UUID, Decimal]]] = field(default_factory=dict)
    regelingen: list[uuid.UUID] = field(default_factory=list)


def quarters(count: int, before: date) -> list[Periode]:
    """The last `count` quarters that ended before `before`, oldest first."""
    current = Periode(date(before.year, (before.month - 1) // 3 * 3 + 1, 1), 3)
    found = []
    for _ in range(count):
        current = current.previous()
        found.append(current)
    return list(reversed(found))


def half_years(count: int, before: date) -> list[Periode]:
    current = Periode.half_year_of(before)
    found = []
    for _ in range(count):
        current = current.previous()
        found.append(current)
    return list(reversed(found))


def money(low: int, high: int, rng: random.Random) -> Decimal:
    return Decimal(rng.randrange(low, high) * 1000)

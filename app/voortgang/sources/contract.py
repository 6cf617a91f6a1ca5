"""What a prefill source gets and gives (kept apart so sources and the registry share it)."""

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.periods import Periode


@dataclass(frozen=True)
class PrefillRequest:
    organisatie_id: uuid.UUID
    verbonden_partij_id: uuid.UUID
    periode: Periode
    today: date


@dataclass(frozen=True)
class PrefillContribution:
    """One section of the snapshot; `content` must be JSON-able (dates and ids become text).

    `afwijkingen` answers deviation flags by API name (`afwijkingBegroting`, …);
    `toelichtingen` proposes their explanations, by the same names; `aspecten` proposes the
    explanation of an aspect (`financien`, …).
    """

    section: str
    content: dict[str, Any]
    afwijkingen: dict[str, bool] = field(default_factory=dict)
    toelichtingen: dict[str, str] = field(default_factory=dict)
    aspecten: dict[str, str] = field(default_factory=dict)


PrefillSource = Callable[[AsyncSession, PrefillRequest], Awaitable[PrefillContribution | None]]

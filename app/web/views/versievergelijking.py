"""Two versions of a status report's content, field by field. Pure."""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.web.views.rapportageformulier import field_labels, values_of

HUIDIG = "huidig"  # the text as it stands now, beside the submitted versions "1", "2", …


@dataclass(frozen=True)
class Regel:
    label: str
    links: str
    rechts: str

    @property
    def gewijzigd(self) -> bool:
        return self.links.strip() != self.rechts.strip()


@dataclass(frozen=True)
class Vergelijking:
    keuzes: list[tuple[str, str]]  # (value, label) of every version one may choose
    links: str
    rechts: str
    regels: list[Regel]
    status: int = 200  # 400 when the address names a version that does not exist

    @property
    def aantal_gewijzigd(self) -> int:
        return sum(1 for regel in self.regels if regel.gewijzigd)


def _label(key: str) -> str:
    return "de tekst zoals die nu is" if key == HUIDIG else f"versie {key}"


def compare(
    contents: Mapping[str, Mapping[str, Any]], links: str | None, rechts: str | None
) -> Vergelijking:
    """`contents` by key ("1", "2", …, and HUIDIG, in that order); by default the last two."""
    keys = list(contents)
    default_right = keys[-2] if len(keys) > 1 else keys[-1]  # the last submission
    default_left = keys[-3] if len(keys) > 2 else HUIDIG  # the one before, else now
    if len(keys) == 2:  # one submission: it beside the text now
        default_left, default_right = keys[0], HUIDIG
    left = links or default_left
    right = rechts or default_right
    status = 200
    if left not in contents or right not in contents:
        left, right, status = default_left, default_right, 400
    labels = field_labels()
    a, b = values_of(contents[left]), values_of(contents[right])
    regels = [Regel(labels[name], a[name], b[name]) for name in labels]
    keuzes = [(key, _label(key)) for key in keys]
    return Vergelijking(keuzes, left, right, regels, status)

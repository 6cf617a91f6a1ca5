"""When a party needs attention on the overview (`aandacht=true`), and why. Pure.

A party needs attention when at least one of these holds; `aandachtRedenen` lists them in
this order:

| reason | when |
|---|---|
| `oordeel` | an aspect of the latest approved status report is rated `-` |
| `begroting` | a deviation flag of this year's budget is raised (municipal thresholds) |
| `normen` | under 80 % of the norms measured in the latest quarter were met |
| `tijdigheid` | a partner report of the last two half-years came late or is missing |
| `voortgangsrapportage` | the round's status report is late or missing after the deadline |
| `acties` | an action of the improvement plan is overdue |
| `risico` | the largest risk scores 15 or more (likelihood × impact) |
| `wgr` | a Wgr document due in the last year has not arrived |
| `kengetallen` | a key ratio's latest value is in category C (the municipality's signal values) |
"""

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

NORMEN_DREMPEL = Decimal(80)
RISICO_DREMPEL = 15


class Reden(StrEnum):
    OORDEEL = "oordeel"
    BEGROTING = "begroting"
    NORMEN = "normen"
    TIJDIGHEID = "tijdigheid"
    VOORTGANGSRAPPORTAGE = "voortgangsrapportage"
    ACTIES = "acties"
    RISICO = "risico"
    WGR = "wgr"
    KENGETALLEN = "kengetallen"


@dataclass(frozen=True)
class Signalen:
    """What the attention rule looks at, from one overview row."""

    oordeel_min: bool
    begroting_signaal: bool
    aandeel_normen_gehaald: Decimal | None
    te_laat_of_ontbrekend: int
    ronde_te_laat: bool
    acties_achterstallig: int
    risico_score: int | None
    wgr_achterstallig: int
    kengetallen_rood: int = 0


def redenen(signalen: Signalen) -> list[Reden]:
    """The reasons for attention, in the order of the table above."""
    s = signalen
    checks = [
        (Reden.OORDEEL, s.oordeel_min),
        (Reden.BEGROTING, s.begroting_signaal),
        (
            Reden.NORMEN,
            s.aandeel_normen_gehaald is not None and s.aandeel_normen_gehaald < NORMEN_DREMPEL,
        ),
        (Reden.TIJDIGHEID, s.te_laat_of_ontbrekend > 0),
        (Reden.VOORTGANGSRAPPORTAGE, s.ronde_te_laat),
        (Reden.ACTIES, s.acties_achterstallig > 0),
        (Reden.RISICO, s.risico_score is not None and s.risico_score >= RISICO_DREMPEL),
        (Reden.WGR, s.wgr_achterstallig > 0),
        (Reden.KENGETALLEN, s.kengetallen_rood > 0),
    ]
    return [reden for reden, holds in checks if holds]

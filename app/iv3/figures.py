"""What a delivery says about the party's budget year: totals before and after reserves, the
result, equity and debt at the start and end of the year, and which budget fields it fills.
Pure.

- Totals before reserves (BBV's *saldo van baten en lasten*): every taakveld except `0.10`
  (mutaties reserves) and `0.11` (resultaat). After reserves: with `0.10`. The result is
  baten minus lasten after reserves.
- Equity (*eigen vermogen*): balance codes P111, P112, P114; debt (*vreemd vermogen*): the
  other codes under `Tot_Pas` (provisions, long-term and current liabilities). Start of the
  year: standper `1 januari` or `1-1-<jaar>`; end: `ultimo` or `31-12-<jaar>`.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from app.iv3.definitions import EQUITY_CODES, Jaardefinitie
from app.iv3.records import Onderdeel, Regel

MUTATIES_RESERVES = "0.10"
RESULTAAT = "0.11"
ZERO = Decimal(0)


@dataclass(frozen=True)
class Totalen:
    lasten: Decimal
    baten: Decimal

    @property
    def saldo(self) -> Decimal:
        return self.baten - self.lasten


@dataclass(frozen=True)
class Vermogen:
    eigen_vermogen_begin: Decimal | None
    eigen_vermogen_einde: Decimal | None
    vreemd_vermogen_begin: Decimal | None
    vreemd_vermogen_einde: Decimal | None


@dataclass(frozen=True)
class Cijfers:
    voor_reserves: Totalen
    na_reserves: Totalen
    vermogen: Vermogen

    @property
    def resultaat(self) -> Decimal:
        return self.na_reserves.saldo


def cijfers(regels: Iterable[Regel], definitie: Jaardefinitie) -> Cijfers:
    sums = {"voor": [ZERO, ZERO], "na": [ZERO, ZERO]}
    begin_einde = {"eigen": [ZERO, ZERO], "vreemd": [ZERO, ZERO]}
    seen_moment = [False, False]
    begin = definitie.standper_begin
    einde = frozenset({"ultimo", f"31-12-{definitie.boekjaar}"})
    for regel in regels:
        if regel.bedrag is None:
            continue
        if regel.onderdeel in (Onderdeel.lasten, Onderdeel.baten):
            side = 0 if regel.onderdeel is Onderdeel.lasten else 1
            if regel.code != RESULTAAT:
                sums["na"][side] += regel.bedrag
                if regel.code != MUTATIES_RESERVES:
                    sums["voor"][side] += regel.bedrag
        elif regel.onderdeel is Onderdeel.balans_standen and regel.code in definitie.passiva:
            moment = 0 if regel.categorie in begin else 1 if regel.categorie in einde else None
            if moment is None:
                continue
            seen_moment[moment] = True
            kind = "eigen" if regel.code in EQUITY_CODES else "vreemd"
            begin_einde[kind][moment] += regel.bedrag
    return Cijfers(
        voor_reserves=Totalen(*sums["voor"]),
        na_reserves=Totalen(*sums["na"]),
        vermogen=Vermogen(
            eigen_vermogen_begin=begin_einde["eigen"][0] if seen_moment[0] else None,
            eigen_vermogen_einde=begin_einde["eigen"][1] if seen_moment[1] else None,
            vreemd_vermogen_begin=begin_einde["vreemd"][0] if seen_moment[0] else None,
            vreemd_vermogen_einde=begin_einde["vreemd"][1] if seen_moment[1] else None,
        ),
    )

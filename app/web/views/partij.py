"""What the party page shows of a party's norms: a chart per norm (the MT report's SVG
charts) beside its latest outcome. Pure."""

from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from markupsafe import Markup

from app.mt_rapport import building_blocks
from app.mt_rapport.charts import doel_tekst, norm_grafiek
from app.mt_rapport.document import Normpunt, Normreeks
from app.mt_rapport.formatting import UITKOMST_LABEL, UITKOMST_SYMBOOL, meetwaarde
from app.rapportages.series import Reeks

TOON = {"gehaald": "goed", "aandacht": "let_op", "niet_gehaald": "slecht"}
CHARTS_REMEMBERED = 4096  # charts are pure: the same series draws the same SVG


@lru_cache(maxsize=CHARTS_REMEMBERED)
def _chart(norm: Normreeks, ident: str) -> str:
    return norm_grafiek(norm, ident)


@dataclass(frozen=True)
class NormKaart:
    """One norm: code and name, its target in words, the latest outcome, the chart."""

    code: str
    naam: str
    doel: str
    laatste: Normpunt | None
    laatste_waarde: str | None
    grafiek: Markup

    @property
    def uitkomst(self) -> tuple[str, str] | None:
        """The latest outcome as (symbol and words, tone), or None without measurements."""
        if self.laatste is None:
            return None
        uitkomst = self.laatste.uitkomst
        return f"{UITKOMST_SYMBOOL[uitkomst]} {UITKOMST_LABEL[uitkomst]}", TOON[uitkomst.value]


def norm_cards(series: list[Reeks], peildatum: date) -> list[NormKaart]:
    """A card per norm, in code order, judged against the version in force on `peildatum`."""
    cards = []
    for index, reeks in enumerate(series):
        norm = building_blocks.normreeks(reeks, peildatum)
        norm = replace(norm, punten=tuple(norm.punten))  # hashable: a key of the chart cache
        last = norm.punten[-1] if norm.punten else None
        cards.append(
            NormKaart(
                code=norm.code,
                naam=norm.naam,
                doel=doel_tekst(norm),
                laatste=last,
                laatste_waarde=meetwaarde(last.waarde, norm.eenheid) if last else None,
                # The chart is built with ElementTree, which escapes every text in it.
                grafiek=Markup(_chart(norm, f"norm-{index}")),  # noqa: S704
            )
        )
    return cards

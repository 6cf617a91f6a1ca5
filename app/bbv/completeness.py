"""What a party's entry in the BBV paragraph still lacks. No database."""

from app.bbv.schemas import BbvPartij, Onderdeel
from app.verbonden_partijen.models import BbvCategorie

BUDGET_FIGURES = (
    Onderdeel.EIGEN_VERMOGEN_BEGIN,
    Onderdeel.EIGEN_VERMOGEN_EINDE,
    Onderdeel.VREEMD_VERMOGEN_BEGIN,
    Onderdeel.VREEMD_VERMOGEN_EINDE,
    Onderdeel.RESULTAAT,
)


def missing(partij: BbvPartij, categorie: BbvCategorie, has_budget: bool) -> list[Onderdeel]:
    """The parts of BBV art. 15 that are missing: without a budget the budget as a whole;
    with one, each empty figure. A gemeenschappelijke regeling needs the own contribution."""
    found: list[Onderdeel] = []
    if not has_budget:
        found.append(Onderdeel.BEGROTING)
    else:
        found += [part for part in BUDGET_FIGURES if getattr(partij, part.value) is None]
    if categorie is BbvCategorie.GEMEENSCHAPPELIJKE_REGELING and (
        partij.financieel_belang.bijdrage is None and has_budget
    ):
        found.append(Onderdeel.BIJDRAGE)
    if partij.financieel_belang.aandeel is None:
        found.append(Onderdeel.AANDEEL)
    if not partij.bestuurlijk_belang.zetels:
        found.append(Onderdeel.BESTUURLIJK_BELANG)
    if has_budget and partij.risicos_volgens_partij is None:
        found.append(Onderdeel.RISICOS)
    return found

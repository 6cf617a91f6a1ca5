"""Pure rules of the registry."""

from datetime import date

from app.core.errors import InvalidParam
from app.verbonden_partijen.models import BbvCategorie, Rechtsvorm

LEGAL_FORMS_BY_CATEGORY: dict[BbvCategorie, frozenset[Rechtsvorm]] = {
    BbvCategorie.GEMEENSCHAPPELIJKE_REGELING: frozenset(
        {
            Rechtsvorm.OPENBAAR_LICHAAM,
            Rechtsvorm.BEDRIJFSVOERINGSORGANISATIE,
            Rechtsvorm.GEMEENSCHAPPELIJK_ORGAAN,
            Rechtsvorm.CENTRUMGEMEENTEREGELING,
            Rechtsvorm.REGELING_ZONDER_MEER,
        }
    ),
    BbvCategorie.VENNOOTSCHAP_COOPERATIE: frozenset(
        {
            Rechtsvorm.NV,
            Rechtsvorm.BV,
            Rechtsvorm.COOPERATIE,
            Rechtsvorm.ONDERLINGE_WAARBORGMAATSCHAPPIJ,
        }
    ),
    BbvCategorie.STICHTING_VERENIGING: frozenset({Rechtsvorm.STICHTING, Rechtsvorm.VERENIGING}),
    BbvCategorie.OVERIG: frozenset(Rechtsvorm),
}


def is_active(einddatum: date | None, on: date) -> bool:
    """A party or participation is active until and including its end date."""
    return einddatum is None or einddatum >= on


def registry_problems(
    bbv_categorie: BbvCategorie,
    rechtsvorm: Rechtsvorm,
    begindatum: date | None,
    einddatum: date | None,
) -> list[InvalidParam]:
    """What is inconsistent in a party's registration (the BBV category fixes the legal forms)."""
    problems = []
    if rechtsvorm not in LEGAL_FORMS_BY_CATEGORY[bbv_categorie]:
        allowed = ", ".join(sorted(form.value for form in LEGAL_FORMS_BY_CATEGORY[bbv_categorie]))
        problems.append(
            InvalidParam("rechtsvorm", f"Not a legal form of {bbv_categorie.value}: use {allowed}.")
        )
    problems.extend(period_problems(begindatum, einddatum))
    return problems


def period_problems(begindatum: date | None, einddatum: date | None) -> list[InvalidParam]:
    if begindatum and einddatum and einddatum < begindatum:
        return [InvalidParam("einddatum", "Must not lie before begindatum.")]
    return []

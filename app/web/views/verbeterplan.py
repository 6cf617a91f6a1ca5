"""Dutch words of the improvement plan's values, and the import's reasons as a person reads
them. Pure."""

import re

from app.verbeterplan.importer import Resultaat
from app.verbeterplan.models import ActieStatus, Bron, Reactie

BRON = {
    Bron.REKENKAMER.value: "Rekenkamer",
    Bron.ACCOUNTANT.value: "Accountant",
    Bron.EVALUATIE.value: "Evaluatie",
    Bron.OVERIG.value: "Overig",
}
REACTIE = {
    Reactie.OVERGENOMEN.value: "overgenomen",
    Reactie.DEELS_OVERGENOMEN.value: "deels overgenomen",
    Reactie.NIET_OVERGENOMEN.value: "niet overgenomen",
}
# (text, tone of app/web/templates/macros/badges.html)
ACTIESTATUS = {
    ActieStatus.OPEN.value: ("open", "neutraal"),
    ActieStatus.IN_UITVOERING.value: ("in uitvoering", "let_op"),
    ActieStatus.AFGEROND.value: ("afgerond", "goed"),
    ActieStatus.VERVALLEN.value: ("vervallen", "neutraal"),
}
RESULTAAT = {
    Resultaat.AANGEMAAKT.value: ("nieuw", "goed"),
    Resultaat.BIJGEWERKT.value: ("bijgewerkt", "let_op"),
    Resultaat.ONGEWIJZIGD.value: ("ongewijzigd", "neutraal"),
    Resultaat.OVERGESLAGEN.value: ("overgeslagen", "neutraal"),
    Resultaat.AFGEWEZEN.value: ("afgewezen", "slecht"),
}
_REASONS = [
    (re.compile(r"^Aanbeveling changed: (.*)$"), "Aanbeveling gewijzigd: {0}"),
    (re.compile(r"^Actie changed: (.*)$"), "Actie gewijzigd: {0}"),
    (
        re.compile(r"^No Nr, Aanbeveling or Actie\.$"),
        "Geen Nr, Aanbeveling of Actie (een kop of notitie).",
    ),
    (re.compile(r"^Row (\d+): (.*)$"), "Rij {0}: {1}"),
]


def reden(text: str) -> str:
    """An import reason in Dutch where its form is known; the specifics stay as written."""
    for pattern, template in _REASONS:
        found = pattern.match(text)
        if found:
            return template.format(*found.groups())
    return text

"""Dutch words for the API's enum values, as the pages show them (a template global
`labels`). Pure."""

from app.dashboard.attention import Reden
from app.dashboard.rules import NormTrend, RondeStand
from app.rapportages.models import RapportageSoort
from app.rapportages.timeliness import Tijdigheid
from app.verbonden_partijen.models import BbvCategorie
from app.web.views.aandacht import WGR_NAMEN

ASPECT = {  # in the order of the seeds' grid (app.voortgang.content.ASPECTEN)
    "voortgang": "Voortgang",
    "inhoud": "Inhoud",
    "planning": "Planning",
    "financien": "Financiën",
    "risicos": "Risico's",
    "communicatie": "Communicatie",
}

BBV = {
    BbvCategorie.GEMEENSCHAPPELIJKE_REGELING.value: "Gemeenschappelijke regeling",
    BbvCategorie.VENNOOTSCHAP_COOPERATIE.value: "Vennootschap of coöperatie",
    BbvCategorie.STICHTING_VERENIGING.value: "Stichting of vereniging",
    BbvCategorie.OVERIG.value: "Overig",
}
REDEN = {
    Reden.OORDEEL.value: "een oordeel −",
    Reden.BEGROTING.value: "begroting wijkt af",
    Reden.NORMEN.value: "minder dan 80 % van de normen gehaald",
    Reden.TIJDIGHEID.value: "rapportage partner te laat of ontbrekend",
    Reden.VOORTGANGSRAPPORTAGE.value: "voortgangsrapportage te laat",
    Reden.ACTIES.value: "actie over de datum",
    Reden.RISICO.value: "groot risico",
    Reden.WGR.value: "Wgr-document te laat",
    Reden.KENGETALLEN.value: "kengetal in categorie C",
}
# (text, tone) per status of the round's status report; tones: goed, let_op, slecht, neutraal
RONDE = {
    RondeStand.ONTBREEKT.value: ("ontbreekt", "slecht"),
    RondeStand.CONCEPT.value: ("concept", "let_op"),
    RondeStand.INGEDIEND.value: ("ingediend", "neutraal"),
    RondeStand.TERUGGESTUURD.value: ("teruggestuurd", "let_op"),
    RondeStand.GOEDGEKEURD.value: ("goedgekeurd", "goed"),
    RondeStand.NIET_GEVRAAGD.value: ("niet gevraagd", "neutraal"),
}
TREND = {
    NormTrend.STIJGEND.value: ("↑", "stijgend"),
    NormTrend.GELIJK.value: ("→", "gelijk"),
    NormTrend.DALEND.value: ("↓", "dalend"),
}
WGR = {soort.value: naam for soort, naam in WGR_NAMEN.items()}
RAPPORTAGESOORT = {
    RapportageSoort.prestaties.value: "prestaties",
    RapportageSoort.financieel.value: "financieel",
    RapportageSoort.algemeen.value: "algemeen",
}
TIJDIGHEID = {
    Tijdigheid.verwacht.value: ("verwacht", "neutraal"),
    Tijdigheid.op_tijd.value: ("op tijd", "goed"),
    Tijdigheid.te_laat.value: ("te laat", "let_op"),
    Tijdigheid.ontbrekend.value: ("ontbreekt", "slecht"),
}

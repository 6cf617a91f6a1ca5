"""Dutch words and tones for the statuses the regie pages show (status reports, actions,
risks, Wgr dates). Pure; tones as `macros/badges.html` `status` takes them."""

from app.risicos.models import RisicoStatus
from app.verbeterplan.models import ActieStatus
from app.voortgang.workflow import RapportageStatus
from app.wgr.calendar import Status as WgrStatus

RAPPORT = {
    RapportageStatus.CONCEPT.value: ("concept", "let_op"),
    RapportageStatus.INGEDIEND.value: ("ingediend bij het MT", "neutraal"),
    RapportageStatus.TERUGGESTUURD.value: ("teruggestuurd", "let_op"),
    RapportageStatus.GOEDGEKEURD.value: ("goedgekeurd", "goed"),
    "ontbreekt": ("ontbreekt", "slecht"),
}
ACTIE = {
    ActieStatus.OPEN.value: ("open", "neutraal"),
    ActieStatus.IN_UITVOERING.value: ("in uitvoering", "neutraal"),
    ActieStatus.AFGEROND.value: ("afgerond", "goed"),
    ActieStatus.VERVALLEN.value: ("vervallen", "neutraal"),
}
RISICO = {
    RisicoStatus.OPEN.value: ("open", "let_op"),
    RisicoStatus.BEHEERST.value: ("beheerst", "neutraal"),
    RisicoStatus.VERVALLEN.value: ("vervallen", "neutraal"),
}
WGR = {
    WgrStatus.OP_TIJD.value: ("op tijd ontvangen", "goed"),
    WgrStatus.TE_LAAT.value: ("te laat ontvangen", "let_op"),
    WgrStatus.VERWACHT.value: ("verwacht", "neutraal"),
    WgrStatus.ACHTERSTALLIG.value: ("te laat, nog niet ontvangen", "slecht"),
}
ACTIE_UNFINISHED = frozenset({ActieStatus.OPEN.value, ActieStatus.IN_UITVOERING.value})

"""The event types of API.md ("Notifications"): CloudEvents `type` values."""

PREFIX = "nl.vpmonitor."

VOORTGANGSRAPPORTAGE_INGEDIEND = PREFIX + "voortgangsrapportage.ingediend"
VOORTGANGSRAPPORTAGE_TERUGGESTUURD = PREFIX + "voortgangsrapportage.teruggestuurd"
VOORTGANGSRAPPORTAGE_GOEDGEKEURD = PREFIX + "voortgangsrapportage.goedgekeurd"
RAPPORTAGE_ONTVANGEN = PREFIX + "rapportage.ontvangen"
RAPPORTAGE_TE_LAAT = PREFIX + "rapportage.te-laat"
RONDE_DEADLINE_NADERT = PREFIX + "rapportageronde.deadline-nadert"
RONDE_DEADLINE_VERSTREKEN = PREFIX + "rapportageronde.deadline-verstreken"
WGR_DOCUMENT_VERWACHT = PREFIX + "wgr-document.verwacht"
WGR_DOCUMENT_TE_LAAT = PREFIX + "wgr-document.te-laat"
WGR_ZIENSWIJZE_NADERT = PREFIX + "wgr-document.zienswijze-termijn-nadert"
ACTIE_ACHTERSTALLIG = PREFIX + "actie.achterstallig"
BEGROTING_AFWIJKING = PREFIX + "begroting.afwijking"
DOSSIER_BEOORDELING_VERLOPEN = PREFIX + "dossierstuk.beoordeling-verlopen"

ALL_TYPES = (
    VOORTGANGSRAPPORTAGE_INGEDIEND,
    VOORTGANGSRAPPORTAGE_TERUGGESTUURD,
    VOORTGANGSRAPPORTAGE_GOEDGEKEURD,
    RAPPORTAGE_ONTVANGEN,
    RAPPORTAGE_TE_LAAT,
    RONDE_DEADLINE_NADERT,
    RONDE_DEADLINE_VERSTREKEN,
    WGR_DOCUMENT_VERWACHT,
    WGR_DOCUMENT_TE_LAAT,
    WGR_ZIENSWIJZE_NADERT,
    ACTIE_ACHTERSTALLIG,
    BEGROTING_AFWIJKING,
    DOSSIER_BEOORDELING_VERLOPEN,
)

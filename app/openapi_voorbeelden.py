"""Voorbeelden uit de demogegevens voor de antwoorden van de meest gebruikte operaties.

Drawn from `vpmonitor demo` (De Connectie, Arnhem), lists cut to two items; the OpenAPI
document shows each as the example of the operation's 200 response. (Not the index: its
`_links.openapi` looks like an `openapi` version field to the NL API Design Rules linter.)
"""

from typing import Any

VOORBEELDEN: dict[str, Any] = {
    "listVerbondenPartijen": {
        "resultaten": [
            {
                "id": "3c8f97de-cdf7-46eb-adef-db4be076eeab",
                "naam": "De Connectie",
                "vestigingsplaats": "Arnhem",
                "bbvCategorie": "gemeenschappelijke_regeling",
                "rechtsvorm": "bedrijfsvoeringsorganisatie",
                "openbaarBelang": "ICT-dienstverlening "
                "(informatievoorziening, "
                "werkplek, applicaties) en "
                "harmonisatie van processen en "
                "systemen voor Arnhem, Renkum en "
                "Rheden.",
                "kvkNummer": None,
                "cbsNummer": "9001",
                "begindatum": "2014-01-01",
                "einddatum": None,
                "monitoringsniveau": 1,
                "rapportagetermijnDagen": 30,
                "toelichting": "Demodata, illustratief: de cijfers en personen zijn voorbeelden.",
                "penvoerder": {"id": "3ce589d7-c9ec-4b30-afc4-8d000626a569", "naam": "Arnhem"},
                "versie": 1,
                "aangemaaktOp": "2026-03-02T09:15:00Z",
                "gewijzigdOp": "2026-03-02T09:15:00Z",
                "actief": True,
            }
        ],
        "aantal": 1,
        "_links": {
            "self": "https://vpmonitor.example.nl/api/v1/verbonden-partijen?zoek=Connectie",
            "next": None,
            "previous": None,
        },
    },
    "getVerbondenPartij": {
        "id": "3c8f97de-cdf7-46eb-adef-db4be076eeab",
        "naam": "De Connectie",
        "vestigingsplaats": "Arnhem",
        "bbvCategorie": "gemeenschappelijke_regeling",
        "rechtsvorm": "bedrijfsvoeringsorganisatie",
        "openbaarBelang": "ICT-dienstverlening (informatievoorziening, "
        "werkplek, applicaties) en harmonisatie van "
        "processen en systemen voor Arnhem, Renkum en "
        "Rheden.",
        "kvkNummer": None,
        "cbsNummer": "9001",
        "begindatum": "2014-01-01",
        "einddatum": None,
        "monitoringsniveau": 1,
        "rapportagetermijnDagen": 30,
        "toelichting": "Demodata, illustratief: de cijfers en personen zijn voorbeelden.",
        "penvoerder": {"id": "3ce589d7-c9ec-4b30-afc4-8d000626a569", "naam": "Arnhem"},
        "versie": 1,
        "aangemaaktOp": "2026-03-02T09:15:00Z",
        "gewijzigdOp": "2026-03-02T09:15:00Z",
        "actief": True,
    },
    "getNormUitkomsten": {
        "verbondenPartijId": "3c8f97de-cdf7-46eb-adef-db4be076eeab",
        "periode": "2026-H2",
        "gehaald": 3,
        "aandacht": 1,
        "nietGehaald": 0,
        "zonderMeting": 1,
        "aandeelGehaald": 75,
        "normen": [
            {
                "servicenormId": "edf7d445-f74d-4ae6-9f6b-d50387c58385",
                "code": "BESCHIKBAARHEID",
                "naam": "Beschikbaarheid kernapplicaties",
                "periode": "2026-Q3",
                "waarde": 99.4,
                "uitkomst": "aandacht",
            },
            {
                "servicenormId": "504f72ec-56de-43b9-b32c-1b9ee7f0901f",
                "code": "INC-8U",
                "naam": "Incidenten binnen 8 uur opgelost",
                "periode": "2026-Q3",
                "waarde": 97.8,
                "uitkomst": "gehaald",
            },
        ],
    },
    "getGebruikersprofiel": {
        "id": "67d875a8-5bfe-416c-b13f-504315202672",
        "naam": "Beheerder Arnhem",
        "rol": "beheerder",
        "organisatie": {"id": "3ce589d7-c9ec-4b30-afc4-8d000626a569", "naam": "Arnhem"},
        "verbondenPartijen": [],
        "meldingen": {
            "voortgangsrapportageIngediend": True,
            "voortgangsrapportageTeruggestuurd": True,
            "voortgangsrapportageGoedgekeurd": True,
            "dagoverzicht": True,
            "rapportageTeLaat": True,
            "wgrDocument": True,
            "zienswijzeTermijn": True,
            "actieAchterstallig": True,
            "rondeDeadline": True,
        },
    },
    "getHealth": {"status": "ok", "database": "ok"},
    "getDashboard": {
        "resultaten": [
            {
                "verbondenPartijId": "3c8f97de-cdf7-46eb-adef-db4be076eeab",
                "naam": "De Connectie",
                "bbvCategorie": "gemeenschappelijke_regeling",
                "rechtsvorm": "bedrijfsvoeringsorganisatie",
                "monitoringsniveau": 1,
                "regievoerders": "Regievoerder Arnhem",
                "oordeelPeriode": "2025-H2",
                "oordeelVoortgang": "=",
                "oordeelInhoud": "-",
                "oordeelPlanning": "-",
                "oordeelFinancien": "=",
                "oordeelRisicos": "=",
                "oordeelCommunicatie": None,
                "vorigOordeelPeriode": None,
                "wijzigingVoortgang": None,
                "wijzigingInhoud": None,
                "wijzigingPlanning": None,
                "wijzigingFinancien": None,
                "wijzigingRisicos": None,
                "wijzigingCommunicatie": None,
                "normPeriode": "2026-Q3",
                "normenGemeten": 4,
                "normenGehaald": 3,
                "aandeelNormenGehaald": 75,
                "aandeelNormenGehaald1KwartaalEerder": 80,
                "aandeelNormenGehaald2KwartalenEerder": 75,
                "aandeelNormenGehaald3KwartalenEerder": 20,
                "normTrend": "stijgend",
                "rapportagesOpTijd": True,
                "aantalTeLaat": 0,
                "aantalOntbrekend": 0,
                "begrotingJaar": 2026,
                "begrotingVergelijking": "prognose",
                "afwijkingLasten": 200000,
                "afwijkingLastenPercentage": 1.55,
                "afwijkingSaldo": -150000,
                "afwijkingSaldoPercentage": -60,
                "eigenAandeelPercentage": 68,
                "eigenAandeelAfwijking": -102000,
                "afwijkingBegroting": True,
                "afwijkingInvestering": True,
                "afwijkingExploitatie": True,
                "rondePeriode": "2025-H2",
                "rondeDeadline": "2026-01-31",
                "rondeStatus": "goedgekeurd",
                "rondeTeLaat": False,
                "actiesOpen": 3,
                "actiesAchterstallig": 1,
                "aantalRisicos": 2,
                "grootsteRisico": "Hogere bijdrage aan De Connectie door "
                "stijgende loon- en licentiekosten.",
                "grootsteRisicoScore": 12,
                "grootsteRisicoFinancieleOmvang": 420000,
                "volgendeWgrDocument": "ontwerpbegroting",
                "volgendeWgrDatum": "2027-04-08",
                "wgrAchterstallig": 1,
                "dossierBeoordelingenVerlopen": 1,
                "dossierOverdrachtsdocument": True,
                "aandacht": True,
                "aandachtRedenen": "oordeel, begroting, normen, acties, wgr, dossier",
            }
        ],
        "aantal": 1,
        "_links": {
            "self": "https://vpmonitor.example.nl/api/v1/dashboard?zoek=Connectie",
            "next": None,
            "previous": None,
        },
    },
}

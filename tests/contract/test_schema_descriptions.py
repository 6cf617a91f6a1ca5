"""Every property of the public schemas says in Dutch what it holds.

Done schema by schema, most used first: `DESCRIBED` lists those done (and every list
envelope `{resultaten, aantal, _links}`), and the test keeps them so. A schema joins the
list once each of its properties has a Dutch `description` (`Field(description=…)`).
"""

import re
from typing import Any

import pytest

# English words that Dutch does not use; one of them in a description makes it English.
ENGLISH = re.compile(
    r"\b(the|and|are|for|with|which|this|that|from|when|its|not|or|be|has|have|each|every|"
    r"only|if|to|on|an|by|were|it|after|before|until|once|shown|true|false)\b",
    re.IGNORECASE,
)
ENVELOPE = {"resultaten", "aantal", "_links"}
DESCRIBED = frozenset(
    {
        "Aanbeveling",
        "AanbevelingNieuw",
        "AanbevelingWijziging",
        "Abonnement",
        "AbonnementAangemaakt",
        "AbonnementNieuw",
        "Actie",
        "ActieNieuw",
        "ActieRegel",
        "ActieWijziging",
        "Aflevering",
        "Afwijking",
        "AfwijkingWijziging",
        "Afwijkingen",
        "Afwijkingsdrempels",
        "AfwijkingsdrempelsInvoer",
        "Afwijkingsregel",
        "Aspect",
        "AspectWijziging",
        "Aspecten",
        "AspectenWijziging",
        "AuditGebeurtenis",
        "BbvCategorieLijst",
        "BbvParagraaf",
        "BbvPartij",
        "Begroting",
        "BegrotingGevuld",
        "BegrotingInhoud",
        "BegrotingJaar",
        "BegrotingSamenvatting",
        "BegrotingVersie",
        "Beoordeling",
        "BestuurlijkBelang",
        "Bijdrage",
        "Cijfers",
        "DashboardPartij",
        "DashboardRij",
        "Deelname",
        "DeelnameNieuw",
        "DeelnameWijziging",
        "Dienst",
        "DienstNieuw",
        "Document",
        "DocumentNieuw",
        "Dossierbestand",
        "Dossierstuk",
        "DossierstukWijziging",
        "Drempels",
        "EigenAandeel",
        "EigenTermijn",
        "EigenTermijnInvoer",
        "EigenTermijnen",
        "Evaluatie",
        "EvaluatieNieuw",
        "EvaluatieWijziging",
        "FinancieelBelang",
        "Gebruiker",
        "GebruikerNieuw",
        "GebruikerWijziging",
        "Gebruikersprofiel",
        "GebruikersprofielWijziging",
        "Gezondheid",
        "Goedkeuren",
        "ImportRij",
        "ImportVerslag",
        "IngediendDoor",
        "InvesteringenBedragen",
        "Iv3Levering",
        "Iv3Ontvangst",
        "KalendersleutelAangemaakt",
        "Kengetal",
        "KengetalSignaal",
        "Kengetallen",
        "LastenBaten",
        "Links",
        "MeldingInstellingen",
        "MeldingInstellingenWijziging",
        "Meting",
        "MetingNieuw",
        "MetingPunt",
        "NormPunt",
        "NormReeks",
        "NormUitkomst",
        "NormUitkomstOverzicht",
        "Ontbrekend",
        "Ontvangstbewijs",
        "Organisatie",
        "OrganisatieNieuw",
        "OrganisatieVerwijzing",
        "Overgang",
        "PartijKalender",
        "Periode",
        "Probleem",
        "PrognoseVersie",
        "Rapportage",
        "RapportageInhoud",
        "RapportageNieuw",
        "RapportageSamenvatting",
        "RapportageVersie",
        "Rapportageronde",
        "RapportagerondeDetail",
        "RapportagerondeNieuw",
        "RapportagerondeWijziging",
        "RealisatieTotHeden",
        "Regievoerder",
        "RegievoerdersWijziging",
        "Risico",
        "RisicoNieuw",
        "RisicoOverzicht",
        "RisicoRegel",
        "RisicoWijziging",
        "RondePartij",
        "RondeRapportage",
        "Servicenorm",
        "ServicenormNieuw",
        "ServicenormVersie",
        "ServicenormWijziging",
        "Signaalwaarde",
        "SignaalwaardeInvoer",
        "Signaalwaarden",
        "SignaalwaardenInvoer",
        "Signalering",
        "Termijn",
        "Terugsturen",
        "TijdigheidAantallen",
        "TijdigheidOverzicht",
        "TijdigheidRegel",
        "Token",
        "TokenAangemaakt",
        "TokenNieuw",
        "TokenVerwijzing",
        "Totalen",
        "VerbondenPartij",
        "VerbondenPartijNieuw",
        "VerbondenPartijWijziging",
        "Vergelijkingsregels",
        "Verwijzing",
        "VoortgangRegel",
        "Voortgangsrapportage",
        "VoortgangsrapportageDetail",
        "VoortgangsrapportageNieuw",
        "VoortgangsrapportageWijziging",
        "Waarneming",
        "WgrKalender",
        "WgrRegel",
        "Zetel",
        "ZetelInvoer",
        "Zienswijze",
    }
)


def is_english(description: str) -> bool:
    """Code in backticks (`true`, `ok`) is no language."""
    return bool(ENGLISH.search(re.sub(r"`[^`]*`", "", description)))


def described(document: dict[str, Any]) -> list[str]:
    schemas = document["components"]["schemas"]
    return sorted(
        name
        for name, schema in schemas.items()
        if name in DESCRIBED or set(schema.get("properties", {})) == ENVELOPE
    )


def properties(schema: dict[str, Any]) -> dict[str, Any]:
    found = dict(schema.get("properties", {}))
    for name, prop in schema.get("properties", {}).items():
        items = prop.get("items", {})
        for inner, inner_prop in items.get("properties", {}).items():
            found[f"{name}[].{inner}"] = inner_prop
    return found


def test_the_listed_schemas_exist(openapi: dict[str, Any]) -> None:
    assert sorted(DESCRIBED - openapi["components"]["schemas"].keys()) == []


@pytest.mark.parametrize(
    "dutch", ["Het aantal resultaten over alle pagina's.", "Aan (`true`) of uit."]
)
def test_the_heuristic_lets_dutch_pass(dutch: str) -> None:
    assert not is_english(dutch)


@pytest.mark.parametrize("english", ["The number of results.", "Shown only to the owner."])
def test_the_heuristic_catches_english(english: str) -> None:
    assert is_english(english)


def test_every_property_of_the_described_schemas_has_a_dutch_description(
    openapi: dict[str, Any],
) -> None:
    schemas = openapi["components"]["schemas"]
    wrong = {
        f"{name}.{prop_name}": prop.get("description")
        for name in described(openapi)
        for prop_name, prop in properties(schemas[name]).items()
        if not prop.get("description") or is_english(prop["description"])
    }

    assert wrong == {}

"""A fabricated MT report of three reporting parties (and one without a report), for the tests."""

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from app.mt_rapport.document import (
    Actie,
    Afwijking,
    Afwijkingen,
    Aspect,
    Aspecten,
    Begroting,
    MtRapport,
    Normpunt,
    Normreeks,
    Oordeel,
    PartijPagina,
    RapportStatus,
    Uitkomst,
)

KWARTALEN = ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]


def reeks(code: str, naam: str, waarden: list[str], doel: str = "95") -> Normreeks:
    def uitkomst(waarde: Decimal) -> Uitkomst:
        if waarde >= Decimal(doel):
            return Uitkomst.GEHAALD
        return Uitkomst.AANDACHT if waarde >= Decimal(doel) - 5 else Uitkomst.NIET_GEHAALD

    punten = [
        Normpunt(periode, Decimal(w), uitkomst(Decimal(w)))
        for periode, w in zip(KWARTALEN, waarden, strict=False)
    ]
    return Normreeks(code, naam, "percentage", Decimal(doel), punten)


def aspecten(oordeel: Oordeel, toelichting: str) -> Aspecten:
    aspect = Aspect(oordeel, toelichting)
    planning = Aspect(Oordeel.ACHTER, "Planning loopt uit.")
    communicatie = Aspect(Oordeel.BETER, "Goed contact.")
    return Aspecten(aspect, aspect, planning, aspect, Aspect(), communicatie)


ACTIE_DE_CONNECTIE = Actie(
    aanbeveling="4. Maak afspraken over de dienstverlening",
    omschrijving="Dienstverleningsovereenkomst met De Connectie actualiseren",
    wie="Regievoerder ICT",
    planning=date(2026, 3, 1),
    verbonden_partij="De Connectie",
)
ACTIE_ALGEMEEN = Actie(
    aanbeveling="1. Beleg de rol van regievoerder",
    omschrijving="Taakomschrijving regievoerder vaststellen",
    wie=None,
    planning=date(2026, 1, 15),
)


def de_connectie() -> PartijPagina:
    return PartijPagina(
        naam="De Connectie",
        bbv_categorie="gemeenschappelijke_regeling",
        regievoerders=["R. de Vries"],
        status=RapportStatus.GOEDGEKEURD,
        aspecten=aspecten(Oordeel.OP_KOERS, "De uitvoering vindt plaats volgens planning."),
        afwijkingen=Afwijkingen(
            Afwijking(True, "Hogere licentiekosten."), Afwijking(False), Afwijking(False)
        ),
        dienstverlening="Incidenten worden grotendeels binnen de norm opgelost.",
        tevredenheid=Decimal("7.2"),
        mt_opmerking="Licentiekosten agenderen in het AB.",
        normen=[
            reeks(
                "INC-8U",
                "Incidenten binnen 8 uur opgelost",
                ["96", "94", "91.5", "97", "89", "95.5"],
            ),
            reeks(
                "BESCH", "Beschikbaarheid kernsystemen", ["99.5", "99.8", "99.9", "99.7"], "99.5"
            ),
        ],
        begroting=Begroting(
            jaar=2026,
            primitief=Decimal(12_500_000),
            na_wijziging=Decimal(12_900_000),
            prognose=Decimal(13_100_000),
            afwijking=Decimal(200_000),
            afwijking_percentage=Decimal("1.55"),
        ),
        achterstallige_acties=[ACTIE_DE_CONNECTIE],
    )


def duo() -> PartijPagina:
    return PartijPagina(
        naam="Duo+",
        bbv_categorie="gemeenschappelijke_regeling",
        regievoerders=["A. Jansen", "B. Bakker"],
        status=RapportStatus.INGEDIEND,
        te_laat=True,
        aspecten=aspecten(Oordeel.BETER, "Meer bereikt dan gepland."),
        normen=[
            reeks("KCC-TEL", "Telefoon binnen 30 seconden opgenomen", ["80", "85", "88"], "90")
        ],
    )


def regionale_toegang() -> PartijPagina:
    """A party with neither measurements nor budget figures."""
    return PartijPagina(
        naam="Regionale toegang Beschermd Wonen en Maatschappelijke Opvang",
        bbv_categorie="overig",
        regievoerders=[],
        status=RapportStatus.TERUGGESTUURD,
        aspecten=aspecten(Oordeel.ACHTER, "De personele constructie is nog niet verduurzaamd."),
    )


def zonder_rapportage() -> PartijPagina:
    return PartijPagina(
        naam="Veiligheidsregio Gelderland-Midden",
        bbv_categorie="gemeenschappelijke_regeling",
        regievoerders=["C. Smit"],
        status=RapportStatus.ONTBREEKT,
        te_laat=True,
    )


def rapport(**wijzigingen: Any) -> MtRapport:
    basis = MtRapport(
        gemeente="Arnhem",
        periode="2026-H1",
        deadline=date(2026, 7, 15),
        opgesteld_op=date(2026, 7, 20),
        partijen=[de_connectie(), duo(), regionale_toegang(), zonder_rapportage()],
        achterstallige_acties=[ACTIE_DE_CONNECTIE, ACTIE_ALGEMEEN],
    )
    return replace(basis, **wijzigingen)

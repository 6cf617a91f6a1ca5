"""Illustrative catalogue and service norms (seed 000: "servicenormen op de gehele Producten &
dienstencatalogus"; seed 004, rec. 4). The figures are examples."""

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from app.core.periods import Granulariteit
from app.demo.accounts import DE_CONNECTIE, DUO
from app.demo.context import DemoContext
from app.servicenormen.models import Dienst, Eenheid, Richting, Servicenorm, ServicenormVersie

HOGER, LAGER = Richting.hoger_is_beter, Richting.lager_is_beter
KWARTAAL, HALFJAAR = Granulariteit.kwartaal, Granulariteit.halfjaar
START = date(2025, 1, 1)


@dataclass(frozen=True)
class DemoNorm:
    code: str
    naam: str
    dienst: str
    eenheid: Eenheid
    richting: Richting
    frequentie: Granulariteit
    # (geldig vanaf, doelwaarde, tolerantie), oldest first
    versies: tuple[tuple[date, str, str], ...]
    wettelijke_grondslag: str | None = None


DEMO_DIENSTEN = {
    DE_CONNECTIE: {
        "Servicedesk en incidentafhandeling": "Aanmelden en oplossen van verstoringen.",
        "Applicatiebeheer": "Beheer en wijzigingen van de gemeentelijke applicaties.",
        "Werkplekbeheer": "Hardware, software en accounts van de digitale werkplek.",
    },
    DUO: {
        "Klantcontactcentrum": "Telefoon, balie en digitale kanalen voor inwoners.",
        "Burgerzaken": "Reisdocumenten, rijbewijzen en BRP.",
        "Sociaal domein": "Wmo, Jeugdwet en Participatiewet.",
    },
}

DEMO_NORMEN = {
    DE_CONNECTIE: (
        DemoNorm(
            "INC-8U",
            "Incidenten binnen 8 uur opgelost",
            "Servicedesk en incidentafhandeling",
            Eenheid.percentage,
            HOGER,
            KWARTAAL,
            ((START, "95", "5"), (date(2026, 1, 1), "97", "5")),
        ),
        DemoNorm(
            "BESCHIKBAARHEID",
            "Beschikbaarheid kernapplicaties",
            "Applicatiebeheer",
            Eenheid.percentage,
            HOGER,
            KWARTAAL,
            ((START, "99.5", "0.5"),),
        ),
        DemoNorm(
            "WIJZIGING-DLT",
            "Doorlooptijd standaardwijzigingen (werkdagen)",
            "Applicatiebeheer",
            Eenheid.dagen,
            LAGER,
            KWARTAAL,
            ((START, "10", "5"),),
        ),
        DemoNorm(
            "STORING-P1",
            "Verstoringen met prioriteit 1",
            "Werkplekbeheer",
            Eenheid.aantal,
            LAGER,
            KWARTAAL,
            ((START, "2", "2"),),
        ),
        DemoNorm(
            "KTO",
            "Tevredenheid gebruikers (rapportcijfer)",
            "Servicedesk en incidentafhandeling",
            Eenheid.score,
            HOGER,
            HALFJAAR,
            ((START, "7.5", "0.5"),),
        ),
    ),
    DUO: (
        DemoNorm(
            "KCC-30S",
            "Telefoon binnen 30 seconden opgenomen",
            "Klantcontactcentrum",
            Eenheid.percentage,
            HOGER,
            KWARTAAL,
            ((START, "80", "10"),),
        ),
        DemoNorm(
            "WMO-8W",
            "Wmo-meldingen binnen de wettelijke termijn afgehandeld",
            "Sociaal domein",
            Eenheid.percentage,
            HOGER,
            KWARTAAL,
            ((START, "95", "5"),),
            "Wettelijke termijn 8 weken (Wmo 2015)",
        ),
        DemoNorm(
            "BZ-WACHT",
            "Wachttijd afspraak burgerzaken (dagen)",
            "Burgerzaken",
            Eenheid.dagen,
            LAGER,
            KWARTAAL,
            ((START, "5", "2"),),
        ),
    ),
}


async def load_servicenormen(session: AsyncSession, context: DemoContext) -> None:
    for party_name, diensten in DEMO_DIENSTEN.items():
        party = context.parties[party_name]
        by_name = {
            naam: Dienst(verbonden_partij_id=party.id, naam=naam, omschrijving=omschrijving)
            for naam, omschrijving in diensten.items()
        }
        session.add_all(by_name.values())
        await session.flush()
        for demo in DEMO_NORMEN[party_name]:
            norm = Servicenorm(
                verbonden_partij_id=party.id,
                dienst_id=by_name[demo.dienst].id,
                code=demo.code,
                naam=demo.naam,
                eenheid=demo.eenheid,
                frequentie=demo.frequentie,
                wettelijke_grondslag=demo.wettelijke_grondslag,
            )
            norm.versies = [
                ServicenormVersie(
                    geldig_vanaf=vanaf,
                    doelwaarde=Decimal(doel),
                    tolerantie=Decimal(tolerantie),
                    richting=demo.richting,
                )
                for vanaf, doel, tolerantie in demo.versies
            ]
            session.add(norm)
            context.norms[(party_name, demo.code)] = norm
    await session.flush()

"""Arnhem's improvement plan, drawn from seed 004: a handful of its recommendations, the
responses and actions, one action overdue. Illustrative: the responses and people are examples."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.demo.accounts import DE_CONNECTIE
from app.demo.context import DemoContext
from app.verbeterplan.models import (
    Aanbeveling,
    AanbevelingPartij,
    Actie,
    ActieStatus,
    Bron,
    Reactie,
)
from app.verbeterplan.planning import parse_planning

REGIEVOERDER = "Regievoerder De Connectie"
DASHBOARD_ACTIE = "Dashboard met maandcijfers over de incidentafhandeling laten inrichten"


@dataclass(frozen=True)
class DemoActie:
    omschrijving: str
    eigenaar: str
    planning: str
    status: ActieStatus = ActieStatus.OPEN
    afgerond_op: date | None = None


@dataclass(frozen=True)
class DemoAanbeveling:
    deel: int
    code: str
    tekst: str
    reactie: Reactie | None = None
    toelichting: str | None = None
    over_de_connectie: bool = False
    acties: tuple[DemoActie, ...] = ()


PLAN = (
    DemoAanbeveling(
        1,
        "A",
        "Voer een discussie over de rollenscheiding zowel op bestuurlijk als op ambtelijk niveau.",
        Reactie.OVERGENOMEN,
        "Besproken in het MT en met het college.",
        acties=(
            DemoActie(
                "Notitie rollenscheiding eigenaar en opdrachtgever opstellen en bespreken",
                "Gemeentesecretaris",
                "Q4 2024",
                ActieStatus.AFGEROND,
                date(2024, 11, 12),
            ),
        ),
    ),
    DemoAanbeveling(
        1,
        "C",
        "Verbeter de beheersstructuur van De Connectie. (Op dit moment loopt een verbeterpad "
        "Governance van De Connectie in regioverband. Bespreek daarin huidige knelpunten. "
        "Vertaal dan de uitkomsten van het verbetertraject naar de gemeentelijke "
        "beheerstructuur)",
        Reactie.DEELS_OVERGENOMEN,
        "Het verbeterpad loopt in regioverband; Arnhem neemt de uitkomsten over.",
        over_de_connectie=True,
        acties=(
            DemoActie(
                "Uitkomsten verbeterpad Governance vertalen naar de gemeentelijke beheerstructuur",
                REGIEVOERDER,
                "2025",
                ActieStatus.IN_UITVOERING,
            ),
        ),
    ),
    DemoAanbeveling(
        2,
        "4",
        "Maak waar nodig aanvullende afspraken met de VP over de levering van de diensten "
        "(kwantiteit, kwaliteit, informatievoorziening)",
        Reactie.OVERGENOMEN,
        over_de_connectie=True,
        acties=(
            DemoActie(
                "Dienstverleningsovereenkomst aanvullen met servicenormen",
                REGIEVOERDER,
                "Q2 2027",
                ActieStatus.IN_UITVOERING,
            ),
        ),
    ),
    DemoAanbeveling(
        2,
        "9",
        "Zonder rapportages van de VP is monitoring van de levering van diensten ondoenlijk. "
        "Maak afspraken met de VP over het leveren van rapportages of het inrichten en "
        "bijhouden van een dashboard. Voer een jaarlijkse evaluatie met de VP in.",
        Reactie.OVERGENOMEN,
        over_de_connectie=True,
        acties=(DemoActie(DASHBOARD_ACTIE, REGIEVOERDER, "Q3 2027"),),
    ),
    DemoAanbeveling(
        2,
        "10",
        "Bespreek de voortgang van het budget zowel met de VP als intern.",
        over_de_connectie=True,
    ),
)


async def load_verbeterplan(session: AsyncSession, context: DemoContext) -> None:
    arnhem = context.gemeente("Arnhem")
    de_connectie = context.parties[DE_CONNECTIE]
    for demo in PLAN:
        aanbeveling = Aanbeveling(
            organisatie_id=arnhem.id,
            bron=Bron.REKENKAMER,
            deel=demo.deel,
            code=demo.code,
            tekst=demo.tekst,
            reactie=demo.reactie,
            reactie_toelichting=demo.toelichting,
        )
        aanbeveling.partij_links = (
            [AanbevelingPartij(verbonden_partij_id=de_connectie.id)]
            if demo.over_de_connectie
            else []
        )
        session.add(aanbeveling)
        await session.flush()
        for actie in demo.acties:
            planning = parse_planning(actie.planning)
            session.add(
                Actie(
                    organisatie_id=arnhem.id,
                    aanbeveling_id=aanbeveling.id,
                    omschrijving=actie.omschrijving,
                    eigenaar=actie.eigenaar,
                    planning=planning.datum,
                    planning_tekst=planning.tekst,
                    status=actie.status,
                    afgerond_op=actie.afgerond_op,
                )
            )

"""Demo rounds and status reports, drawn from seeds 000 (De Connectie, rated +/=/-) and 002
(the regional access, "Op koers" with deviation flags). The texts are illustrative."""

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Gebruiker
from app.core.periods import Periode
from app.demo.accounts import DE_CONNECTIE, DUO
from app.demo.context import DemoContext
from app.voortgang import prefill
from app.voortgang.content import Oordeel
from app.voortgang.models import (
    RapportageOvergang,
    Rapportageronde,
    RapportageVersie,
    Voortgangsrapportage,
)
from app.voortgang.views import content_document
from app.voortgang.workflow import Actie, RapportageStatus

H2_2025 = "2025-H2"

DE_CONNECTIE_2025_H2: dict[str, Any] = {
    "voortgang_oordeel": Oordeel.OP_KOERS,
    "voortgang_toelichting": "Opvolging van de aanbevelingen uit de evaluatie samen met de 3G: "
    "meerjarenvisie, visie op dienstverlening, governance (portfoliomanagement).",
    "inhoud_oordeel": Oordeel.ACHTER,
    "inhoud_toelichting": "De projecten van 2!Connect vragen meer gemeentelijke inzet dan "
    "voorzien; dat knelt met de reguliere taken. Afstemming met De Connectie loopt.",
    "planning_oordeel": Oordeel.ACHTER,
    "planning_toelichting": "Door de prioriteit voor 2!Connect loopt het reguliere "
    "investeringsprogramma vertraging op; de jaarschijven schuiven.",
    "financien_oordeel": Oordeel.OP_KOERS,
    "financien_toelichting": "2!Connect wordt binnen het financiële kader afgerond; de effecten "
    "van de 2e bestuursrapportage zijn verwerkt.",
    "risicos_oordeel": Oordeel.OP_KOERS,
    "risicos_toelichting": "Omvang van 2!Connect en onvoorziene zaken: nauw monitoren.",
    "afwijking_begroting": False,
    "afwijking_investering": True,
    "afwijking_investering_toelichting": "Verschuiving in de jaarschijven van het "
    "projectenbudget 2!Connect; het reguliere investeringsprogramma loopt achter.",
    "afwijking_exploitatie": False,
    "afwijking_totaalplanning": False,
    "afwijking_totaalplanning_toelichting": "De einddatum van 2!Connect blijft haalbaar.",
    "portefeuillehouder": "Wethouder bedrijfsvoering",
    "projectfase": "Uitvoering 2!Connect",
    "besluitvorming": "Het MT wordt gevraagd in te stemmen met extra gemeentelijke inzet "
    "voor 2!Connect in het eerste halfjaar.",
    "dienstverlening": "Verbetering van de dienstverlening op korte termijn; visie op "
    "dienstverlening in voorbereiding.",
    "samenvatting": "Op koers met aandacht voor inzet en planning rond 2!Connect.",
    "tevredenheid": Decimal("6.8"),
}

DUO_2025_H2: dict[str, Any] = {
    "inhoud_oordeel": Oordeel.OP_KOERS,
    "inhoud_toelichting": "De uitvoering vindt plaats volgens planning.",
    "financien_oordeel": Oordeel.OP_KOERS,
    "financien_toelichting": "Binnen de begroting; geen additionele incidentele kosten.",
    "risicos_oordeel": Oordeel.OP_KOERS,
    "risicos_toelichting": "Op dit moment zijn geen reële risico's voorzien.",
    "planning_oordeel": Oordeel.OP_KOERS,
    "planning_toelichting": "De planning is haalbaar en realistisch.",
    "communicatie_oordeel": Oordeel.OP_KOERS,
    "communicatie_toelichting": "Medewerkers en betrokken teams zijn goed geïnformeerd.",
    "afwijking_begroting": False,
    "afwijking_begroting_toelichting": "nvt",
    "afwijking_investering": False,
    "afwijking_exploitatie": False,
    "afwijking_exploitatie_toelichting": "nvt",
    "afwijking_totaalplanning": False,
    "portefeuillehouder": "College van B&W",
    "projectfase": "Ontwerpfase",
    "overige_informatie": "De directie besluit in september over de personele constructie.",
    "tevredenheid": Decimal("7.5"),
}


@dataclass(frozen=True)
class Stap:
    actie: Actie
    door: Gebruiker
    op: datetime
    toelichting: str | None = None


def _at(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 9, 0, tzinfo=UTC)


async def load_voortgang(session: AsyncSession, context: DemoContext) -> None:
    arnhem, diemen = context.gemeente("Arnhem"), context.gemeente("Diemen")
    session.add_all(
        [
            Rapportageronde(
                organisatie_id=arnhem.id,
                periode=H2_2025,
                deadline=date(2026, 1, 31),
                monitoringsniveaus=[1, 2],
            ),
            Rapportageronde(
                organisatie_id=diemen.id,
                periode=H2_2025,
                deadline=date(2026, 1, 31),
                monitoringsniveaus=[1, 2],
            ),
            Rapportageronde(
                organisatie_id=diemen.id,
                periode="2026-H1",
                deadline=date(2026, 7, 15),
                monitoringsniveaus=[1, 2],
            ),
        ]
    )
    await session.flush()
    accounts = context.accounts
    await _report(
        session,
        context,
        ("Arnhem", DE_CONNECTIE),
        DE_CONNECTIE_2025_H2,
        [
            Stap(Actie.INDIENEN, accounts["demo-regievoerder-arnhem"], _at(2026, 1, 22)),
            Stap(Actie.GOEDKEUREN, accounts["demo-mt-arnhem"], _at(2026, 2, 3), "Akkoord."),
        ],
    )
    await _report(
        session,
        context,
        ("Diemen", DUO),
        DUO_2025_H2,
        [Stap(Actie.INDIENEN, accounts["demo-regievoerder-diemen"], _at(2026, 1, 28))],
    )


async def _report(
    session: AsyncSession,
    context: DemoContext,
    who: tuple[str, str],
    content: dict[str, Any],
    steps: list[Stap],
) -> None:
    """A 2025-H2 report that went through `steps`, with its version and snapshot."""
    organisatie, party = context.gemeente(who[0]), context.parties[who[1]]
    request = prefill.PrefillRequest(
        organisatie.id, party.id, Periode.parse(H2_2025), steps[0].op.date()
    )
    composed = await prefill.compose(session, request)
    report = Voortgangsrapportage(
        organisatie_id=organisatie.id,
        verbonden_partij_id=party.id,
        periode=H2_2025,
        snapshot=composed.snapshot,
        aangemaakt_door_id=steps[0].door.id,
        aangemaakt_op=_at(2026, 1, 12),
        telaat=False,
        ingediend_op=steps[0].op,
        **content,
    )
    status = RapportageStatus.CONCEPT
    for step in steps:
        target = {
            Actie.INDIENEN: RapportageStatus.INGEDIEND,
            Actie.GOEDKEUREN: RapportageStatus.GOEDGEKEURD,
            Actie.TERUGSTUREN: RapportageStatus.TERUGGESTUURD,
        }[step.actie]
        if target is RapportageStatus.GOEDGEKEURD:
            report.goedgekeurd_op, report.mt_opmerking = step.op, step.toelichting
        report.status, report.gewijzigd_op = target, step.op
        session.add(report)
        await session.flush()
        _keep_step(session, report, step, status, target)
        status = target
    session.add(
        RapportageVersie(
            rapportage_id=report.id,
            volgnummer=1,
            ingediend_op=steps[0].op,
            ingediend_door_id=steps[0].door.id,
            ingediend_door_naam=steps[0].door.naam,
            telaat=False,
            inhoud=content_document(report),
        )
    )


def _keep_step(
    session: AsyncSession,
    report: Voortgangsrapportage,
    step: Stap,
    van: RapportageStatus,
    naar: RapportageStatus,
) -> None:
    session.add(
        RapportageOvergang(
            rapportage_id=report.id,
            tijdstip=step.op,
            actie=step.actie,
            van=van,
            naar=naar,
            actor_gebruiker_id=step.door.id,
            actor_naam=step.door.naam,
            actor_rol=step.door.rol.value,
            versie_volgnummer=1,
            toelichting=step.toelichting,
        )
    )

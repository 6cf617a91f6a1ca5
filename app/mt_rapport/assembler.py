"""Fill the MT report of a round from the database: a fixed number of queries, whatever the
number of parties (each section is read in bulk, through the owning domain's service)."""

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.begrotingen.models import Begroting
from app.begrotingen.service import budgets_for_organisation
from app.core.periods import Periode
from app.iv3.service import red_ratios, signal_sentence
from app.mt_rapport import building_blocks
from app.mt_rapport.document import Actie, MtRapport, PartijPagina, RapportStatus
from app.mt_rapport.presentation import PUNTEN_PER_NORM
from app.organisaties.service import get_organisation
from app.rapportagerondes.overview import RondeRegel, round_lines
from app.rapportages.series import Reeks, norm_series_of_parties
from app.verbeterplan.summaries import overdue_actions_of_plan
from app.voortgang import service as voortgang
from app.voortgang.models import Rapportageronde
from app.voortgang.schemas import RapportageInhoud

# How far back the norm charts look: periods ending in the three years before the half-year.
JAREN_TERUG = 3


async def assemble(session: AsyncSession, ronde: Rapportageronde, opgesteld_op: date) -> MtRapport:
    """The round's report as drawn up on `opgesteld_op`: every party that must report (by
    name) with what was last submitted to the MT, its norm series up to the half-year's end,
    its budget of the half-year's year, its key ratios in the red (Iv3) and its overdue
    actions; and every overdue action of the improvement plan. A draft that was never
    submitted shows its state only. Fourteen queries."""
    periode = Periode.parse(ronde.periode)
    organisatie = ronde.organisatie_id
    gemeente = await get_organisation(session, organisatie)
    lines = await round_lines(session, ronde)
    party_ids = [line.partij.id for line in lines]
    contents = await voortgang.submitted_contents(
        session, [line.rapportage.id for line in lines if line.rapportage is not None]
    )
    series = await norm_series_of_parties(
        session,
        party_ids,
        periode.start.replace(year=periode.start.year - JAREN_TERUG),
        periode.end,
        PUNTEN_PER_NORM,
    )
    budgets = await budgets_for_organisation(session, organisatie, party_ids, periode.jaar)
    acties = await overdue_actions_of_plan(session, organisatie, opgesteld_op)
    red = await red_ratios(session, organisatie, party_ids)
    pages = [
        _page(
            line,
            contents.get(line.rapportage.id) if line.rapportage else None,
            series.get(line.partij.id, []),
            periode,
            budgets[line.partij.id].begroting if line.partij.id in budgets else None,
            [
                building_blocks.actie(actie)
                for actie in acties
                if any(partij.id == line.partij.id for partij in actie.verbonden_partijen)
            ],
            [signal_sentence(signaal) for signaal in red.get(line.partij.id, [])],
        )
        for line in lines
    ]
    return MtRapport(
        gemeente=gemeente.naam,
        periode=ronde.periode,
        deadline=ronde.deadline,
        opgesteld_op=opgesteld_op,
        partijen=pages,
        achterstallige_acties=[building_blocks.actie(actie) for actie in acties],
    )


def _page(
    line: RondeRegel,
    ingediend: RapportageInhoud | None,
    series: list[Reeks],
    periode: Periode,
    begroting: Begroting | None,
    acties: list[Actie],
    kengetallen_rood: list[str],
) -> PartijPagina:
    inhoud = building_blocks.inhoud(ingediend)
    return PartijPagina(
        naam=line.partij.naam,
        bbv_categorie=line.partij.bbv_categorie.value,
        regievoerders=[naam for _, naam in line.regievoerders],
        status=RapportStatus(line.status.value),
        te_laat=line.telaat,
        aspecten=inhoud.aspecten,
        afwijkingen=inhoud.afwijkingen,
        dienstverlening=inhoud.dienstverlening,
        tevredenheid=inhoud.tevredenheid,
        portefeuillehouder=inhoud.portefeuillehouder,
        projectfase=inhoud.projectfase,
        besluitvorming=inhoud.besluitvorming,
        overige_informatie=inhoud.overige_informatie,
        mt_opmerking=line.rapportage.mt_opmerking if line.rapportage else None,
        normen=[building_blocks.normreeks(reeks, periode.end) for reeks in series],
        begroting=building_blocks.begroting(begroting) if begroting else None,
        achterstallige_acties=acties,
        kengetallen_rood=kengetallen_rood,
    )

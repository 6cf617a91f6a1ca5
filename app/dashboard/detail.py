"""The drill-down of one party: its overview row and the tables behind it, with a fixed
number of queries (the overview's twelve, then one or two per table)."""

import uuid
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.begrotingen import service as begrotingen
from app.begrotingen.summaries import cijfers_of
from app.core.clock import today
from app.core.errors import NotFound
from app.core.pagination import PageRequest
from app.dashboard.detail_schemas import (
    BegrotingJaar,
    DashboardPartij,
    NormPunt,
    NormReeks,
    PrognoseVersie,
    RisicoRegel,
    WgrRegel,
)
from app.dashboard.overview import OverzichtRegel, scope_rows, wgr_receipts_by_party
from app.dashboard.queries import detail_begroting, detail_normen, detail_regie, wgr
from app.dashboard.queries.detail_begroting import BegrotingsJaar
from app.dashboard.queries.detail_normen import Norm, Punt
from app.dashboard.queries.partijen import Partij
from app.dashboard.rules import begroting_stand, wgr_rows
from app.dashboard.schemas import DashboardRij
from app.dashboard.scope import PartySet, Scope
from app.iv3.service import red_ratios
from app.risicos.summaries import largest_risks
from app.servicenormen.outcomes import version_at
from app.verbonden_partijen.models import BbvCategorie
from app.wgr.models import OWN_BUDGET_FORMS

ALL_RISKS = 1_000
HISTORY_VERSIONS = 1_000  # the versions of one budget year shown in the course


async def party_detail(
    session: AsyncSession,
    principal: Principal,
    party_id: uuid.UUID,
    known_row: OverzichtRegel | None = None,
) -> DashboardPartij:
    """Everything about a party for the caller's municipality; 404 when the municipality does
    not take part in it or, for a regievoerder, when it does not direct it. `known_row` is
    the party's overview row when the caller knows it is current (the overview's cache)."""
    day = today()
    scope = Scope.of(principal, day, party_id=party_id)
    rows = await scope_rows(session, scope, {party_id: known_row} if known_row else None)
    if not rows:
        raise NotFound("verbonden partij")
    partij, row, organisatie_id = rows[0].partij, rows[0].rij, scope.organisatie_id
    norms = await detail_normen.norms_of(session, party_id)
    points = await detail_normen.series_of(session, party_id)
    years = await detail_begroting.budget_years(session, organisatie_id, party_id)
    risks = await largest_risks(session, organisatie_id, party_id, limit=ALL_RISKS)
    return DashboardPartij(
        overzicht=row,
        normen=_series(norms, points, day),
        begrotingen=[_year(year, partij) for year in years],
        prognoseverloop=await _course(session, principal, party_id, day.year, years),
        voortgangsrapportages=await detail_regie.status_reports(session, organisatie_id, party_id),
        acties=await detail_regie.open_actions(session, organisatie_id, party_id, day),
        risicos=[RisicoRegel.model_validate(risk, from_attributes=True) for risk in risks],
        wgr_termijnen=await _wgr(session, PartySet.of(session, scope, [party_id]), row, day),
        kengetallen_rood=(await red_ratios(session, organisatie_id, [party_id])).get(party_id, []),
    )


def _series(norms: Sequence[Norm], points: Sequence[Punt], day: date) -> list[NormReeks]:
    """Each norm with its points. The points carry the outcome stored when they were written;
    the version in force is found by bisection over the norm's versions (oldest first), and
    each point is built without validation (its values come typed from the database; a test
    holds the drill-down to a validated copy)."""
    by_norm: dict[uuid.UUID, list[NormPunt]] = {norm.id: [] for norm in norms}
    versions = {norm.id: norm.versies for norm in norms}
    starts = {norm.id: [v.geldig_vanaf for v in norm.versies] for norm in norms}
    for point in points:
        index = bisect_right(starts[point.servicenorm_id], point.periode_start) - 1
        version = versions[point.servicenorm_id][index] if index >= 0 else None
        by_norm[point.servicenorm_id].append(
            NormPunt.model_construct(
                periode=point.periode,
                waarde=point.waarde,
                uitkomst=point.uitkomst,
                doelwaarde=version.doelwaarde if version else None,
                tolerantie=version.tolerantie if version else None,
                rapportage_id=point.rapportage_id,
                revisie=point.revisie,
                ontvangen_op=point.ontvangen_op,
            )
        )
    series = []
    for norm in norms:
        current = version_at(norm.versies, day)
        series.append(
            NormReeks(
                servicenorm_id=norm.id,
                code=norm.code,
                naam=norm.naam,
                eenheid=norm.eenheid,
                frequentie=norm.frequentie,
                richting=current.richting if current else None,
                doelwaarde=current.doelwaarde if current else None,
                tolerantie=current.tolerantie if current else None,
                metingen=by_norm[norm.id],
            )
        )
    return series


def _year(year: BegrotingsJaar, partij: Partij) -> BegrotingJaar:
    b = year.begroting
    stand = begroting_stand(
        cijfers_of(b),
        year.drempels,
        year.eigen_bijdrage,
        year.totaal_bijdragen,
        partij.verdeelsleutel,
    )
    return BegrotingJaar(
        jaar=b.jaar,
        primitief_lasten=b.primitief_lasten,
        primitief_baten=b.primitief_baten,
        na_wijziging_lasten=b.na_wijziging_lasten,
        na_wijziging_baten=b.na_wijziging_baten,
        prognose_lasten=b.prognose_lasten,
        prognose_baten=b.prognose_baten,
        realisatie_lasten=b.realisatie_lasten,
        realisatie_baten=b.realisatie_baten,
        investeringen_begroot=b.investeringen_begroot,
        investeringen_prognose=b.investeringen_prognose,
        investeringen_realisatie=b.investeringen_realisatie,
        eigen_bijdrage=year.eigen_bijdrage,
        vergelijking=stand.vergelijking,
        afwijking_lasten=stand.lasten.bedrag if stand.lasten else None,
        afwijking_saldo=stand.saldo.bedrag if stand.saldo else None,
        afwijking_saldo_percentage=stand.saldo.percentage if stand.saldo else None,
        eigen_aandeel_afwijking=stand.eigen_afwijking,
        afwijking_begroting=stand.signalen.afwijking_begroting,
        afwijking_investering=stand.signalen.afwijking_investering,
        afwijking_exploitatie=stand.signalen.afwijking_exploitatie,
    )


async def _course(
    session: AsyncSession,
    principal: Principal,
    party_id: uuid.UUID,
    jaar: int,
    years: Sequence[BegrotingsJaar],
) -> list[PrognoseVersie]:
    """The stored versions of this year's budget, from the budgets' own history."""
    if not any(year.begroting.jaar == jaar for year in years):
        return []
    page = PageRequest(page=1, page_size=HISTORY_VERSIONS, url="")
    history = await begrotingen.budget_history(session, principal, party_id, jaar, page)
    course = []
    for version in history.items:
        inhoud = version.begroting
        course.append(
            PrognoseVersie(
                versie=version.versie,
                tijdstip=version.tijdstip,
                na_wijziging_lasten=inhoud.na_wijziging.lasten if inhoud.na_wijziging else None,
                na_wijziging_baten=inhoud.na_wijziging.baten if inhoud.na_wijziging else None,
                prognose_lasten=inhoud.prognose.lasten if inhoud.prognose else None,
                prognose_baten=inhoud.prognose.baten if inhoud.prognose else None,
                realisatie_lasten=inhoud.realisatie.lasten if inhoud.realisatie else None,
                realisatie_baten=inhoud.realisatie.baten if inhoud.realisatie else None,
            )
        )
    return course


async def _wgr(
    session: AsyncSession, scope: PartySet, row: DashboardRij, day: date
) -> list[WgrRegel]:
    eigen = (await wgr.own_dates(session, scope)).get(row.verbonden_partij_id, {})
    received = (await wgr_receipts_by_party(session, scope, day)).get(row.verbonden_partij_id, {})
    bound = (
        row.bbv_categorie is BbvCategorie.GEMEENSCHAPPELIJKE_REGELING
        and row.rechtsvorm in OWN_BUDGET_FORMS
    )
    if not bound:
        return []
    return [
        WgrRegel(
            document_jaar=item.jaar,
            soort=item.soort,
            uiterlijk=item.uiterlijk,
            ontvangen_op=item.ontvangen_op,
            status=item.status,
        )
        for item in wgr_rows(eigen, received, day)
    ]

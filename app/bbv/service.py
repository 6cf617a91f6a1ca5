"""The paragraaf verbonden partijen of a municipality's budget or accounts (BBV art. 15)."""

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.bbv import repository
from app.bbv.belang import part_of_equity
from app.bbv.completeness import missing
from app.bbv.schemas import (
    BbvCategorieLijst,
    BbvParagraaf,
    BbvPartij,
    BestuurlijkBelang,
    FinancieelBelang,
    Ontbrekend,
)
from app.begrotingen.service import BudgetFigures, budgets_for_organisation
from app.risicos.summaries import RisicoSummary, material_risks
from app.verbonden_partijen.models import BbvCategorie, Deelname, VerbondenPartij
from app.verbonden_partijen.schemas import OrganisatieVerwijzing, ZetelRead

OMSCHRIJVINGEN = {
    BbvCategorie.GEMEENSCHAPPELIJKE_REGELING: "Gemeenschappelijke regelingen",
    BbvCategorie.VENNOOTSCHAP_COOPERATIE: "Vennootschappen en coöperaties",
    BbvCategorie.STICHTING_VERENIGING: "Stichtingen en verenigingen",
    BbvCategorie.OVERIG: "Overige verbonden partijen",
}


async def bbv_paragraph(session: AsyncSession, principal: Principal, jaar: int) -> BbvParagraaf:
    """The municipality's parties of year J in the four BBV categories, with its own interests
    (its financial interest at start and end of year from its share and the party's equity),
    the parties' figures of that year, its own material risks, and what is still missing per
    party. Five queries whatever the number of parties."""
    tenant = principal.tenant_id
    rows = await repository.participations(session, tenant, jaar)
    party_ids = [party.id for party, _ in rows]
    budgets = await budgets_for_organisation(session, tenant, party_ids, jaar)
    risks = await material_risks(session, tenant, party_ids)
    lists: dict[BbvCategorie, list[BbvPartij]] = {categorie: [] for categorie in BbvCategorie}
    volledigheid = []
    for party, deelname in rows:
        figures = budgets.get(party.id)
        entry = _entry(party, deelname, figures, risks.get(party.id, []))
        lists[party.bbv_categorie].append(entry)
        if lacking := missing(entry, party.bbv_categorie, figures is not None):
            volledigheid.append(
                Ontbrekend(verbonden_partij_id=party.id, naam=party.naam, ontbreekt=lacking)
            )
    return BbvParagraaf(
        organisatie=OrganisatieVerwijzing(
            id=tenant, naam=await repository.organisation_name(session, tenant)
        ),
        jaar=jaar,
        categorieen=[
            BbvCategorieLijst(
                categorie=categorie,
                omschrijving=OMSCHRIJVINGEN[categorie],
                verbonden_partijen=items,
            )
            for categorie, items in lists.items()
        ],
        volledigheid=volledigheid,
        volledig=not volledigheid,
    )


def _entry(
    party: VerbondenPartij,
    deelname: Deelname,
    figures: BudgetFigures | None,
    risks: list[RisicoSummary],
) -> BbvPartij:
    budget = figures.begroting if figures else None
    equity_begin = budget.eigen_vermogen_begin if budget else None
    equity_end = budget.eigen_vermogen_einde if budget else None
    return BbvPartij(
        verbonden_partij_id=party.id,
        naam=party.naam,
        vestigingsplaats=party.vestigingsplaats,
        rechtsvorm=party.rechtsvorm,
        openbaar_belang=party.openbaar_belang,
        bestuurlijk_belang=BestuurlijkBelang(
            zetels=[ZetelRead.model_validate(zetel) for zetel in deelname.bestuurlijk_belang],
            stemgewicht=deelname.stemgewicht,
        ),
        financieel_belang=FinancieelBelang(
            bijdrage=figures.eigen_bijdrage if figures else None,
            aandeel=deelname.aandeel,
            begin=part_of_equity(deelname.aandeel, equity_begin),
            einde=part_of_equity(deelname.aandeel, equity_end),
        ),
        eigen_vermogen_begin=equity_begin,
        eigen_vermogen_einde=equity_end,
        vreemd_vermogen_begin=budget.vreemd_vermogen_begin if budget else None,
        vreemd_vermogen_einde=budget.vreemd_vermogen_einde if budget else None,
        resultaat=budget.resultaat if budget else None,
        risicos_volgens_partij=budget.risicos if budget else None,
        materiele_risicos=risks,
    )

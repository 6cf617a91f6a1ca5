"""The paragraaf verbonden partijen of a municipality's budget or accounts (BBV art. 15)."""

from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.bbv import repository
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
from app.iv3.schemas import KengetalSignaal
from app.iv3.service import red_ratios
from app.risicos.summaries import RisicoSummary, material_risks
from app.verbonden_partijen.models import BbvCategorie, Deelname, VerbondenPartij
from app.verbonden_partijen.schemas import OrganisatieVerwijzing, ZetelRead

CENT = Decimal("0.01")
OMSCHRIJVINGEN = {
    BbvCategorie.GEMEENSCHAPPELIJKE_REGELING: "Gemeenschappelijke regelingen",
    BbvCategorie.VENNOOTSCHAP_COOPERATIE: "Vennootschappen en coöperaties",
    BbvCategorie.STICHTING_VERENIGING: "Stichtingen en verenigingen",
    BbvCategorie.OVERIG: "Overige verbonden partijen",
}


async def bbv_paragraph(session: AsyncSession, principal: Principal, jaar: int) -> BbvParagraaf:
    """The municipality's parties of year J in the four BBV categories, with its own interests,
    the parties' figures of that year, its own material risks, and what is still missing per
    party. Seven queries whatever the number of parties."""
    tenant = principal.tenant_id
    rows = await repository.participations(session, tenant, jaar)
    party_ids = [party.id for party, _ in rows]
    budgets = await budgets_for_organisation(session, tenant, party_ids, jaar)
    risks = await material_risks(session, tenant, party_ids)
    red = await red_ratios(session, tenant, party_ids)
    lists: dict[BbvCategorie, list[BbvPartij]] = {categorie: [] for categorie in BbvCategorie}
    volledigheid = []
    for party, deelname in rows:
        figures = budgets.get(party.id)
        entry = _entry(party, deelname, figures, risks.get(party.id, []), red.get(party.id, []))
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


def share_of(aandeel: Decimal | None, vermogen: Decimal | None) -> Decimal | None:
    """The municipality's part of the party's equity: its share in percent, to the cent."""
    if aandeel is None or vermogen is None:
        return None
    return (vermogen * aandeel / 100).quantize(CENT, ROUND_HALF_UP)


def _entry(
    party: VerbondenPartij,
    deelname: Deelname,
    figures: BudgetFigures | None,
    risks: list[RisicoSummary],
    red: list[KengetalSignaal],
) -> BbvPartij:
    budget = figures.begroting if figures else None
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
            belang_begin=share_of(
                deelname.aandeel, budget.eigen_vermogen_begin if budget else None
            ),
            belang_einde=share_of(
                deelname.aandeel, budget.eigen_vermogen_einde if budget else None
            ),
        ),
        eigen_vermogen_begin=budget.eigen_vermogen_begin if budget else None,
        eigen_vermogen_einde=budget.eigen_vermogen_einde if budget else None,
        vreemd_vermogen_begin=budget.vreemd_vermogen_begin if budget else None,
        vreemd_vermogen_einde=budget.vreemd_vermogen_einde if budget else None,
        resultaat=budget.resultaat if budget else None,
        risicos_volgens_partij=budget.risicos if budget else None,
        materiele_risicos=risks,
        kengetallen_rood=red,
    )

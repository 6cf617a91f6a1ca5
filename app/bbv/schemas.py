"""The paragraaf verbonden partijen (BBV art. 15) as the API shows it."""

import uuid
from enum import StrEnum

from pydantic import Field

from app.core.schemas import ApiModel, Euro, NonNegativeDecimal, Percentage
from app.risicos.summaries import MATERIEEL_REGEL, RisicoSummary
from app.verbonden_partijen.models import BbvCategorie, Rechtsvorm
from app.verbonden_partijen.schemas import OrganisatieVerwijzing, ZetelRead


class Onderdeel(StrEnum):
    """What the paragraph needs of a party and can be missing."""

    BEGROTING = "begroting"
    EIGEN_VERMOGEN_BEGIN = "eigen_vermogen_begin"
    EIGEN_VERMOGEN_EINDE = "eigen_vermogen_einde"
    VREEMD_VERMOGEN_BEGIN = "vreemd_vermogen_begin"
    VREEMD_VERMOGEN_EINDE = "vreemd_vermogen_einde"
    RESULTAAT = "resultaat"
    BIJDRAGE = "bijdrage"
    AANDEEL = "aandeel"
    BESTUURLIJK_BELANG = "bestuurlijk_belang"
    RISICOS = "risicos"


class BestuurlijkBelang(ApiModel):
    zetels: list[ZetelRead] = Field(description="The municipality's seats in the party's boards.")
    stemgewicht: NonNegativeDecimal | None


BELANG = (
    "The municipality's financial interest at the {moment} of the year (BBV art. 15): its "
    "share (`aandeel`, %) of the party's equity (`eigenVermogen{veld}`), to the cent; negative "
    "when the equity is. Null while the share or that equity is unknown."
)


class FinancieelBelang(ApiModel):
    bijdrage: Euro | None = Field(description="The municipality's own contribution this year.")
    aandeel: Percentage | None = Field(description="Its share in the cost split (verdeelsleutel).")
    begin: Euro | None = Field(description=BELANG.format(moment="start", veld="Begin"))
    einde: Euro | None = Field(description=BELANG.format(moment="end", veld="Einde"))


class BbvPartij(ApiModel):
    verbonden_partij_id: uuid.UUID
    naam: str
    vestigingsplaats: str
    rechtsvorm: Rechtsvorm
    openbaar_belang: str
    bestuurlijk_belang: BestuurlijkBelang
    financieel_belang: FinancieelBelang
    eigen_vermogen_begin: Euro | None
    eigen_vermogen_einde: Euro | None
    vreemd_vermogen_begin: Euro | None
    vreemd_vermogen_einde: Euro | None
    resultaat: Euro | None
    risicos_volgens_partij: str | None = Field(
        description="Material risks as the party states them in its budget (`risicos` of the "
        "budget year)."
    )
    materiele_risicos: list[RisicoSummary] = Field(
        description=f"Material risks as the municipality judges them in its own risk register "
        f"(private to it; see `/verbonden-partijen/{{id}}/risicos`). {MATERIEEL_REGEL}"
    )


class BbvCategorieLijst(ApiModel):
    categorie: BbvCategorie
    omschrijving: str
    verbonden_partijen: list[BbvPartij]


class Ontbrekend(ApiModel):
    verbonden_partij_id: uuid.UUID
    naam: str
    ontbreekt: list[Onderdeel]


class BbvParagraaf(ApiModel):
    organisatie: OrganisatieVerwijzing
    jaar: int
    categorieen: list[BbvCategorieLijst] = Field(
        description="The four categories of BBV art. 15, always all four, in this order."
    )
    volledigheid: list[Ontbrekend] = Field(
        description="Per party what the paragraph still lacks; only incomplete parties."
    )
    volledig: bool

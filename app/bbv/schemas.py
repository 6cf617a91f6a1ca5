"""The paragraaf verbonden partijen (BBV art. 15) as the API shows it."""

import uuid
from enum import StrEnum

from pydantic import Field

from app.core.schemas import ApiModel, Euro, NonNegativeDecimal, Percentage
from app.iv3.schemas import KengetalSignaal
from app.risicos.summaries import MATERIEEL_REGEL, RisicoSummary
from app.verbonden_partijen.models import BbvCategorie, Rechtsvorm
from app.verbonden_partijen.schemas import (
    NAAM,
    OPENBAAR_BELANG,
    RECHTSVORM,
    STEMGEWICHT,
    VESTIGINGSPLAATS,
    OrganisatieVerwijzing,
    ZetelRead,
)


class Onderdeel(StrEnum):
    """Wat de paragraaf van een partij nodig heeft en kan ontbreken."""

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


PARTIJ = "De identificatie van de verbonden partij."


class BestuurlijkBelang(ApiModel):
    zetels: list[ZetelRead] = Field(
        description="De zetels van de gemeente in de besturen van de partij."
    )
    stemgewicht: NonNegativeDecimal | None = Field(description=STEMGEWICHT)


class FinancieelBelang(ApiModel):
    bijdrage: Euro | None = Field(description="De eigen bijdrage van de gemeente dit jaar.")
    aandeel: Percentage | None = Field(
        description="Haar aandeel in de kostenverdeling (verdeelsleutel)."
    )
    belang_begin: Euro | None = Field(
        description="Haar financieel belang aan het begin van het jaar (BBV art. 15): `aandeel` "
        "van het `eigenVermogenBegin` van de partij, op de cent; `null` als een van beide "
        "onbekend is."
    )
    belang_einde: Euro | None = Field(
        description="Hetzelfde aan het eind van het jaar, van `eigenVermogenEinde`."
    )


class BbvPartij(ApiModel):
    verbonden_partij_id: uuid.UUID = Field(description=PARTIJ)
    naam: str = Field(description=NAAM)
    vestigingsplaats: str = Field(description=VESTIGINGSPLAATS)
    rechtsvorm: Rechtsvorm = Field(description=RECHTSVORM)
    openbaar_belang: str = Field(description=OPENBAAR_BELANG)
    bestuurlijk_belang: BestuurlijkBelang = Field(
        description="De zetels en het stemgewicht van de gemeente."
    )
    financieel_belang: FinancieelBelang = Field(
        description="De bijdrage, het aandeel en het financieel belang van de gemeente."
    )
    eigen_vermogen_begin: Euro | None = Field(
        description="Het eigen vermogen van de partij aan het begin van het jaar."
    )
    eigen_vermogen_einde: Euro | None = Field(
        description="Het eigen vermogen van de partij aan het eind van het jaar."
    )
    vreemd_vermogen_begin: Euro | None = Field(
        description="Het vreemd vermogen van de partij aan het begin van het jaar."
    )
    vreemd_vermogen_einde: Euro | None = Field(
        description="Het vreemd vermogen van de partij aan het eind van het jaar."
    )
    resultaat: Euro | None = Field(description="Het resultaat van de partij over het jaar.")
    risicos_volgens_partij: str | None = Field(
        description="Materiële risico's zoals de partij ze in haar begroting noemt (`risicos` "
        "van het begrotingsjaar)."
    )
    materiele_risicos: list[RisicoSummary] = Field(
        description=f"Materiële risico's zoals de gemeente ze in haar eigen risicoregister "
        f"beoordeelt (alleen voor haar; zie `/verbonden-partijen/{{id}}/risicos`). "
        f"{MATERIEEL_REGEL}"
    )
    kengetallen_rood: list[KengetalSignaal] = Field(
        description="De kengetallen (Iv3) van de partij waarvan de laatste waarde in categorie C "
        "valt volgens de signaalwaarden van de gemeente "
        "(`/verbonden-partijen/{id}/kengetallen`)."
    )


class BbvCategorieLijst(ApiModel):
    categorie: BbvCategorie = Field(description="De categorie volgens BBV art. 15.")
    omschrijving: str = Field(description="De naam van de categorie zoals het BBV die noemt.")
    verbonden_partijen: list[BbvPartij] = Field(
        description="De verbonden partijen in deze categorie."
    )


class Ontbrekend(ApiModel):
    verbonden_partij_id: uuid.UUID = Field(description=PARTIJ)
    naam: str = Field(description=NAAM)
    ontbreekt: list[Onderdeel] = Field(
        description="Wat de paragraaf van deze partij nog mist, bijv. `begroting` of `risicos`."
    )


class BbvParagraaf(ApiModel):
    organisatie: OrganisatieVerwijzing = Field(description="De gemeente van de paragraaf.")
    jaar: int = Field(description="Het begrotingsjaar van de paragraaf.")
    categorieen: list[BbvCategorieLijst] = Field(
        description="De vier categorieën van BBV art. 15, altijd alle vier, in deze volgorde."
    )
    volledigheid: list[Ontbrekend] = Field(
        description="Per partij wat de paragraaf nog mist; alleen onvolledige partijen."
    )
    volledig: bool = Field(description="De paragraaf mist niets meer.")

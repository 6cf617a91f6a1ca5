"""Iv3 deliveries, the key ratios and their signal values as the API shows them."""

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Annotated

from pydantic import Field

from app.core.schemas import AS_JSON_NUMBER, NUMBER_SCHEMA, ApiModel, Euro, InputModel
from app.iv3.kengetallen import Categorie, Richting, Trend
from app.iv3.models import Iv3Status
from app.iv3.records import Eenheid

Grens = Annotated[
    Decimal,
    Field(max_digits=9, decimal_places=4, ge=-1000, le=1000),
    AS_JSON_NUMBER,
    NUMBER_SCHEMA,
]
Kengetalcode = Annotated[str, Field(pattern=r"^fk\.[1-6]$", description="`fk.1` … `fk.6`.")]
EIGEN_VERMOGEN_BEGIN = "Het eigen vermogen aan het begin van het jaar; `null` als onbekend."
EIGEN_VERMOGEN_EINDE = "Het eigen vermogen aan het eind van het jaar; `null` als onbekend."
VREEMD_VERMOGEN_BEGIN = "Het vreemd vermogen aan het begin van het jaar; `null` als onbekend."
VREEMD_VERMOGEN_EINDE = "Het vreemd vermogen aan het eind van het jaar; `null` als onbekend."
KENGETAL = "De code van het kengetal, `fk.1` … `fk.6`."
OMSCHRIJVING = "De naam van het kengetal, bijv. netto schuldquote."
RICHTING = "`hoger_is_slechter` of `lager_is_slechter`."
GRENS_A = "Categorie A tot hier (exclusief)."
GRENS_C = "Categorie C voorbij hier (exclusief)."
BRON = "Waar de standaardsignaalwaarden vandaan komen."
Procent = Annotated[Decimal, AS_JSON_NUMBER, NUMBER_SCHEMA]

MAPPING = (
    "What a delivery fills in `begrotingen/{boekjaar}` (amounts in euros; `eenheid=duizend_euro` "
    "multiplies the file's `bedrag` by 1,000; stored to the cent): totals *before reserves* are "
    "`data.lasten` and `data.baten` over every taakveld except `0.10` (mutaties reserves) and "
    "`0.11` (resultaat). periode 0 (status Begroting) → `primitief.lasten/baten`; periode 1–4 "
    "with status Begroting → `naWijziging.lasten/baten`; periode 1–4 with status Realisatie → "
    "`realisatieTotHeden` (`periode` `<jaar>-Q<n>`, never replaced by an earlier quarter); "
    "periode 5 (status Realisatie) → `realisatie.lasten/baten`, `resultaat` = baten − lasten "
    "*after reserves* (with `0.10`, without `0.11`), `eigenVermogenBegin/Einde` = "
    "`data.balans_standen` of balance codes P111, P112, P114 and `vreemdVermogenBegin/Einde` "
    "= the other codes under Tot_Pas (P12, P13x, P140, P2xx), at standper `1 januari`/"
    "`1-1-<jaar>` (begin) and `ultimo`/`31-12-<jaar>` (end). Every other field of the budget "
    "year stays as it was. `data.kengetallen` feed `GET …/kengetallen`."
)


class TotalenRead(ApiModel):
    lasten: Euro = Field(description="De lasten in euro's.")
    baten: Euro = Field(description="De baten in euro's.")
    saldo: Euro = Field(description="Baten − lasten.")


class CijfersRead(ApiModel):
    voor_reserves: TotalenRead = Field(
        description="Elk taakveld behalve 0.10 en 0.11 (BBV: saldo van baten en lasten)."
    )
    na_reserves: TotalenRead = Field(description="Met 0.10 mutaties reserves (BBV: resultaat).")
    eigen_vermogen_begin: Euro | None = Field(description=EIGEN_VERMOGEN_BEGIN)
    eigen_vermogen_einde: Euro | None = Field(description=EIGEN_VERMOGEN_EINDE)
    vreemd_vermogen_begin: Euro | None = Field(description=VREEMD_VERMOGEN_BEGIN)
    vreemd_vermogen_einde: Euro | None = Field(description=VREEMD_VERMOGEN_EINDE)


class IngediendDoor(ApiModel):
    naam: str = Field(description="De naam van het account dat de levering indiende.")
    rol: str = Field(description="De rol waarin dat account de levering indiende.")


class BegrotingGevuld(ApiModel):
    jaar: int = Field(description="Het begrotingsjaar dat de levering vulde.")
    versie: int = Field(description="De versie van het begrotingsjaar na deze levering.")
    velden: list[str] = Field(description="De velden van de begroting die deze levering vulde.")


class Iv3LeveringRead(ApiModel):
    id: uuid.UUID = Field(description="De identificatie van de levering.")
    verbonden_partij_id: uuid.UUID = Field(description="De partij van wie de cijfers zijn.")
    boekjaar: int = Field(description="Het boekjaar van de cijfers.")
    periode: int = Field(description="0 begroting, 1–4 kwartaal (tot en met), 5 jaarrekening.")
    status: Iv3Status = Field(
        description="De `metadata.status` van de levering: `begroting` of `realisatie`."
    )
    eenheid: Eenheid = Field(
        description="De eenheid van de bedragen in het bestand: `euro` of `duizend_euro`."
    )
    overheidsnummer: str = Field(description="Het overheidsnummer van de partij in het bestand.")
    overheidsnaam: str = Field(description="De naam van de partij in het bestand.")
    revisie: int = Field(
        description="De hoeveelste levering van hetzelfde jaar en dezelfde periode, vanaf 1."
    )
    vervangt: uuid.UUID | None = Field(
        description="De levering van hetzelfde jaar en dezelfde periode die deze vervangt."
    )
    ontvangen_op: datetime = Field(description="Wanneer de levering is ontvangen.")
    ingediend_door: IngediendDoor = Field(description="Wie de levering indiende.")
    aantal_regels: int = Field(description="Het aantal regels (bedragen) in het bestand.")
    cijfers: CijfersRead = Field(description="De totalen en de balansstanden uit het bestand.")
    begroting: BegrotingGevuld = Field(description="Wat de levering in de begroting vulde.")


class Iv3Ontvangst(Iv3LeveringRead):
    ongewijzigd: bool = Field(
        description="Waar (`true`) als precies dit bestand (of deze `Idempotency-Key`) al "
        "eerder is ontvangen: er is niets opgeslagen of gewijzigd; dit is de levering van toen."
    )


class WaarnemingRead(ApiModel):
    verslagperiode: str = Field(
        description="`Rek_2025` jaarrekening, `Beg_2026` begroting, `MJR_…` meerjarenraming."
    )
    tekst: str = Field(description="De waarde zoals geleverd.")
    waarde: Procent | None = Field(
        description="De waarde als getal (procent); `null` als er geen getal in staat."
    )
    categorie: Categorie | None = Field(
        description="De categorie volgens de signaalwaarden: A (minst risicovol) tot C (rood)."
    )
    trend: Trend | None = Field(
        description="Tegen de waarde van de vorige verslagperiode: `stijgend`, `gelijk` of "
        "`dalend`."
    )


class SignaalwaardeRead(ApiModel):
    kengetal: str = Field(description=KENGETAL)
    richting: Richting = Field(description=RICHTING)
    grens_a: Procent = Field(description=GRENS_A)
    grens_c: Procent = Field(description=GRENS_C)
    standaard: bool = Field(
        description="Waar (`true`): de standaardwaarde (GTK 2020), niet door u ingesteld."
    )


class KengetalRead(ApiModel):
    kengetal: str = Field(description=KENGETAL)
    omschrijving: str = Field(description=OMSCHRIJVING)
    signaalwaarde: SignaalwaardeRead = Field(description="De signaalwaarden van uw gemeente.")
    waarnemingen: list[WaarnemingRead] = Field(
        description="De geleverde waarden per verslagperiode."
    )
    laatste: WaarnemingRead | None = Field(
        description="De waarde van de laatste jaarrekening, anders die van de laatste begroting."
    )
    rood: bool = Field(description="De laatste waarde valt in categorie C.")


class KengetalSignaal(ApiModel):
    """Een kengetal waarvan de laatste waarde voor de gemeente in categorie C (rood) valt."""

    kengetal: str = Field(description=KENGETAL)
    omschrijving: str = Field(description=OMSCHRIJVING)
    verslagperiode: str = Field(description="De verslagperiode van de waarde, bijv. `Rek_2025`.")
    waarde: Procent | None = Field(description="De waarde als getal (procent).")
    signaalwaarde: Procent = Field(description="De grens van categorie C die ze overschreed.")
    richting: Richting = Field(description=RICHTING)


class KengetallenRead(ApiModel):
    verbonden_partij_id: uuid.UUID = Field(description="De verbonden partij.")
    kengetallen: list[KengetalRead] = Field(description="De kengetallen `fk.1` … `fk.6`.")
    bron: str = Field(description=BRON)


class SignaalwaardeInput(InputModel):
    kengetal: Kengetalcode = Field(description=KENGETAL)
    grens_a: Grens = Field(description=GRENS_A)
    grens_c: Grens = Field(description=GRENS_C)


class SignaalwaardenInput(InputModel):
    signaalwaarden: list[SignaalwaardeInput] = Field(
        max_length=6,
        description="Uw eigen grenzen per kengetal; wat u weglaat, krijgt de standaardwaarden.",
    )


class SignaalwaardenRead(ApiModel):
    signaalwaarden: list[SignaalwaardeRead] = Field(
        description="De signaalwaarden per kengetal, eigen of standaard."
    )
    bron: str = Field(description=BRON)

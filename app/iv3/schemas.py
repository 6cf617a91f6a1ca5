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
    lasten: Euro
    baten: Euro
    saldo: Euro = Field(description="baten − lasten.")


class CijfersRead(ApiModel):
    voor_reserves: TotalenRead = Field(
        description="Every taakveld except 0.10 and 0.11 (BBV: saldo van baten en lasten)."
    )
    na_reserves: TotalenRead = Field(description="With 0.10 mutaties reserves (BBV: resultaat).")
    eigen_vermogen_begin: Euro | None
    eigen_vermogen_einde: Euro | None
    vreemd_vermogen_begin: Euro | None
    vreemd_vermogen_einde: Euro | None


class IngediendDoor(ApiModel):
    naam: str
    rol: str


class BegrotingGevuld(ApiModel):
    jaar: int
    versie: int = Field(description="The budget year's version after this delivery.")
    velden: list[str] = Field(description="The budget fields this delivery filled.")


class Iv3LeveringRead(ApiModel):
    id: uuid.UUID
    verbonden_partij_id: uuid.UUID
    boekjaar: int
    periode: int = Field(description="0 budget, 1–4 quarter (up to and including), 5 accounts.")
    status: Iv3Status
    eenheid: Eenheid
    overheidsnummer: str
    overheidsnaam: str
    revisie: int
    vervangt: uuid.UUID | None = Field(
        description="The delivery of the same year and periode this one supersedes."
    )
    ontvangen_op: datetime
    ingediend_door: IngediendDoor
    aantal_regels: int
    cijfers: CijfersRead
    begroting: BegrotingGevuld


class Iv3Ontvangst(Iv3LeveringRead):
    ongewijzigd: bool = Field(
        description="True when this very file (or this Idempotency-Key) was taken before: "
        "nothing was stored or changed, this is the delivery it made."
    )


class WaarnemingRead(ApiModel):
    verslagperiode: str = Field(description="`Rek_2025` accounts, `Beg_2026` budget, `MJR_…`.")
    tekst: str = Field(description="The value as delivered.")
    waarde: Procent | None = Field(description="The value as a number (percent); null if none.")
    categorie: Categorie | None
    trend: Trend | None = Field(description="Against the previous report period's value.")


class SignaalwaardeRead(ApiModel):
    kengetal: str
    richting: Richting
    grens_a: Procent = Field(description="Category A up to here (exclusive).")
    grens_c: Procent = Field(description="Category C beyond here (exclusive).")
    standaard: bool = Field(description="True: the default (GTK 2020), not set by you.")


class KengetalRead(ApiModel):
    kengetal: str
    omschrijving: str
    signaalwaarde: SignaalwaardeRead
    waarnemingen: list[WaarnemingRead]
    laatste: WaarnemingRead | None = Field(
        description="The latest accounts' value, or else the latest budget's."
    )
    rood: bool = Field(description="The latest value is in category C.")


class KengetalSignaal(ApiModel):
    """A key ratio whose latest value is in category C (red) for the municipality."""

    kengetal: str
    omschrijving: str
    verslagperiode: str
    waarde: Procent | None
    signaalwaarde: Procent = Field(description="The bound of category C it crossed.")
    richting: Richting


class KengetallenRead(ApiModel):
    verbonden_partij_id: uuid.UUID
    kengetallen: list[KengetalRead]
    bron: str = Field(description="Where the default signal values come from.")


class SignaalwaardeInput(InputModel):
    kengetal: Kengetalcode
    grens_a: Grens
    grens_c: Grens


class SignaalwaardenInput(InputModel):
    signaalwaarden: list[SignaalwaardeInput] = Field(
        max_length=6,
        description="Your own bounds per key ratio; those you leave out take the defaults.",
    )


class SignaalwaardenRead(ApiModel):
    signaalwaarden: list[SignaalwaardeRead]
    bron: str

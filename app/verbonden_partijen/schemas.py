"""Parties, participations and regievoerder assignments as the API shows them."""

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, ClassVar

from pydantic import Field, StringConstraints, computed_field

from app.core.clock import today
from app.core.schemas import ApiModel, InputModel, NonNegativeDecimal, PatchModel, Percentage
from app.verbonden_partijen.models import BbvCategorie, Rechtsvorm
from app.verbonden_partijen.rules import is_active

Naam = Annotated[str, StringConstraints(min_length=1, max_length=200)]
# Field descriptions shared by the party's input and read models.
NAAM = "De naam van de verbonden partij."
VESTIGINGSPLAATS = "De plaats waar de partij gevestigd is."
BBV_CATEGORIE = "De categorie volgens het BBV: gemeenschappelijke regeling, vennootschap, …"
RECHTSVORM = "De rechtsvorm van de partij."
OPENBAAR_BELANG = "Het openbaar belang dat de partij dient."
KVK_NUMMER = "Het nummer in het Handelsregister van de KvK (acht cijfers)."
BEGINDATUM = "De dag waarop de partij begon; leeg als onbekend."
EINDDATUM = "De dag waarop de partij ophoudt of ophield; leeg zolang zij bestaat."
TOELICHTING = "Vrije toelichting bij de partij."
VERSIE = "Stijgt bij elke wijziging; de ETag draagt haar."
AANDEEL = "Het aandeel van de gemeente in de kostenverdeling, in procenten."
STEMGEWICHT = "Het stemgewicht van de gemeente in het bestuur."
BESTUURLIJK_BELANG = "De zetels via welke de gemeente haar bestuurlijk belang heeft."
EIGENAARSROL = "Wie de eigenaarsrol vervult (continuïteit, vermogen, risico's)."
OPDRACHTGEVERSROL = "Wie de opdrachtgeversrol vervult (prijs, kwaliteit, servicenormen)."
DEELNAME_BEGIN = "De dag waarop de deelname begon."
DEELNAME_EINDE = "De dag waarop de deelname eindigt of eindigde; leeg zolang zij loopt."
ALLEEN_EIGEN = " Alleen de deelnemer zelf ziet dit; voor de andere deelnemers null."
Plaats = Annotated[str, StringConstraints(min_length=1, max_length=100)]
Tekst = Annotated[str, StringConstraints(min_length=1, max_length=10_000)]
KvkNummer = Annotated[str, StringConstraints(pattern=r"^\d{8}$")]
CbsNummer = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9]{1,8}$"),
    Field(description="Het nummer van het lichaam bij het CBS (`overheidsnummer` in Iv3)."),
]
Monitoringsniveau = Annotated[
    int, Field(ge=1, le=3, description="1 = intensief, 2 = regulier, 3 = licht gevolgd.")
]
Rapportagetermijn = Annotated[
    int,
    Field(
        ge=0,
        le=366,
        description="Dagen na het einde van een periode waarbinnen de rapportage van de "
        "partij binnen moet zijn.",
    ),
]


class VerbondenPartijCreate(InputModel):
    naam: Naam = Field(description=NAAM)
    vestigingsplaats: Plaats = Field(description=VESTIGINGSPLAATS)
    bbv_categorie: BbvCategorie = Field(description=BBV_CATEGORIE)
    rechtsvorm: Rechtsvorm = Field(description=RECHTSVORM)
    openbaar_belang: Tekst = Field(description=OPENBAAR_BELANG)
    kvk_nummer: KvkNummer | None = Field(default=None, description=KVK_NUMMER)
    cbs_nummer: CbsNummer | None = None
    begindatum: date | None = Field(default=None, description=BEGINDATUM)
    einddatum: date | None = Field(default=None, description=EINDDATUM)
    monitoringsniveau: Monitoringsniveau = 2
    rapportagetermijn_dagen: Rapportagetermijn = 30
    toelichting: Tekst | None = Field(default=None, description=TOELICHTING)


class VerbondenPartijUpdate(PatchModel):
    required_fields: ClassVar[frozenset[str]] = frozenset(
        {"naam", "vestigingsplaats", "bbv_categorie", "rechtsvorm", "openbaar_belang"}
        | {"monitoringsniveau", "rapportagetermijn_dagen", "penvoerder_id"}
    )

    naam: Naam | None = Field(default=None, description=NAAM)
    vestigingsplaats: Plaats | None = Field(default=None, description=VESTIGINGSPLAATS)
    bbv_categorie: BbvCategorie | None = Field(default=None, description=BBV_CATEGORIE)
    rechtsvorm: Rechtsvorm | None = Field(default=None, description=RECHTSVORM)
    openbaar_belang: Tekst | None = Field(default=None, description=OPENBAAR_BELANG)
    kvk_nummer: KvkNummer | None = Field(default=None, description=KVK_NUMMER)
    cbs_nummer: CbsNummer | None = None
    begindatum: date | None = Field(default=None, description=BEGINDATUM)
    einddatum: date | None = Field(default=None, description=EINDDATUM)
    monitoringsniveau: Monitoringsniveau | None = None
    rapportagetermijn_dagen: Rapportagetermijn | None = None
    toelichting: Tekst | None = Field(default=None, description=TOELICHTING)
    penvoerder_id: uuid.UUID | None = Field(
        default=None,
        description="Draag de rol van penvoerder over aan een andere deelnemende gemeente "
        "(alleen de beheerder van de penvoerder).",
    )


class OrganisatieVerwijzing(ApiModel):
    id: uuid.UUID = Field(description="De identificatie van de organisatie.")
    naam: str = Field(description="De naam van de organisatie.")


class VerbondenPartijRead(ApiModel):
    id: uuid.UUID = Field(description="De identificatie van de partij.")
    naam: str = Field(description=NAAM)
    vestigingsplaats: str = Field(description=VESTIGINGSPLAATS)
    bbv_categorie: BbvCategorie = Field(description=BBV_CATEGORIE)
    rechtsvorm: Rechtsvorm = Field(description=RECHTSVORM)
    openbaar_belang: str = Field(description=OPENBAAR_BELANG)
    kvk_nummer: str | None = Field(description=KVK_NUMMER)
    cbs_nummer: CbsNummer | None
    begindatum: date | None = Field(description=BEGINDATUM)
    einddatum: date | None = Field(description=EINDDATUM)
    monitoringsniveau: Monitoringsniveau
    rapportagetermijn_dagen: Rapportagetermijn
    toelichting: str | None = Field(description=TOELICHTING)
    penvoerder: OrganisatieVerwijzing | None = Field(
        description="De penvoerder: voegt deelnemers toe, beheert hun gedeelde gegevens "
        "(aandeel, stemgewicht, zetels) en het account van de partij."
    )
    versie: int = Field(description=VERSIE)
    aangemaakt_op: datetime = Field(description="Wanneer de partij is vastgelegd.")
    gewijzigd_op: datetime = Field(description="Wanneer de partij het laatst is gewijzigd.")

    @computed_field(description="Onwaar zodra de einddatum voorbij is.")  # type: ignore[prop-decorator]
    @property
    def actief(self) -> bool:
        return is_active(self.einddatum, today())


class Bestuursorgaan(StrEnum):
    ALGEMEEN_BESTUUR = "algemeen_bestuur"
    DAGELIJKS_BESTUUR = "dagelijks_bestuur"
    AANDEELHOUDERSVERGADERING = "aandeelhoudersvergadering"
    RAAD_VAN_COMMISSARISSEN = "raad_van_commissarissen"
    LEDENVERGADERING = "ledenvergadering"
    OVERIG = "overig"


ORGAAN = "Het orgaan waarin de zetel zit."
BEKLEED_DOOR = "Wie de zetel bekleedt, bijvoorbeeld 'wethouder Financiën'."


class Zetel(InputModel):
    """Een zetel waarmee de gemeente haar bestuurlijk belang houdt."""

    orgaan: Bestuursorgaan = Field(description=ORGAAN)
    bekleed_door: Naam = Field(description=BEKLEED_DOOR)


class DeelnameCreate(InputModel):
    organisatie_id: uuid.UUID = Field(description="De deelnemende organisatie.")
    aandeel: Percentage | None = Field(default=None, description=AANDEEL)
    stemgewicht: NonNegativeDecimal | None = Field(default=None, description=STEMGEWICHT)
    bestuurlijk_belang: list[Zetel] = Field(
        default_factory=list, max_length=50, description=BESTUURLIJK_BELANG
    )
    eigenaarsrol_houder: Naam | None = Field(default=None, description=EIGENAARSROL)
    opdrachtgeversrol_houder: Naam | None = Field(default=None, description=OPDRACHTGEVERSROL)
    begindatum: date | None = Field(default=None, description=DEELNAME_BEGIN)
    einddatum: date | None = Field(default=None, description=DEELNAME_EINDE)


class DeelnameUpdate(PatchModel):
    required_fields: ClassVar[frozenset[str]] = frozenset({"bestuurlijk_belang"})

    aandeel: Percentage | None = Field(default=None, description=AANDEEL)
    stemgewicht: NonNegativeDecimal | None = Field(default=None, description=STEMGEWICHT)
    bestuurlijk_belang: list[Zetel] | None = Field(
        default=None, max_length=50, description=BESTUURLIJK_BELANG
    )
    eigenaarsrol_houder: Naam | None = Field(default=None, description=EIGENAARSROL)
    opdrachtgeversrol_houder: Naam | None = Field(default=None, description=OPDRACHTGEVERSROL)
    begindatum: date | None = Field(default=None, description=DEELNAME_BEGIN)
    einddatum: date | None = Field(default=None, description=DEELNAME_EINDE)


class ZetelRead(ApiModel):
    orgaan: Bestuursorgaan = Field(description=ORGAAN)
    bekleed_door: str = Field(description=BEKLEED_DOOR)


class DeelnameRead(ApiModel):
    id: uuid.UUID = Field(description="De identificatie van de deelname.")
    verbonden_partij_id: uuid.UUID = Field(description="De partij waarin wordt deelgenomen.")
    organisatie: OrganisatieVerwijzing = Field(description="De deelnemende organisatie.")
    aandeel: Percentage | None = Field(description=AANDEEL)
    stemgewicht: NonNegativeDecimal | None = Field(description=STEMGEWICHT)
    bestuurlijk_belang: list[ZetelRead] = Field(description=BESTUURLIJK_BELANG)
    eigenaarsrol_houder: str | None = Field(description=EIGENAARSROL + ALLEEN_EIGEN)
    opdrachtgeversrol_houder: str | None = Field(description=OPDRACHTGEVERSROL + ALLEEN_EIGEN)
    begindatum: date | None = Field(description=DEELNAME_BEGIN)
    einddatum: date | None = Field(description=DEELNAME_EINDE)
    eigen: bool = Field(description="Waar voor de deelname van de eigen gemeente.")
    versie: int = Field(description=VERSIE)


class RegievoerdersUpdate(InputModel):
    gebruiker_ids: list[uuid.UUID] = Field(
        max_length=50, description="Alle regievoerders van uw gemeente voor deze partij."
    )


class RegievoerderRead(ApiModel):
    id: uuid.UUID = Field(description="De identificatie van het account.")
    naam: str = Field(description="De naam van de regievoerder.")
    email: str | None = Field(description="Het e-mailadres van de regievoerder.")

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
Plaats = Annotated[str, StringConstraints(min_length=1, max_length=100)]
Tekst = Annotated[str, StringConstraints(min_length=1, max_length=10_000)]
KvkNummer = Annotated[str, StringConstraints(pattern=r"^\d{8}$")]
CbsNummer = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9]{1,8}$"),
    Field(description="The body's number at CBS: the `overheidsnummer` of its Iv3 deliveries."),
]
Monitoringsniveau = Annotated[
    int, Field(ge=1, le=3, description="1 = intensive, 2 = regular, 3 = light monitoring.")
]
Rapportagetermijn = Annotated[
    int,
    Field(
        ge=0,
        le=366,
        description="Days after a period ends by which the partner's report is due.",
    ),
]


class VerbondenPartijCreate(InputModel):
    naam: Naam
    vestigingsplaats: Plaats
    bbv_categorie: BbvCategorie
    rechtsvorm: Rechtsvorm
    openbaar_belang: Tekst = Field(description="The public interest the party serves.")
    kvk_nummer: KvkNummer | None = None
    cbs_nummer: CbsNummer | None = None
    begindatum: date | None = None
    einddatum: date | None = None
    monitoringsniveau: Monitoringsniveau = 2
    rapportagetermijn_dagen: Rapportagetermijn = 30
    toelichting: Tekst | None = None


class VerbondenPartijUpdate(PatchModel):
    required_fields: ClassVar[frozenset[str]] = frozenset(
        {"naam", "vestigingsplaats", "bbv_categorie", "rechtsvorm", "openbaar_belang"}
        | {"monitoringsniveau", "rapportagetermijn_dagen", "penvoerder_id"}
    )

    naam: Naam | None = None
    vestigingsplaats: Plaats | None = None
    bbv_categorie: BbvCategorie | None = None
    rechtsvorm: Rechtsvorm | None = None
    openbaar_belang: Tekst | None = None
    kvk_nummer: KvkNummer | None = None
    cbs_nummer: CbsNummer | None = None
    begindatum: date | None = None
    einddatum: date | None = None
    monitoringsniveau: Monitoringsniveau | None = None
    rapportagetermijn_dagen: Rapportagetermijn | None = None
    toelichting: Tekst | None = None
    penvoerder_id: uuid.UUID | None = Field(
        default=None,
        description="Hand the penvoerder role to another participating municipality "
        "(only the penvoerder's beheerder).",
    )


class OrganisatieVerwijzing(ApiModel):
    id: uuid.UUID
    naam: str


class VerbondenPartijRead(ApiModel):
    id: uuid.UUID
    naam: str
    vestigingsplaats: str
    bbv_categorie: BbvCategorie
    rechtsvorm: Rechtsvorm
    openbaar_belang: str
    kvk_nummer: str | None
    cbs_nummer: str | None
    begindatum: date | None
    einddatum: date | None
    monitoringsniveau: int
    rapportagetermijn_dagen: Rapportagetermijn
    toelichting: str | None
    penvoerder: OrganisatieVerwijzing | None = Field(
        description="The lead participant: adds participants, keeps their shared facts "
        "(aandeel, stemgewicht, seats) and the partner's account."
    )
    versie: int = Field(description="Changes with every update; the ETag carries it.")
    aangemaakt_op: datetime
    gewijzigd_op: datetime

    @computed_field(description="False once the end date has passed.")  # type: ignore[prop-decorator]
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


class Zetel(InputModel):
    """A seat through which the municipality holds its bestuurlijk belang."""

    orgaan: Bestuursorgaan
    bekleed_door: Naam = Field(description="Who holds the seat, e.g. 'wethouder Financiën'.")


class DeelnameCreate(InputModel):
    organisatie_id: uuid.UUID
    aandeel: Percentage | None = Field(default=None, description="Share in the cost split, %.")
    stemgewicht: NonNegativeDecimal | None = None
    bestuurlijk_belang: list[Zetel] = Field(default_factory=list, max_length=50)
    eigenaarsrol_houder: Naam | None = Field(
        default=None, description="Who holds the owner role (continuity, equity, risks)."
    )
    opdrachtgeversrol_houder: Naam | None = Field(
        default=None, description="Who holds the client role (price, quality, service norms)."
    )
    begindatum: date | None = None
    einddatum: date | None = None


class DeelnameUpdate(PatchModel):
    required_fields: ClassVar[frozenset[str]] = frozenset({"bestuurlijk_belang"})

    aandeel: Percentage | None = None
    stemgewicht: NonNegativeDecimal | None = None
    bestuurlijk_belang: list[Zetel] | None = Field(default=None, max_length=50)
    eigenaarsrol_houder: Naam | None = None
    opdrachtgeversrol_houder: Naam | None = None
    begindatum: date | None = None
    einddatum: date | None = None


class ZetelRead(ApiModel):
    orgaan: Bestuursorgaan
    bekleed_door: str


class DeelnameRead(ApiModel):
    id: uuid.UUID
    verbonden_partij_id: uuid.UUID
    organisatie: OrganisatieVerwijzing
    aandeel: Percentage | None
    stemgewicht: NonNegativeDecimal | None
    bestuurlijk_belang: list[ZetelRead]
    eigenaarsrol_houder: str | None = Field(
        description="Shown only to the participant itself; null for the other participants."
    )
    opdrachtgeversrol_houder: str | None = Field(
        description="Shown only to the participant itself; null for the other participants."
    )
    begindatum: date | None
    einddatum: date | None
    eigen: bool = Field(description="True for the caller's own municipality's participation.")
    versie: int


class RegievoerdersUpdate(InputModel):
    gebruiker_ids: list[uuid.UUID] = Field(
        max_length=50, description="All regievoerders of your municipality for this party."
    )


class RegievoerderRead(ApiModel):
    id: uuid.UUID
    naam: str
    email: str | None

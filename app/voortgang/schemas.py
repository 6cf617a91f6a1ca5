"""Status reports as the API shows them (API.md, "Voortgangsrapportage")."""

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import Field, StringConstraints

from app.core.periods import HalfYearField
from app.core.schemas import (
    AS_JSON_NUMBER,
    FLOAT_NOISE,
    ApiModel,
    InputModel,
    PatchModel,
    number_schema,
)
from app.voortgang.content import Oordeel
from app.voortgang.workflow import Actie, RapportageStatus

Toelichting = Annotated[str, StringConstraints(min_length=1, max_length=10_000)]
KorteTekst = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Tevredenheid = Annotated[
    Decimal,
    FLOAT_NOISE,
    Field(ge=1, le=10, max_digits=3, decimal_places=1, description="Tevredenheid, 1–10."),
    AS_JSON_NUMBER,
    number_schema(3, 1, ge=1, le=10),
]
OORDEEL_DESCRIPTION = "`+` beter dan gepland, `=` op koers, `-` achter (vraagt een toelichting)."
TOTAALPLANNING_DESCRIPTION = (
    "Onder Planning: wijkt de totaalplanning af? Ja vraagt een toelichting om in te dienen."
)
PORTEFEUILLEHOUDER = (
    "Wie de portefeuille houdt (bijv. 'College van B&W'); een nieuw concept neemt dit over."
)
PROJECTFASE = "De fase van het werk (bijv. 'ontwerpfase'); een nieuw concept neemt die over."
BESLUITVORMING = "De besluiten die de regievoerder aan het MT vraagt."
OVERIGE_INFORMATIE = "Wat het MT verder moet weten."
PARTIJ = "De verbonden partij waarover de rapportage gaat."
PERIODE = "Het halfjaar waarover de rapportage gaat, bijv. `2026-H1`."
ASPECT_TOELICHTING = "De toelichting bij het oordeel."
AFWIJKING_TOELICHTING = "De toelichting bij de afwijking."
AFWIJKING_BEGROTING = "Afwijking begroting? Ja/Nee, met toelichting."
AFWIJKING_INVESTERING = "Afwijking investering? Ja/Nee, met toelichting."
AFWIJKING_EXPLOITATIE = "Afwijking exploitatie? Ja/Nee, met toelichting."
ASPECTEN = "Oordeel en toelichting per aspect."
DIENSTVERLENING = "De stand van de dienstverlening in het halfjaar."
SAMENVATTING = "Samenvatting voor het MT."
TEVREDENHEID = "Tevredenheid over de partij, 1–10."
VOORTGANG = "Het aspect Voortgang."
INHOUD = "Het aspect Inhoud/scope."
PLANNING = "Het aspect Planning."
FINANCIEN = "Het aspect Financiën."
RISICOS = "Het aspect Risico's en kansen."
COMMUNICATIE = "Het aspect Communicatie."


# --- input -----------------------------------------------------------------------------


class VoortgangsrapportageCreate(InputModel):
    verbonden_partij_id: uuid.UUID = Field(description=PARTIJ)
    periode: HalfYearField = Field(description=PERIODE)


class AspectPatch(PatchModel):
    oordeel: Oordeel | None = Field(default=None, description=OORDEEL_DESCRIPTION)
    toelichting: Toelichting | None = Field(default=None, description=ASPECT_TOELICHTING)


class AspectenPatch(PatchModel):
    voortgang: AspectPatch | None = Field(default=None, description=VOORTGANG)
    inhoud: AspectPatch | None = Field(default=None, description=INHOUD)
    planning: AspectPatch | None = Field(default=None, description=PLANNING)
    financien: AspectPatch | None = Field(default=None, description=FINANCIEN)
    risicos: AspectPatch | None = Field(default=None, description=RISICOS)
    communicatie: AspectPatch | None = Field(default=None, description=COMMUNICATIE)


class AfwijkingPatch(PatchModel):
    afwijking: bool | None = Field(default=None, description="Ja (`true`) of Nee (`false`).")
    toelichting: Toelichting | None = Field(default=None, description=AFWIJKING_TOELICHTING)


class VoortgangsrapportageUpdate(PatchModel):
    """JSON Merge Patch van de inhoud: geneste objecten worden samengevoegd, null wist."""

    aspecten: AspectenPatch | None = Field(default=None, description=ASPECTEN)
    afwijking_begroting: AfwijkingPatch | None = Field(
        default=None, description=AFWIJKING_BEGROTING
    )
    afwijking_investering: AfwijkingPatch | None = Field(
        default=None, description=AFWIJKING_INVESTERING
    )
    afwijking_exploitatie: AfwijkingPatch | None = Field(
        default=None, description=AFWIJKING_EXPLOITATIE
    )
    afwijking_totaalplanning: AfwijkingPatch | None = Field(
        default=None, description=TOTAALPLANNING_DESCRIPTION
    )
    portefeuillehouder: KorteTekst | None = Field(default=None, description=PORTEFEUILLEHOUDER)
    projectfase: KorteTekst | None = Field(default=None, description=PROJECTFASE)
    besluitvorming: Toelichting | None = Field(default=None, description=BESLUITVORMING)
    overige_informatie: Toelichting | None = Field(default=None, description=OVERIGE_INFORMATIE)
    dienstverlening: Toelichting | None = Field(default=None, description=DIENSTVERLENING)
    samenvatting: Toelichting | None = Field(default=None, description=SAMENVATTING)
    tevredenheid: Tevredenheid | None = Field(default=None, description=TEVREDENHEID)


class Terugsturen(InputModel):
    toelichting: Toelichting = Field(description="Wat de regievoerder moet aanpassen.")


class Goedkeuren(InputModel):
    toelichting: Toelichting | None = Field(
        default=None, description="Een toelichting, niet verplicht."
    )


# --- output ----------------------------------------------------------------------------


class Aspect(ApiModel):
    oordeel: Oordeel | None = Field(description=OORDEEL_DESCRIPTION)
    toelichting: str | None = Field(description=ASPECT_TOELICHTING)


class Aspecten(ApiModel):
    voortgang: Aspect = Field(description=VOORTGANG)
    inhoud: Aspect = Field(description=INHOUD)
    planning: Aspect = Field(description=PLANNING)
    financien: Aspect = Field(description=FINANCIEN)
    risicos: Aspect = Field(description=RISICOS)
    communicatie: Aspect = Field(description=COMMUNICATIE)


class Afwijking(ApiModel):
    afwijking: bool | None = Field(
        description="Ja (`true`), Nee (`false`) of niet beantwoord (`null`)."
    )
    toelichting: str | None = Field(description=AFWIJKING_TOELICHTING)


def _unanswered() -> Afwijking:
    return Afwijking(afwijking=None, toelichting=None)


class RapportageInhoud(ApiModel):
    """Wat de regievoerder schrijft: het deel dat elke ingediende versie bewaart. Versies die zijn
    ingediend voordat een veld bestond, lezen het als niet beantwoord (null)."""

    aspecten: Aspecten = Field(description=ASPECTEN)
    afwijking_begroting: Afwijking = Field(description=AFWIJKING_BEGROTING)
    afwijking_investering: Afwijking = Field(description=AFWIJKING_INVESTERING)
    afwijking_exploitatie: Afwijking = Field(description=AFWIJKING_EXPLOITATIE)
    afwijking_totaalplanning: Afwijking = Field(
        default_factory=_unanswered, description=TOTAALPLANNING_DESCRIPTION
    )
    portefeuillehouder: str | None = Field(default=None, description=PORTEFEUILLEHOUDER)
    projectfase: str | None = Field(default=None, description=PROJECTFASE)
    besluitvorming: str | None = Field(default=None, description=BESLUITVORMING)
    overige_informatie: str | None = Field(default=None, description=OVERIGE_INFORMATIE)
    dienstverlening: str | None = Field(description=DIENSTVERLENING)
    samenvatting: str | None = Field(description=SAMENVATTING)
    tevredenheid: Tevredenheid | None = Field(description=TEVREDENHEID)


class RapportageKop(ApiModel):
    id: uuid.UUID = Field(description="De identificatie van de voortgangsrapportage.")
    verbonden_partij_id: uuid.UUID = Field(description=PARTIJ)
    periode: str = Field(examples=["2026-H1"], description=PERIODE)
    status: RapportageStatus = Field(
        description="Waar de rapportage staat: `concept`, `ingediend`, `teruggestuurd` of "
        "`goedgekeurd`."
    )


class VoortgangsrapportageRead(RapportageInhoud, RapportageKop):
    """De vorm uit API.md: identiteit en status, de inhoud, de opmerking van het MT, de ETag."""

    mt_opmerking: str | None = Field(
        description="De opmerking van het MT bij zijn laatste besluit."
    )
    te_laat: bool = Field(description="Voor het eerst ingediend na de deadline van de ronde.")
    ingediend_op: datetime | None = Field(
        description="Wanneer de rapportage voor het eerst is ingediend."
    )
    goedgekeurd_op: datetime | None = Field(
        description="Wanneer het MT de rapportage goedkeurde; `null` zolang dat niet gebeurde."
    )
    versie: int = Field(description="Verandert bij elke wijziging en stap; de `ETag` draagt haar.")
    aangemaakt_op: datetime = Field(description="Wanneer de rapportage is aangemaakt.")
    gewijzigd_op: datetime = Field(description="Wanneer de rapportage het laatst is gewijzigd.")


class Overgang(ApiModel):
    tijdstip: datetime = Field(description="Wanneer de stap is gezet.")
    actie: Actie = Field(description="De stap: `indienen`, `goedkeuren` of `terugsturen`.")
    van: RapportageStatus = Field(description="De status vóór de stap.")
    naar: RapportageStatus = Field(description="De status na de stap.")
    door: str = Field(description="De naam van het account dat de stap zette.")
    rol: str = Field(description="De rol waarin dat account de stap zette.")
    versie: int = Field(description="De ingediende versie (volgnummer) waar de stap over gaat.")
    toelichting: str | None = Field(description="De toelichting bij de stap.")


class VoortgangsrapportageDetail(VoortgangsrapportageRead):
    snapshot: dict[str, Any] = Field(
        description="Wat de dienst wist toen het concept werd gemaakt: "
        '`{"samengesteldOp", "periode", "bronnen": {onderdeel: inhoud}}`; verandert nooit. '
        "Onderdelen (elk alleen als bekend): `verbondenPartij`, `rapportageronde`, "
        "`vorigeRapportage`, `normen` (de uitkomsten van de normen in het halfjaar en het "
        "aandeel gehaald), `tijdigheid` (of de partner op tijd rapporteerde), `begroting` (de "
        "afwijkingen, signaleringen en het eigen aandeel van het jaar, als in de begroting), "
        "`acties` (open en achterstallige acties), `risicos` (de grootste risico's uit het "
        "eigen register)."
    )
    historie: list[Overgang] = Field(description="Elke stap in de workflow, oudste eerst.")


class Beoordeling(ApiModel):
    actie: Actie = Field(description="Het besluit van het MT: `goedkeuren` of `terugsturen`.")
    door: str = Field(description="De naam van wie besloot.")
    tijdstip: datetime = Field(description="Wanneer het MT besloot.")
    toelichting: str | None = Field(description="De toelichting bij het besluit.")


class RapportageVersieRead(ApiModel):
    volgnummer: int = Field(description="Het volgnummer van de ingediende versie, vanaf 1.")
    ingediend_op: datetime = Field(description="Wanneer deze versie is ingediend.")
    ingediend_door: str = Field(description="De naam van wie deze versie indiende.")
    te_laat: bool = Field(description="Ingediend na de deadline van de ronde.")
    inhoud: RapportageInhoud = Field(description="De inhoud zoals ingediend.")
    beoordeling: Beoordeling | None = Field(
        description="Het besluit van het MT over deze versie, zodra genomen."
    )

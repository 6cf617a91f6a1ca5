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
    Field(ge=1, le=10, max_digits=3, decimal_places=1, description="Satisfaction, 1–10."),
    AS_JSON_NUMBER,
    number_schema(3, 1, ge=1, le=10),
]
OORDEEL_DESCRIPTION = "'+' better than planned, '=' on course, '-' behind (needs a toelichting)."
TOTAALPLANNING_DESCRIPTION = (
    "Under Planning: does the overall planning deviate? Ja needs a toelichting to submit."
)
PORTEFEUILLEHOUDER = "Who holds the portfolio (e.g. 'College van B&W'); a new draft takes it over."
PROJECTFASE = "The phase the work is in (e.g. 'ontwerpfase'); a new draft takes it over."
BESLUITVORMING = "The decisions the regievoerder asks of the MT."
OVERIGE_INFORMATIE = "Anything else the MT should know."


# --- input -----------------------------------------------------------------------------


class VoortgangsrapportageCreate(InputModel):
    verbonden_partij_id: uuid.UUID
    periode: HalfYearField


class AspectPatch(PatchModel):
    oordeel: Oordeel | None = Field(default=None, description=OORDEEL_DESCRIPTION)
    toelichting: Toelichting | None = None


class AspectenPatch(PatchModel):
    voortgang: AspectPatch | None = None
    inhoud: AspectPatch | None = Field(default=None, description="Inhoud / scope.")
    planning: AspectPatch | None = None
    financien: AspectPatch | None = None
    risicos: AspectPatch | None = Field(default=None, description="Risico's en kansen.")
    communicatie: AspectPatch | None = None


class AfwijkingPatch(PatchModel):
    afwijking: bool | None = Field(default=None, description="Ja (true) / Nee (false).")
    toelichting: Toelichting | None = None


class VoortgangsrapportageUpdate(PatchModel):
    """JSON Merge Patch of the content: nested objects merge, null clears."""

    aspecten: AspectenPatch | None = None
    afwijking_begroting: AfwijkingPatch | None = None
    afwijking_investering: AfwijkingPatch | None = None
    afwijking_exploitatie: AfwijkingPatch | None = None
    afwijking_totaalplanning: AfwijkingPatch | None = Field(
        default=None, description=TOTAALPLANNING_DESCRIPTION
    )
    portefeuillehouder: KorteTekst | None = Field(default=None, description=PORTEFEUILLEHOUDER)
    projectfase: KorteTekst | None = Field(default=None, description=PROJECTFASE)
    besluitvorming: Toelichting | None = Field(default=None, description=BESLUITVORMING)
    overige_informatie: Toelichting | None = Field(default=None, description=OVERIGE_INFORMATIE)
    dienstverlening: Toelichting | None = Field(
        default=None, description="The state of service delivery in the half-year."
    )
    samenvatting: Toelichting | None = Field(default=None, description="Summary for the MT.")
    tevredenheid: Tevredenheid | None = None


class Terugsturen(InputModel):
    toelichting: Toelichting = Field(description="What the regievoerder must change.")


class Goedkeuren(InputModel):
    toelichting: Toelichting | None = Field(default=None, description="An optional comment.")


# --- output ----------------------------------------------------------------------------


class Aspect(ApiModel):
    oordeel: Oordeel | None = Field(description=OORDEEL_DESCRIPTION)
    toelichting: str | None


class Aspecten(ApiModel):
    voortgang: Aspect
    inhoud: Aspect
    planning: Aspect
    financien: Aspect
    risicos: Aspect
    communicatie: Aspect


class Afwijking(ApiModel):
    afwijking: bool | None = Field(description="Ja (true), Nee (false), not answered (null).")
    toelichting: str | None


def _unanswered() -> Afwijking:
    return Afwijking(afwijking=None, toelichting=None)


class RapportageInhoud(ApiModel):
    """What the regievoerder writes: the part that every submitted version keeps. Versions
    submitted before a field existed read it as not answered (null)."""

    aspecten: Aspecten
    afwijking_begroting: Afwijking
    afwijking_investering: Afwijking
    afwijking_exploitatie: Afwijking
    afwijking_totaalplanning: Afwijking = Field(
        default_factory=_unanswered, description=TOTAALPLANNING_DESCRIPTION
    )
    portefeuillehouder: str | None = Field(default=None, description=PORTEFEUILLEHOUDER)
    projectfase: str | None = Field(default=None, description=PROJECTFASE)
    besluitvorming: str | None = Field(default=None, description=BESLUITVORMING)
    overige_informatie: str | None = Field(default=None, description=OVERIGE_INFORMATIE)
    dienstverlening: str | None
    samenvatting: str | None
    tevredenheid: Tevredenheid | None


class RapportageKop(ApiModel):
    id: uuid.UUID
    verbonden_partij_id: uuid.UUID
    periode: str = Field(examples=["2026-H1"])
    status: RapportageStatus


class VoortgangsrapportageRead(RapportageInhoud, RapportageKop):
    """The shape of API.md: identity and status, the content, the MT's comment, the ETag."""

    mt_opmerking: str | None = Field(description="The MT's comment on its last decision.")
    te_laat: bool = Field(description="First submitted after the round's deadline.")
    ingediend_op: datetime | None = Field(description="When it was first submitted.")
    goedgekeurd_op: datetime | None
    versie: int = Field(description="Changes with every edit and step; the ETag carries it.")
    aangemaakt_op: datetime
    gewijzigd_op: datetime


class Overgang(ApiModel):
    tijdstip: datetime
    actie: Actie
    van: RapportageStatus
    naar: RapportageStatus
    door: str = Field(description="The name of the account that took the step.")
    rol: str
    versie: int = Field(description="The submitted version (volgnummer) the step concerns.")
    toelichting: str | None


class VoortgangsrapportageDetail(VoortgangsrapportageRead):
    snapshot: dict[str, Any] = Field(
        description="What the service knew when the draft was made: "
        '`{"samengesteldOp", "periode", "bronnen": {section: content}}`; never changes. '
        "Sections (each only when known): `verbondenPartij`, `rapportageronde`, "
        "`vorigeRapportage`, `normen` (norm outcomes of the half-year and the share met), "
        "`tijdigheid` (the partner's reports on time), `begroting` (the year's deviations, "
        "flags and own share, as in the budget read), `acties` (open and overdue actions), "
        "`risicos` (the largest risks of the own register)."
    )
    historie: list[Overgang] = Field(description="Every workflow step, oldest first.")


class Beoordeling(ApiModel):
    actie: Actie
    door: str
    tijdstip: datetime
    toelichting: str | None


class RapportageVersieRead(ApiModel):
    volgnummer: int
    ingediend_op: datetime
    ingediend_door: str
    te_laat: bool
    inhoud: RapportageInhoud
    beoordeling: Beoordeling | None = Field(
        description="The MT's decision on this version, once taken."
    )

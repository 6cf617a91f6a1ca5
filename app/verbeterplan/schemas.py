"""Recommendations and actions as the API shows them."""

import uuid
from datetime import date, datetime
from typing import Annotated, Any, ClassVar

from pydantic import BeforeValidator, Field, StringConstraints, computed_field

from app.core.clock import today
from app.core.schemas import ApiModel, InputModel, PatchModel
from app.verbeterplan.importer import Resultaat
from app.verbeterplan.models import ActieStatus, Bron, Reactie
from app.verbeterplan.overdue import is_overdue
from app.verbeterplan.rules import CODE_INPUT_PATTERN, CODE_PATTERN, normalise_code


def _code(value: Any) -> Any:
    return normalise_code(value) if isinstance(value, str) else value


Code = Annotated[
    str,
    BeforeValidator(_code),
    StringConstraints(pattern=CODE_PATTERN),
    Field(
        description="Zoals in het plan: `A`…`F`, `1`…`10`; een punt aan het eind vervalt.",
        json_schema_extra={"pattern": CODE_INPUT_PATTERN},
    ),
]
Deel = Annotated[int, Field(ge=1, le=9, description="Het deel van het plan (seed 004: 1 of 2).")]
Tekst = Annotated[str, StringConstraints(min_length=1, max_length=10_000)]
Omschrijving = Annotated[str, StringConstraints(min_length=1, max_length=2_000)]
Naam = Annotated[str, StringConstraints(min_length=1, max_length=200)]
PlanningTekst = Annotated[
    str,
    StringConstraints(min_length=1, max_length=40),
    Field(
        description="Een datum (`2026-03-31`) of een periode zoals in het plan (`2026`, "
        "`Q1 2026`, `2026-Q1`, `2e helft 2026`, `maart 2026`): uiterlijk de laatste dag ervan.",
        examples=["Q1 2026"],
    ),
]
PartijIds = Annotated[
    list[uuid.UUID],
    Field(max_length=50, description="De verbonden partijen waar de aanbeveling over gaat."),
]
TEKST = "De tekst van de aanbeveling."
BRON = "Waar de aanbeveling vandaan komt."
REACTIE = "De reactie van de gemeente op de aanbeveling."
REACTIE_TOELICHTING = "Toelichting bij de reactie."
ACTIE_OMSCHRIJVING = "Wat er gedaan wordt (Wat)."
EIGENAAR = "Wie er verantwoordelijk is (Wie)."
ACTIE_STATUS = "De stand van de actie."
AFGEROND_OP = "Wanneer de actie is afgerond; alleen bij de status afgerond."
VERSIE = "Stijgt bij elke wijziging; de ETag draagt haar."


class AanbevelingCreate(InputModel):
    code: Code
    tekst: Tekst = Field(description=TEKST)
    deel: Deel = 1
    bron: Bron = Field(description=BRON)
    reactie: Reactie | None = Field(default=None, description=REACTIE)
    reactie_toelichting: Tekst | None = Field(default=None, description=REACTIE_TOELICHTING)
    verbonden_partij_ids: PartijIds = Field(default_factory=list)


class AanbevelingUpdate(PatchModel):
    required_fields: ClassVar[frozenset[str]] = frozenset(
        {"code", "tekst", "deel", "bron", "verbonden_partij_ids"}
    )

    code: Code | None = None
    tekst: Tekst | None = Field(default=None, description=TEKST)
    deel: Deel | None = None
    bron: Bron | None = Field(default=None, description=BRON)
    reactie: Reactie | None = Field(default=None, description=REACTIE)
    reactie_toelichting: Tekst | None = Field(default=None, description=REACTIE_TOELICHTING)
    verbonden_partij_ids: PartijIds | None = None


class ActieCreate(InputModel):
    omschrijving: Omschrijving = Field(description=ACTIE_OMSCHRIJVING)
    eigenaar: Naam | None = Field(default=None, description=EIGENAAR)
    planning: PlanningTekst | None = None
    status: ActieStatus = Field(default=ActieStatus.OPEN, description=ACTIE_STATUS)
    afgerond_op: date | None = Field(
        default=None, description=AFGEROND_OP + " Vandaag als u haar weglaat."
    )


class ActieUpdate(PatchModel):
    required_fields: ClassVar[frozenset[str]] = frozenset({"omschrijving", "status"})

    omschrijving: Omschrijving | None = Field(default=None, description=ACTIE_OMSCHRIJVING)
    eigenaar: Naam | None = Field(default=None, description=EIGENAAR)
    planning: PlanningTekst | None = None
    status: ActieStatus | None = Field(default=None, description=ACTIE_STATUS)
    afgerond_op: date | None = Field(default=None, description=AFGEROND_OP)


class ActieRead(ApiModel):
    id: uuid.UUID = Field(description="De identificatie van de actie.")
    aanbeveling_id: uuid.UUID = Field(description="De aanbeveling waar de actie uit volgt.")
    omschrijving: str = Field(description=ACTIE_OMSCHRIJVING)
    eigenaar: str | None = Field(description=EIGENAAR)
    planning: date | None = Field(
        description="De uiterste datum: de laatste dag van een geplande periode."
    )
    planning_tekst: str | None = Field(
        description="De planning zoals geschreven, bijvoorbeeld 'Q1 2026'."
    )
    status: ActieStatus = Field(description=ACTIE_STATUS)
    afgerond_op: date | None = Field(description=AFGEROND_OP)
    versie: int = Field(description=VERSIE)
    aangemaakt_op: datetime = Field(description="Wanneer de actie is vastgelegd.")
    gewijzigd_op: datetime = Field(description="Wanneer de actie het laatst is gewijzigd.")

    @computed_field(  # type: ignore[prop-decorator]
        description="Over de geplande datum en niet afgerond of vervallen."
    )
    @property
    def achterstallig(self) -> bool:
        return is_overdue(self.planning, self.status, today())


class AanbevelingRead(ApiModel):
    id: uuid.UUID = Field(description="De identificatie van de aanbeveling.")
    bron: Bron = Field(description=BRON)
    deel: int = Field(description="Het deel van het plan.")
    code: str = Field(description="De code zoals in het plan, bijvoorbeeld `A` of `3`.")
    tekst: str = Field(description=TEKST)
    reactie: Reactie | None = Field(description=REACTIE)
    reactie_toelichting: str | None = Field(description=REACTIE_TOELICHTING)
    verbonden_partij_ids: list[uuid.UUID] = Field(
        description="De verbonden partijen waar de aanbeveling over gaat."
    )
    acties: list[ActieRead] = Field(description="De acties die uit de aanbeveling volgen.")
    versie: int = Field(description=VERSIE)
    aangemaakt_op: datetime = Field(description="Wanneer de aanbeveling is vastgelegd.")
    gewijzigd_op: datetime = Field(description="Wanneer de aanbeveling het laatst is gewijzigd.")


class ImportRij(ApiModel):
    rij: int = Field(description="Het rijnummer zoals een spreadsheet het toont.")
    deel: int | None = Field(description="Het deel van het plan in deze rij.")
    code: str | None = Field(description="De code van de aanbeveling in deze rij.")
    resultaat: Resultaat = Field(description="Wat de rij deed, alles bij elkaar.")
    aanbeveling: Resultaat | None = Field(description="Wat de rij met de aanbeveling deed.")
    actie: Resultaat | None = Field(
        description="Wat de rij met de actie deed; `null` zonder actie."
    )
    redenen: list[str] = Field(
        description="Waarom de rij werd overgeslagen of afgewezen, of wat zij veranderde."
    )
    aanbeveling_id: uuid.UUID | None = Field(
        description="De aanbeveling die de rij aanmaakte of bijwerkte."
    )
    actie_id: uuid.UUID | None = Field(description="De actie die de rij aanmaakte of bijwerkte.")


class ImportVerslag(ApiModel):
    bron: Bron = Field(description=BRON)
    proefdraai: bool = Field(description="Waar (`true`) als er niets is opgeslagen (proefdraai).")
    aantal_aanbevelingen: int = Field(description="Verschillende aanbevelingen in het bestand.")
    aangemaakt: int = Field(description="Rijen die een aanbeveling of een actie aanmaakten.")
    bijgewerkt: int = Field(description="Rijen die een aanbeveling of een actie bijwerkten.")
    ongewijzigd: int = Field(description="Rijen die niets veranderden.")
    overgeslagen: int = Field(description="Kopjes en notities die geen aanbeveling zijn.")
    rijen: list[ImportRij] = Field(description="De uitkomst per rij van het bestand.")

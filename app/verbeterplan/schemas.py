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
        description="As in the plan: `A`…`F`, `1`…`10`; a trailing dot is dropped.",
        json_schema_extra={"pattern": CODE_INPUT_PATTERN},
    ),
]
Deel = Annotated[int, Field(ge=1, le=9, description="The part of the plan (seed 004: 1 or 2).")]
Tekst = Annotated[str, StringConstraints(min_length=1, max_length=10_000)]
Omschrijving = Annotated[str, StringConstraints(min_length=1, max_length=2_000)]
Naam = Annotated[str, StringConstraints(min_length=1, max_length=200)]
PlanningTekst = Annotated[
    str,
    StringConstraints(min_length=1, max_length=40),
    Field(
        description="A date (`2026-03-31`) or a period as written in the plan (`2026`, "
        "`Q1 2026`, `2026-Q1`, `2e helft 2026`, `maart 2026`): due on its last day.",
        examples=["Q1 2026"],
    ),
]
PartijIds = Annotated[list[uuid.UUID], Field(max_length=50)]


class AanbevelingCreate(InputModel):
    code: Code
    tekst: Tekst
    deel: Deel = 1
    bron: Bron
    reactie: Reactie | None = None
    reactie_toelichting: Tekst | None = None
    verbonden_partij_ids: PartijIds = Field(default_factory=list)


class AanbevelingUpdate(PatchModel):
    required_fields: ClassVar[frozenset[str]] = frozenset(
        {"code", "tekst", "deel", "bron", "verbonden_partij_ids"}
    )

    code: Code | None = None
    tekst: Tekst | None = None
    deel: Deel | None = None
    bron: Bron | None = None
    reactie: Reactie | None = None
    reactie_toelichting: Tekst | None = None
    verbonden_partij_ids: PartijIds | None = None


class ActieCreate(InputModel):
    omschrijving: Omschrijving
    eigenaar: Naam | None = Field(default=None, description="Who is responsible (Wie).")
    planning: PlanningTekst | None = None
    status: ActieStatus = ActieStatus.OPEN
    afgerond_op: date | None = Field(
        default=None, description="Only for status afgerond; today when left out."
    )


class ActieUpdate(PatchModel):
    required_fields: ClassVar[frozenset[str]] = frozenset({"omschrijving", "status"})

    omschrijving: Omschrijving | None = None
    eigenaar: Naam | None = None
    planning: PlanningTekst | None = None
    status: ActieStatus | None = None
    afgerond_op: date | None = None


class ActieRead(ApiModel):
    id: uuid.UUID
    aanbeveling_id: uuid.UUID
    omschrijving: str
    eigenaar: str | None
    planning: date | None = Field(description="The due date: a planned period's last day.")
    planning_tekst: str | None = Field(description="The planning as written, e.g. 'Q1 2026'.")
    status: ActieStatus
    afgerond_op: date | None
    versie: int
    aangemaakt_op: datetime
    gewijzigd_op: datetime

    @computed_field(  # type: ignore[prop-decorator]
        description="Past its planned date and neither afgerond nor vervallen."
    )
    @property
    def achterstallig(self) -> bool:
        return is_overdue(self.planning, self.status, today())


class AanbevelingRead(ApiModel):
    id: uuid.UUID
    bron: Bron
    deel: int
    code: str
    tekst: str
    reactie: Reactie | None
    reactie_toelichting: str | None
    verbonden_partij_ids: list[uuid.UUID]
    acties: list[ActieRead]
    versie: int = Field(description="Changes with every update; the ETag carries it.")
    aangemaakt_op: datetime
    gewijzigd_op: datetime


class ImportRij(ApiModel):
    rij: int = Field(description="The row number as a spreadsheet shows it.")
    deel: int | None
    code: str | None
    resultaat: Resultaat = Field(description="What the row did, all told.")
    aanbeveling: Resultaat | None = Field(description="What it did to the recommendation.")
    actie: Resultaat | None = Field(description="What it did to the action; null without one.")
    redenen: list[str]
    aanbeveling_id: uuid.UUID | None
    actie_id: uuid.UUID | None


class ImportVerslag(ApiModel):
    bron: Bron
    proefdraai: bool = Field(description="True when nothing was stored (a dry run).")
    aantal_aanbevelingen: int = Field(description="Distinct recommendations in the file.")
    aangemaakt: int = Field(description="Rows that created a recommendation or an action.")
    bijgewerkt: int
    ongewijzigd: int
    overgeslagen: int = Field(description="Headings and notes that are not recommendations.")
    rijen: list[ImportRij]

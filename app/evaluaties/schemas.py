"""Evaluations as the API shows them."""

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, ClassVar

from pydantic import Field, StringConstraints

from app.core.schemas import (
    AS_JSON_NUMBER,
    FLOAT_NOISE,
    ApiModel,
    InputModel,
    PatchModel,
    number_schema,
)
from app.verbeterplan.schemas import ActieRead

Jaar = Annotated[int, Field(ge=2000, le=2100, description="The year evaluated.")]
Tekst = Annotated[str, StringConstraints(min_length=1, max_length=10_000)]
Tevredenheid = Annotated[
    Decimal,
    FLOAT_NOISE,
    Field(ge=1, le=10, max_digits=3, decimal_places=1, description="Satisfaction, 1 to 10."),
    AS_JSON_NUMBER,
    number_schema(3, 1, ge=1, le=10),
]
ActieIds = Annotated[
    list[uuid.UUID],
    Field(max_length=50, description="Actions of your improvement plan that follow from it."),
]


class EvaluatieCreate(InputModel):
    jaar: Jaar
    datum: date = Field(description="When the evaluation was held.")
    uitkomst: Tekst
    tevredenheid: Tevredenheid | None = None
    vervolgactie_ids: ActieIds = Field(default_factory=list)


class EvaluatieUpdate(PatchModel):
    required_fields: ClassVar[frozenset[str]] = frozenset(
        {"jaar", "datum", "uitkomst", "vervolgactie_ids"}
    )

    jaar: Jaar | None = None
    datum: date | None = None
    uitkomst: Tekst | None = None
    tevredenheid: Tevredenheid | None = None
    vervolgactie_ids: ActieIds | None = None


class EvaluatieRead(ApiModel):
    id: uuid.UUID
    verbonden_partij_id: uuid.UUID
    jaar: int
    datum: date
    uitkomst: str
    tevredenheid: Tevredenheid | None
    vervolgacties: list[ActieRead] = Field(description="The follow-up actions, as in the plan.")
    versie: int
    aangemaakt_op: datetime
    gewijzigd_op: datetime

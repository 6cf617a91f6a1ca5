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

Jaar = Annotated[int, Field(ge=2000, le=2100, description="Het geëvalueerde jaar.")]
Tekst = Annotated[str, StringConstraints(min_length=1, max_length=10_000)]
Tevredenheid = Annotated[
    Decimal,
    FLOAT_NOISE,
    Field(
        ge=1, le=10, max_digits=3, decimal_places=1, description="De tevredenheid, van 1 tot 10."
    ),
    AS_JSON_NUMBER,
    number_schema(3, 1, ge=1, le=10),
]
ActieIds = Annotated[
    list[uuid.UUID],
    Field(max_length=50, description="Acties uit uw verbeterplan die uit de evaluatie volgen."),
]


DATUM = "Wanneer de evaluatie is gehouden."
TEVREDENHEID = "De tevredenheid over de partij, van 1 tot 10."
UITKOMST = "De uitkomst van de evaluatie."


class EvaluatieCreate(InputModel):
    jaar: Jaar
    datum: date = Field(description=DATUM)
    uitkomst: Tekst = Field(description=UITKOMST)
    tevredenheid: Tevredenheid | None = Field(default=None, description=TEVREDENHEID)
    vervolgactie_ids: ActieIds = Field(default_factory=list)


class EvaluatieUpdate(PatchModel):
    required_fields: ClassVar[frozenset[str]] = frozenset(
        {"jaar", "datum", "uitkomst", "vervolgactie_ids"}
    )

    jaar: Jaar | None = None
    datum: date | None = Field(default=None, description=DATUM)
    uitkomst: Tekst | None = Field(default=None, description=UITKOMST)
    tevredenheid: Tevredenheid | None = Field(default=None, description=TEVREDENHEID)
    vervolgactie_ids: ActieIds | None = None


class EvaluatieRead(ApiModel):
    id: uuid.UUID = Field(description="De identificatie van de evaluatie.")
    verbonden_partij_id: uuid.UUID = Field(description="De geëvalueerde partij.")
    jaar: Jaar
    datum: date = Field(description=DATUM)
    uitkomst: str = Field(description=UITKOMST)
    tevredenheid: Tevredenheid | None = Field(description=TEVREDENHEID)
    vervolgacties: list[ActieRead] = Field(
        description="De vervolgacties, zoals in het verbeterplan."
    )
    versie: int = Field(description="Stijgt bij elke wijziging; de ETag draagt haar.")
    aangemaakt_op: datetime = Field(description="Wanneer de evaluatie is vastgelegd.")
    gewijzigd_op: datetime = Field(description="Wanneer de evaluatie het laatst is gewijzigd.")

"""Organisations as the API shows them."""

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import Field, StringConstraints

from app.core.schemas import ApiModel, InputModel
from app.organisaties.models import OrganisatieSoort

CbsCode = Annotated[str, StringConstraints(pattern=r"^(GM\d{4}|PV\d{2}|WS\d{4})$")]


NAAM = "De naam van de organisatie."
SOORT = "De soort organisatie: gemeente, provincie, waterschap, …"
CBS_CODE = "De code bij het CBS waar er een is: GM0202 (Arnhem), PV25, WS0155."


class OrganisatieCreate(InputModel):
    naam: Annotated[str, StringConstraints(min_length=1, max_length=200)] = Field(description=NAAM)
    soort: OrganisatieSoort = Field(description=SOORT)
    cbs_code: CbsCode | None = Field(default=None, description=CBS_CODE)


class OrganisatieRead(ApiModel):
    id: uuid.UUID = Field(description="De identificatie van de organisatie.")
    naam: str = Field(description=NAAM)
    soort: OrganisatieSoort = Field(description=SOORT)
    cbs_code: str | None = Field(description=CBS_CODE)
    aangemaakt_op: datetime = Field(description="Wanneer de organisatie is vastgelegd.")

"""Organisations as the API shows them."""

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import Field, StringConstraints

from app.core.schemas import ApiModel, InputModel
from app.organisaties.models import OrganisatieSoort

CbsCode = Annotated[str, StringConstraints(pattern=r"^(GM\d{4}|PV\d{2}|WS\d{4})$")]


class OrganisatieCreate(InputModel):
    naam: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    soort: OrganisatieSoort
    cbs_code: CbsCode | None = Field(
        default=None, description="CBS code where there is one: GM0202 (Arnhem), PV25, WS0155."
    )


class OrganisatieRead(ApiModel):
    id: uuid.UUID
    naam: str
    soort: OrganisatieSoort
    cbs_code: str | None
    aangemaakt_op: datetime

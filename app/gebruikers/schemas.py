"""Accounts, tokens and the caller's profile as the API shows them."""

import uuid
from datetime import datetime
from typing import Annotated, ClassVar

from pydantic import AwareDatetime, Field, StringConstraints

from app.auth.roles import Rol
from app.core.schemas import ApiModel, InputModel, PatchModel
from app.gebruikers.voorkeuren import MeldingInstellingen, MeldingInstellingenUpdate

Naam = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Email = Annotated[
    str,
    StringConstraints(
        max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$", to_lower=True, strip_whitespace=True
    ),
]


class GebruikerCreate(InputModel):
    naam: Naam
    email: Email | None = None
    rol: Rol
    verbonden_partij_id: uuid.UUID | None = Field(
        default=None, description="Required for, and only for, the role `partner`."
    )


class GebruikerUpdate(PatchModel):
    required_fields: ClassVar[frozenset[str]] = frozenset({"naam", "rol", "actief"})

    naam: Naam | None = None
    email: Email | None = None
    rol: Rol | None = None
    actief: bool | None = None


class GebruikerRead(ApiModel):
    id: uuid.UUID
    naam: str
    email: str | None
    rol: Rol
    organisatie_id: uuid.UUID | None
    verbonden_partij_id: uuid.UUID | None
    actief: bool
    aangemaakt_op: datetime


class TokenCreate(InputModel):
    omschrijving: Naam = Field(description="What the token is for, e.g. 'Power BI dashboard'.")
    verloopt_op: AwareDatetime | None = Field(
        default=None, description="Expiry (UTC); default 90 days, at most about a year ahead."
    )


class TokenRead(ApiModel):
    id: uuid.UUID
    omschrijving: str
    prefix: str = Field(description="The first characters of the secret, to recognise it.")
    aangemaakt_op: datetime
    verloopt_op: datetime
    ingetrokken_op: datetime | None


class TokenCreated(TokenRead):
    token: str = Field(description="The secret. Shown only in this response; store it now.")


class Verwijzing(ApiModel):
    id: uuid.UUID
    naam: str


class Gebruikersprofiel(ApiModel):
    id: uuid.UUID
    naam: str
    rol: Rol
    organisatie: Verwijzing | None
    verbonden_partijen: list[Verwijzing] = Field(
        description="The parties the caller directs (regievoerder) or represents (partner)."
    )
    meldingen: MeldingInstellingen = Field(
        default_factory=MeldingInstellingen, description="Which mails you receive."
    )


class GebruikersprofielUpdate(PatchModel):
    required_fields: ClassVar[frozenset[str]] = frozenset({"meldingen"})

    meldingen: MeldingInstellingenUpdate | None = None

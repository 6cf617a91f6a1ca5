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


NAAM = "De naam van de persoon (of, voor een partner, van het systeem)."
EMAIL = "Het e-mailadres, voor meldingen en voor aanmelden via de eigen identiteitsdienst."
ROL = "De rol, die bepaalt wat het account mag."
ACTIEF = "Onwaar voor een gedeactiveerd account; zijn tokens werken dan niet meer."
PARTIJ = "Alleen bij de rol `partner`: de verbonden partij namens wie het account levert."


class GebruikerCreate(InputModel):
    naam: Naam = Field(description=NAAM)
    email: Email | None = Field(default=None, description=EMAIL)
    rol: Rol = Field(description=ROL)
    verbonden_partij_id: uuid.UUID | None = Field(
        default=None, description=PARTIJ + " Verplicht bij die rol, anders leeg."
    )


class GebruikerUpdate(PatchModel):
    required_fields: ClassVar[frozenset[str]] = frozenset({"naam", "rol", "actief"})

    naam: Naam | None = Field(default=None, description=NAAM)
    email: Email | None = Field(default=None, description=EMAIL)
    rol: Rol | None = Field(default=None, description=ROL)
    actief: bool | None = Field(default=None, description=ACTIEF)


class GebruikerRead(ApiModel):
    id: uuid.UUID = Field(description="De identificatie van het account.")
    naam: str = Field(description=NAAM)
    email: str | None = Field(description=EMAIL)
    rol: Rol = Field(description=ROL)
    organisatie_id: uuid.UUID | None = Field(
        description="De gemeente van het account; leeg voor een partner."
    )
    verbonden_partij_id: uuid.UUID | None = Field(description=PARTIJ)
    actief: bool = Field(description=ACTIEF)
    aangemaakt_op: datetime = Field(description="Wanneer het account is aangemaakt.")


class TokenCreate(InputModel):
    omschrijving: Naam = Field(
        description="Waarvoor het token dient, bijvoorbeeld 'Power BI-dashboard'."
    )
    verloopt_op: AwareDatetime | None = Field(
        default=None,
        description="Wanneer het token verloopt (UTC); standaard over 90 dagen, hooguit "
        "ongeveer een jaar vooruit.",
    )


class TokenRead(ApiModel):
    id: uuid.UUID = Field(description="De identificatie van het token.")
    omschrijving: str = Field(description="Waarvoor het token dient.")
    prefix: str = Field(description="De eerste tekens van het geheim, om het te herkennen.")
    aangemaakt_op: datetime = Field(description="Wanneer het token is uitgegeven.")
    verloopt_op: datetime = Field(description="Wanneer het token verloopt.")
    ingetrokken_op: datetime | None = Field(
        description="Wanneer het token is ingetrokken; leeg zolang het geldig is."
    )


class TokenCreated(TokenRead):
    token: str = Field(description="Het geheim. Alleen in dit antwoord te zien: bewaar het meteen.")


class Verwijzing(ApiModel):
    id: uuid.UUID = Field(description="De identificatie.")
    naam: str = Field(description="De naam.")


class Gebruikersprofiel(ApiModel):
    id: uuid.UUID = Field(description="De identificatie van uw account.")
    naam: str = Field(description="Uw naam.")
    rol: Rol = Field(description="Uw rol.")
    organisatie: Verwijzing | None = Field(description="Uw gemeente; leeg voor een partner.")
    verbonden_partijen: list[Verwijzing] = Field(
        description="De partijen die u regisseert (regievoerder) of vertegenwoordigt (partner)."
    )
    meldingen: MeldingInstellingen = Field(
        default_factory=MeldingInstellingen, description="Welke e-mails u ontvangt."
    )


class GebruikersprofielUpdate(PatchModel):
    required_fields: ClassVar[frozenset[str]] = frozenset({"meldingen"})

    meldingen: MeldingInstellingenUpdate | None = Field(
        default=None, description="Zet soorten e-mail aan (`true`) of uit (`false`)."
    )

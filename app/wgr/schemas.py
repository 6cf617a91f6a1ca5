"""Received documents, the regeling's own dates and the Wgr calendar, as the API shows them."""

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import Field, StringConstraints

from app.core.schemas import ApiModel, InputModel
from app.verbonden_partijen.schemas import OrganisatieVerwijzing
from app.wgr.calendar import Bron, DocumentSoort, Moment, Status

Titel = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Tekst = Annotated[str, StringConstraints(min_length=1, max_length=10_000)]
Jaar = Annotated[int, Field(ge=1900, le=2999)]


SOORT = "De soort document: kaderbrief, ontwerpbegroting, jaarstukken, …"
DOCUMENT_JAAR = "Het begrotingsjaar waarover het document gaat."
ONTVANGEN_OP = "De dag waarop de raden het document ontvingen; niet in de toekomst."
TITEL = "De titel van het document."
TOELICHTING = "Vrije toelichting."
MOMENT = "Het moment in de Wgr-cyclus waarvoor de regeling een eigen datum kent."
MAAND = "De maand van de eigen datum, elk jaar."
DAG = "De dag van de eigen datum in die maand."
GRONDSLAG = "De wettelijke of eigen grondslag van de datum, bijv. `Wgr art. 35: …`."


class DocumentCreate(InputModel):
    soort: DocumentSoort = Field(description=SOORT)
    jaar: Jaar = Field(description=DOCUMENT_JAAR)
    ontvangen_op: date = Field(description=ONTVANGEN_OP)
    titel: Titel | None = Field(default=None, description=TITEL)
    toelichting: Tekst | None = Field(default=None, description=TOELICHTING)


class DocumentRead(ApiModel):
    id: uuid.UUID = Field(description="De identificatie van het document.")
    verbonden_partij_id: uuid.UUID = Field(description="De partij van wie het document is.")
    soort: DocumentSoort = Field(description=SOORT)
    jaar: int = Field(description=DOCUMENT_JAAR)
    ontvangen_op: date = Field(description=ONTVANGEN_OP)
    titel: str | None = Field(description=TITEL)
    toelichting: str | None = Field(description=TOELICHTING)
    aangemaakt_op: datetime = Field(description="Wanneer de ontvangst is vastgelegd.")


class EigenTermijn(InputModel):
    moment: Moment = Field(description=MOMENT)
    maand: int = Field(ge=1, le=12, description=MAAND)
    dag: int = Field(ge=1, le=31, description=DAG)
    toelichting: Tekst | None = Field(default=None, description=TOELICHTING)


class EigenTermijnen(InputModel):
    termijnen: list[EigenTermijn] = Field(
        max_length=len(Moment),
        description="Alle eigen data van de regeling (elk moment hooguit eens); vervangt ze.",
    )


class EigenTermijnRead(ApiModel):
    moment: Moment = Field(description=MOMENT)
    maand: int = Field(description=MAAND)
    dag: int = Field(description=DAG)
    toelichting: str | None = Field(description=TOELICHTING)


class TermijnRead(ApiModel):
    soort: DocumentSoort = Field(description=SOORT)
    document_jaar: int = Field(description=DOCUMENT_JAAR)
    uiterlijk: date = Field(description="De laatste dag waarop het document op tijd is.")
    bron: Bron = Field(
        description="Waar de datum vandaan komt: `wet` (de standaard), `regeling` (een eigen "
        "datum van de regeling) of `afgeleid`."
    )
    grondslag: str = Field(description=GRONDSLAG)
    ontvangen_op: date | None = Field(
        description="De eerste ontvangst van zo'n document; `null` als nog niet ontvangen."
    )
    status: Status = Field(
        description="`op_tijd`, `te_laat`, `verwacht` (nog niet ontvangen, nog niet te laat) of "
        "`achterstallig` (niet ontvangen en te laat)."
    )
    te_laat: bool = Field(description="Te laat ontvangen, of niet ontvangen en achterstallig.")


class ZienswijzeRead(ApiModel):
    uiterlijk: date = Field(description="12 weken na ontvangst van de ontwerpbegroting.")
    voorlopig: bool = Field(
        description="Waar (`true`) zolang de ontwerpbegroting niet is ontvangen: dan geteld "
        "vanaf de uiterste datum daarvan."
    )
    vaststelling: date = Field(description="Wanneer het algemeen bestuur de begroting vaststelt.")
    na_vaststelling: bool = Field(
        description="De termijn eindigt na de vaststelling door het bestuur: het bestuur moet "
        "wachten, of de zienswijze komt te laat om nog mee te tellen."
    )
    grondslag: str = Field(description=GRONDSLAG)


class PartijKalender(ApiModel):
    verbonden_partij: OrganisatieVerwijzing = Field(description="De verbonden partij.")
    termijnen: list[TermijnRead] = Field(
        description="De Wgr-documenten van het jaar met hun uiterste datum en status."
    )
    zienswijze: ZienswijzeRead = Field(
        description="De termijn voor de zienswijze op de ontwerpbegroting."
    )


class WgrKalender(ApiModel):
    jaar: int = Field(description="Het begrotingsjaar waarvan de documenten zijn opgesomd.")
    peildatum: date = Field(description="Vandaag: de dag waartegen achterstallig wordt beoordeeld.")
    verbonden_partijen: list[PartijKalender] = Field(
        description="De Wgr-kalender per verbonden partij."
    )

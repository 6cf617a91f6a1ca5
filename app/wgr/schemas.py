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
    soort: DocumentSoort
    document_jaar: int = Field(description="The financial year the document is about.")
    uiterlijk: date = Field(description="The last day on time.")
    bron: Bron = Field(description="wet (the default), regeling (its own date) or afgeleid.")
    grondslag: str
    ontvangen_op: date | None = Field(description="The first receipt of such a document.")
    status: Status
    te_laat: bool = Field(description="Received late, or not received and overdue.")


class ZienswijzeRead(ApiModel):
    uiterlijk: date = Field(description="12 weeks after receipt of the draft budget.")
    voorlopig: bool = Field(
        description="True while the draft is not received: counted from its due date."
    )
    vaststelling: date = Field(description="When the board adopts the budget.")
    na_vaststelling: bool = Field(
        description="The window ends after the board's adoption date: the board must wait, "
        "or the zienswijze comes too late to matter."
    )
    grondslag: str


class PartijKalender(ApiModel):
    verbonden_partij: OrganisatieVerwijzing
    termijnen: list[TermijnRead]
    zienswijze: ZienswijzeRead


class WgrKalender(ApiModel):
    jaar: int = Field(description="The financial year whose documents are listed.")
    peildatum: date = Field(description="Today, against which overdue is judged.")
    verbonden_partijen: list[PartijKalender]

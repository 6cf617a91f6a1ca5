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


class DocumentCreate(InputModel):
    soort: DocumentSoort
    jaar: Jaar = Field(description="The financial year the document is about.")
    ontvangen_op: date = Field(description="The day the councils received it; not in the future.")
    titel: Titel | None = None
    toelichting: Tekst | None = None


class DocumentRead(ApiModel):
    id: uuid.UUID
    verbonden_partij_id: uuid.UUID
    soort: DocumentSoort
    jaar: int
    ontvangen_op: date
    titel: str | None
    toelichting: str | None
    aangemaakt_op: datetime


class EigenTermijn(InputModel):
    moment: Moment
    maand: int = Field(ge=1, le=12)
    dag: int = Field(ge=1, le=31)
    toelichting: Tekst | None = None


class EigenTermijnen(InputModel):
    termijnen: list[EigenTermijn] = Field(
        max_length=len(Moment),
        description="All of the regeling's own dates (each moment at most once); replaces them.",
    )


class EigenTermijnRead(ApiModel):
    moment: Moment
    maand: int
    dag: int
    toelichting: str | None


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

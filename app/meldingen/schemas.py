"""Subscriptions, deliveries and the calendar key as the API shows them."""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints

from app.core.schemas import ApiModel, InputModel
from app.meldingen.models import AfleveringStatus, Kanaal
from app.outbox import types


class GebeurtenisType(StrEnum):
    """The CloudEvents types of API.md."""

    VOORTGANGSRAPPORTAGE_INGEDIEND = types.VOORTGANGSRAPPORTAGE_INGEDIEND
    VOORTGANGSRAPPORTAGE_TERUGGESTUURD = types.VOORTGANGSRAPPORTAGE_TERUGGESTUURD
    VOORTGANGSRAPPORTAGE_GOEDGEKEURD = types.VOORTGANGSRAPPORTAGE_GOEDGEKEURD
    RAPPORTAGE_ONTVANGEN = types.RAPPORTAGE_ONTVANGEN
    RAPPORTAGE_TE_LAAT = types.RAPPORTAGE_TE_LAAT
    RONDE_DEADLINE_NADERT = types.RONDE_DEADLINE_NADERT
    RONDE_DEADLINE_VERSTREKEN = types.RONDE_DEADLINE_VERSTREKEN
    WGR_DOCUMENT_VERWACHT = types.WGR_DOCUMENT_VERWACHT
    WGR_DOCUMENT_TE_LAAT = types.WGR_DOCUMENT_TE_LAAT
    WGR_ZIENSWIJZE_NADERT = types.WGR_ZIENSWIJZE_NADERT
    ACTIE_ACHTERSTALLIG = types.ACTIE_ACHTERSTALLIG
    BEGROTING_AFWIJKING = types.BEGROTING_AFWIJKING
    DOSSIER_BEOORDELING_VERLOPEN = types.DOSSIER_BEOORDELING_VERLOPEN


CallbackUrl = Annotated[str, StringConstraints(min_length=1, max_length=2000)]


class AbonnementCreate(InputModel):
    callback_url: CallbackUrl = Field(
        description="Where events are POSTed: https, and not to a private or loopback address."
    )
    soorten: list[GebeurtenisType] = Field(
        min_length=1, max_length=len(GebeurtenisType), description="The event types to receive."
    )


class AbonnementRead(ApiModel):
    id: uuid.UUID
    callback_url: str
    soorten: list[str]
    aangemaakt_op: datetime


class AbonnementCreated(AbonnementRead):
    secret: str = Field(
        description="The Standard Webhooks signing secret (`whsec_…`). Shown only in this "
        "response: verify `webhook-signature` with it."
    )


class AfleveringRead(ApiModel):
    id: uuid.UUID
    gebeurtenis_id: uuid.UUID | None = Field(description="The CloudEvents id, `webhook-id`.")
    kanaal: Kanaal
    soort: str
    status: AfleveringStatus
    pogingen: int
    volgende_poging_op: datetime | None
    laatste_poging_op: datetime | None
    laatste_statuscode: int | None
    laatste_fout: str | None
    afgeleverd_op: datetime | None
    aangemaakt_op: datetime


class KalendersleutelCreated(ApiModel):
    sleutel: str = Field(description="The feed secret. Shown only in this response.")
    prefix: str
    aangemaakt_op: datetime
    url: str = Field(description="The address to subscribe to in Outlook (holds the secret).")

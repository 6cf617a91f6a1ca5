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
    """De CloudEvents-typen van API.md."""

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


CALLBACK_URL = (
    "Waar de gebeurtenissen heen gaan (POST): https, en niet naar een privé- of loopbackadres."
)
SOORTEN = "De soorten gebeurtenissen die u wilt ontvangen."


class AbonnementCreate(InputModel):
    callback_url: CallbackUrl = Field(description=CALLBACK_URL)
    soorten: list[GebeurtenisType] = Field(
        min_length=1, max_length=len(GebeurtenisType), description=SOORTEN
    )


class AbonnementRead(ApiModel):
    id: uuid.UUID = Field(description="De identificatie van het abonnement.")
    callback_url: str = Field(description=CALLBACK_URL)
    soorten: list[str] = Field(description=SOORTEN)
    aangemaakt_op: datetime = Field(description="Wanneer het abonnement is aangemaakt.")


class AbonnementCreated(AbonnementRead):
    secret: str = Field(
        description="Het ondertekengeheim volgens Standard Webhooks (`whsec_…`). Alleen in "
        "dit antwoord te zien: controleer er `webhook-signature` mee."
    )


class AfleveringRead(ApiModel):
    id: uuid.UUID = Field(description="De identificatie van de aflevering.")
    gebeurtenis_id: uuid.UUID | None = Field(
        description="De CloudEvents-id van de gebeurtenis, `webhook-id`."
    )
    kanaal: Kanaal = Field(description="Langs welke weg wordt afgeleverd.")
    soort: str = Field(description="De soort gebeurtenis.")
    status: AfleveringStatus = Field(description="De stand van de aflevering.")
    pogingen: int = Field(description="Hoe vaak er al is geprobeerd af te leveren.")
    volgende_poging_op: datetime | None = Field(
        description="Wanneer de volgende poging is; leeg als er geen volgt."
    )
    laatste_poging_op: datetime | None = Field(description="Wanneer de laatste poging was.")
    laatste_statuscode: int | None = Field(
        description="De HTTP-statuscode van het antwoord op de laatste poging."
    )
    laatste_fout: str | None = Field(description="Wat er bij de laatste poging misging.")
    afgeleverd_op: datetime | None = Field(description="Wanneer de aflevering lukte.")
    aangemaakt_op: datetime = Field(description="Wanneer de aflevering is aangemaakt.")


class KalendersleutelCreated(ApiModel):
    sleutel: str = Field(description="Het geheim van de feed. Alleen in dit antwoord te zien.")
    prefix: str = Field(description="De eerste tekens van het geheim, om het te herkennen.")
    aangemaakt_op: datetime = Field(description="Wanneer de sleutel is aangemaakt.")
    url: str = Field(description="Het adres om u in Outlook op te abonneren (bevat het geheim).")

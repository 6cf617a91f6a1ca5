"""HTTP for Iv3 deliveries and a party's key ratios."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Header, Query, Request, Response, status

from app.auth.dependencies import CurrentPrincipal, PartyWriter
from app.auth.rate_limits import PartnerPushRateLimit
from app.core.db import DbSession
from app.core.errors import UnsupportedMediaType
from app.core.openapi import problem_responses
from app.core.pagination import PageParams, envelope
from app.core.schemas import Page
from app.iv3 import service
from app.iv3.definitions import available
from app.iv3.records import Eenheid
from app.iv3.schemas import MAPPING, Iv3LeveringRead, Iv3Ontvangst, KengetallenRead

router = APIRouter(tags=["Iv3"])

JSON = "application/json"
KEY_PATTERN = r"^[\x21-\x7e]{1,255}$"

EenheidQuery = Annotated[
    Eenheid,
    Query(
        description="De eenheid van elk `bedrag` in het bestand (het schema van het CBS noemt "
        "er geen): `euro` of `duizend_euro` (de sjablonen van het CBS). Opgeslagen in euro's."
    ),
]
Iv3IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        pattern=KEY_PATTERN,
        description="Een unieke sleutel per bestand dat u stuurt, bijv. een UUID; verplicht "
        "voor partneraccounts. Dezelfde sleutel met hetzelfde bestand geeft 200 met de levering "
        "van toen (`ongewijzigd: true`); met een ander bestand 422. Blijft bij de levering.",
    ),
]


POST_DESCRIPTION = (
    "Take an Iv3 file: the partner of this party (with `Idempotency-Key`), its regievoerder "
    "or a beheerder of a participant. "
    "Checked whole before anything is stored: CBS's JSON Schema, the year's code lists "
    "(taakveld, categorie, balanscode, standper, kengetal, beleidsindicator, verslagperiode; "
    "`foutcode` DF001–DF007), grey cells, and CBS's checks PF006 (lasten = baten), PF007 and "
    "PF008 (assets = liabilities at start and end) within one unit of the file. The "
    "metadata must fit the party: `overheidslaag` GR for a gemeenschappelijke regeling and "
    "`overheidsnummer` its `cbsNummer`. A 400 lists every problem with its JSON path and "
    "CBS's `foutcode`. A later file of the same year and periode is the next revision "
    "(`vervangt`); the same file again changes nothing (200, `ongewijzigd`). Periode 1–5 "
    "need the year's budget (409 without). "
)


def _request_body() -> dict[str, object]:
    years = ", ".join(f"{laag} {jaar}" for laag, jaar in sorted(available()))
    return {
        "requestBody": {
            "required": True,
            "description": "Het Iv3-bestand zoals het aan het CBS is geleverd (JSON Schema v2.1: "
            "`metadata`, `contact`, `opmerkingen`, `data` met `lasten`, `baten`, "
            "`balans_lasten`, `balans_baten`, `balans_standen`, `kengetallen`, "
            "`beleidsindicatoren`), getoetst aan de definities van het jaar "
            f"({years}). Hooguit 200.000 records, hooguit 12 niveaus diep genest, binnen de "
            "maximale omvang van een verzoek.",
            "content": {
                JSON: {
                    "schema": {
                        "type": "object",
                        "required": ["metadata", "contact", "data"],
                        "properties": {
                            "metadata": {"type": "object"},
                            "contact": {"type": "object"},
                            "opmerkingen": {"type": "array", "items": {}},
                            "data": {"type": "object"},
                        },
                    }
                }
            },
        }
    }


@router.post(
    "/verbonden-partijen/{party_id}/iv3-leveringen",
    status_code=status.HTTP_201_CREATED,
    response_model=Iv3Ontvangst,
    responses={
        200: {
            "description": "Dit bestand is eerder aangenomen: niets gewijzigd.",
            "model": Iv3Ontvangst,
        },
        201: {
            "description": "Aangenomen: de levering en de begrotingsvelden die zij vulde.",
            "headers": {"Location": {"description": "De levering.", "schema": {"type": "string"}}},
        },
        **problem_responses(409, 415, 422, 429),
    },
    openapi_extra=_request_body(),
    description=f"{POST_DESCRIPTION}\n\n{MAPPING}",
)
async def create_iv3_levering(
    session: DbSession,
    principal: PartyWriter,
    _limit: PartnerPushRateLimit,
    party_id: uuid.UUID,
    eenheid: EenheidQuery,
    request: Request,
    response: Response,
    idempotency_key: Iv3IdempotencyKey = None,
) -> Iv3Ontvangst:
    media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media_type != JSON:
        raise UnsupportedMediaType(f"Send the Iv3 file as {JSON}.")
    content = await request.body()
    result, created = await service.receive_delivery(
        session, principal, party_id, content, eenheid, idempotency_key
    )
    if created:
        response.headers["Location"] = str(
            request.url_for("get_iv3_levering", levering_id=result.id)
        )
    else:
        response.status_code = status.HTTP_200_OK
    return result


@router.get("/verbonden-partijen/{party_id}/iv3-leveringen", response_model=Page[Iv3LeveringRead])
async def list_iv3_leveringen(
    session: DbSession, principal: CurrentPrincipal, party_id: uuid.UUID, page: PageParams
) -> Page[Iv3LeveringRead]:
    """The party's Iv3 deliveries, newest first, superseded revisions too, with who sent them."""
    result = await service.list_deliveries(session, principal, party_id, page)
    return envelope(page, result, service.delivery_view)


@router.get("/iv3-leveringen/{levering_id}", response_model=Iv3LeveringRead)
async def get_iv3_levering(
    session: DbSession, principal: CurrentPrincipal, levering_id: uuid.UUID
) -> Iv3LeveringRead:
    """One delivery: its totals, balance positions and the budget fields it filled."""
    return await service.get_delivery(session, principal, levering_id)


@router.get("/verbonden-partijen/{party_id}/kengetallen", response_model=KengetallenRead)
async def get_kengetallen(
    session: DbSession, principal: CurrentPrincipal, party_id: uuid.UUID
) -> KengetallenRead:
    """The key ratios (fk.1 netto schuldquote … fk.6 belastingcapaciteit) the party delivered,
    per report period (`Rek_2025`, `Beg_2026` …) with the trend and the category A/B/C
    against your municipality's signal values (`/kengetal-signaalwaarden`; a partner sees
    the defaults). The latest delivery of a report period counts."""
    return await service.key_ratios(session, principal, party_id)

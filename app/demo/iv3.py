"""Illustrative Iv3 deliveries of De Connectie, the figures of its demo budgets: the 2025
annual accounts (actuals, result, equity and debt as in the 2025 budget year) and the 2026
budget (its original budget), each with key ratios. The netto schuldquote of 2025 (134 %)
and its solvabiliteit (19 %) are in category C: red on the key ratios.

The files go through the same checks as a POST; the budget years are not written again (the
demo budgets already hold these figures)."""

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.begrotingen.models import Begroting
from app.demo.accounts import DE_CONNECTIE
from app.demo.context import DemoContext
from app.demo.iv3_bestand import Kengetallen, Records, iv3_bestand
from app.iv3 import repository
from app.iv3.intake import read_file
from app.iv3.models import Iv3Levering, Iv3Status
from app.iv3.records import Eenheid
from app.iv3.service import summary_of

PARTNER = "demo-partner-de-connectie"


def _file(
    boekjaar: int,
    periode: int,
    status: str,
    lasten: Records,
    baten: Records,
    balans: Records,
    kengetallen: Kengetallen,
) -> dict[str, Any]:
    return iv3_bestand(
        overheidsnummer="9001",
        overheidsnaam=DE_CONNECTIE,
        boekjaar=boekjaar,
        periode=periode,
        status=status,
        lasten=lasten,
        baten=baten,
        balans_standen=balans,
        kengetallen=kengetallen,
        datum=f"{boekjaar + (periode == 5)}-04-14T09:00:00+02:00",
        contact={"naam": "Team Financiën", "email": "financien@example.org", "telefoon": "0"},
    )


# Before reserves 12,710,000 lasten and 12,480,000 baten; with 0.10 the result is −230,000.
JAARREKENING_2025 = _file(
    2025,
    5,
    "Realisatie",
    lasten=[("0.4", "1.1", 4_100_000), ("1.1", "3.8", 8_610_000), ("0.10", "7.1", 100_000)],
    baten=[("1.1", "4.3.6", 12_480_000), ("0.10", "7.1", 100_000), ("0.11", "7.1", 230_000)],
    balans=[
        ("A121", "1 januari", 5_250_000),
        ("P111", "1 januari", 1_000_000),
        ("P112", "1 januari", 350_000),
        ("P12", "1 januari", 400_000),
        ("P132", "1 januari", 3_500_000),
        ("A121", "ultimo", 5_200_000),
        ("P111", "ultimo", 1_000_000),
        ("P112", "ultimo", 430_000),
        ("P114", "ultimo", -230_000),
        ("P12", "ultimo", 300_000),
        ("P132", "ultimo", 3_500_000),
        ("P213", "ultimo", 200_000),
    ],
    kengetallen=[
        ("Rek_2024", "fk.1", "118,0"),
        ("Rek_2024", "fk.3", "24,5"),
        ("Rek_2024", "fk.4", "0,3"),
        ("Rek_2025", "fk.1", "134,2"),
        ("Rek_2025", "fk.3", "19,3"),
        ("Rek_2025", "fk.4", "-1,2"),
    ],
)
# The original 2026 budget: 12,500,000 on both sides.
BEGROTING_2026 = _file(
    2026,
    0,
    "Begroting",
    lasten=[("0.4", "1.1", 4_200_000), ("1.1", "3.8", 8_300_000)],
    baten=[("1.1", "4.3.6", 12_500_000)],
    balans=[],
    kengetallen=[
        ("Beg_2026", "fk.1", "128,0"),
        ("Beg_2026", "fk.3", "21,0"),
        ("Beg_2026", "fk.4", "0,4"),
    ],
)
FILLED_BY_ACCOUNTS = [
    "realisatie",
    "resultaat",
    "eigenVermogenBegin",
    "eigenVermogenEinde",
    "vreemdVermogenBegin",
    "vreemdVermogenEinde",
]
DELIVERIES = [
    (JAARREKENING_2025, datetime(2026, 4, 14, 9, 0, tzinfo=UTC), FILLED_BY_ACCOUNTS),
    (BEGROTING_2026, datetime(2026, 1, 12, 9, 0, tzinfo=UTC), ["primitief"]),
]


async def load_iv3(session: AsyncSession, context: DemoContext) -> None:
    party = context.parties[DE_CONNECTIE]
    partner = context.accounts[PARTNER]
    for document, ontvangen_op, velden in DELIVERIES:
        content = _encode(document)
        bestand = read_file(content, Eenheid.euro)
        assert bestand.cijfers is not None, bestand.problems  # noqa: S101 - demo files are valid
        metadata = bestand.metadata
        begroting = (
            await session.scalars(
                select(Begroting).where(
                    Begroting.verbonden_partij_id == party.id,
                    Begroting.jaar == metadata["boekjaar"],
                )
            )
        ).one()
        levering = Iv3Levering(
            verbonden_partij_id=party.id,
            boekjaar=metadata["boekjaar"],
            periode=metadata["periode"],
            status=Iv3Status(metadata["status"].lower()),
            eenheid=Eenheid.euro,
            overheidslaag=metadata["overheidslaag"],
            overheidsnummer=metadata["overheidsnummer"],
            overheidsnaam=metadata["overheidsnaam"],
            datum=metadata["datum"],
            revisie=1,
            vervangt_id=None,
            inhoud_hash=bestand.inhoud_hash,
            aantal_regels=len(bestand.regels),
            samenvatting=summary_of(bestand.cijfers, begroting.jaar, begroting.versie, velden),
            ontvangen_op=ontvangen_op,
            ingediend_door_id=partner.id,
            ingediend_door_naam=partner.naam,
            ingediend_door_rol="partner",
            idempotentie_sleutel=None,
        )
        session.add(levering)
        await session.flush()
        await repository.insert_records(session, levering.id, bestand.regels)


def _encode(document: dict[str, Any]) -> bytes:
    return json.dumps(document).encode()

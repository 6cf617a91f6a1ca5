"""Iv3 files shaped as a GR delivers them to CBS, with codes from the 2026 GR definitions.

Amounts in euros. The figures each file should fill are written beside it.
"""

import copy
import json
from typing import Any

from app.demo.iv3_bestand import Kengetallen, Records, iv3_bestand

CBS_NUMMER_CONNECTIE = "9001"


def bestand(
    *,
    periode: int,
    status: str,
    lasten: Records,
    baten: Records,
    balans_standen: Records = (),
    kengetallen: Kengetallen = (),
    boekjaar: int = 2026,
    nummer: str = CBS_NUMMER_CONNECTIE,
) -> dict[str, Any]:
    return iv3_bestand(
        overheidsnummer=nummer,
        overheidsnaam="De Connectie",
        boekjaar=boekjaar,
        periode=periode,
        status=status,
        lasten=lasten,
        baten=baten,
        balans_standen=balans_standen,
        kengetallen=kengetallen,
        datum="2026-04-15T10:12:00+02:00",
        pakket="Key2Financiën",
        details_openbaar=False,
        contact={
            "naam": "P. Afzender",
            "email": "p.afzender@deconnectie.nl",
            "telefoon": "0261234567",
        },
        opmerkingen=[{"tekst": "Illustratieve levering", "auteur": "P. Afzender"}],
    )


# The budget: before reserves lasten 12,500,000 and baten 12,400,000; 0.10 balances both
# sides at 12,600,000 (PF006).
BEGROTING_2026 = bestand(
    periode=0,
    status="Begroting",
    lasten=[
        ("0.4", "1.1", 3_000_000),
        ("0.4", "3.8", 1_500_000),
        ("1.1", "1.1", 6_000_000),
        ("1.1", "3.8", 2_000_000),
        ("0.10", "7.1", 100_000),
    ],
    baten=[("0.4", "3.8", 500_000), ("1.1", "4.3.6", 11_900_000), ("0.10", "7.1", 200_000)],
    kengetallen=[("Beg_2026", "fk.1", "101,0"), ("Beg_2026", "fk.3", "21,0")],
)

# Realisations up to and including the second quarter: lasten 4,700,000, baten 6,000,000.
KWARTAAL_2_2026 = bestand(
    periode=2,
    status="Realisatie",
    lasten=[("0.4", "1.1", 1_600_000), ("1.1", "1.1", 3_100_000)],
    baten=[("1.1", "4.3.6", 6_000_000)],
    balans_standen=[("A121", "30-6-2026", 5_100_000), ("P111", "30-6-2026", 5_100_000)],
)

# The annual accounts: before reserves lasten 12,710,000, baten 12,480,000; after reserves
# (0.10) lasten 12,760,000, baten 12,580,000, so the result is −180,000 (booked on 0.11).
# Equity P111 + P112 (+ P114) 1,350,000 → 1,200,000; debt P12 + P132 + P213 3,900,000 →
# 4,000,000.
JAARREKENING_2026 = bestand(
    periode=5,
    status="Realisatie",
    lasten=[("0.4", "1.1", 4_000_000), ("1.1", "3.8", 8_710_000), ("0.10", "7.1", 50_000)],
    baten=[("1.1", "4.3.6", 12_480_000), ("0.10", "7.1", 100_000), ("0.11", "7.1", 180_000)],
    balans_standen=[
        ("A121", "1 januari", 5_250_000),
        ("P111", "1 januari", 1_000_000),
        ("P112", "1 januari", 350_000),
        ("P12", "1 januari", 400_000),
        ("P132", "1 januari", 3_500_000),
        ("A121", "ultimo", 5_200_000),
        ("P111", "ultimo", 900_000),
        ("P112", "ultimo", 480_000),
        ("P114", "ultimo", -180_000),
        ("P12", "ultimo", 300_000),
        ("P132", "ultimo", 3_500_000),
        ("P213", "ultimo", 200_000),
    ],
    kengetallen=[
        ("Rek_2025", "fk.1", "95,2"),
        ("Rek_2026", "fk.1", "134,5"),
        ("Rek_2025", "fk.3", "24,0"),
        ("Rek_2026", "fk.3", "18,5"),
    ],
)


def changed(document: dict[str, Any], **paths: Any) -> dict[str, Any]:
    """A copy with values replaced: `changed(doc, metadata__periode=3)`; a value of `...`
    removes the key."""
    result = copy.deepcopy(document)
    for path, value in paths.items():
        *parents, last = path.split("__")
        target = result
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if value is ...:
            del target[last]
        elif last.isdigit():
            target[int(last)] = value
        else:
            target[last] = value
    return result


def in_thousands(document: dict[str, Any]) -> dict[str, Any]:
    """The same delivery with every amount in thousands of euros."""
    result = copy.deepcopy(document)
    for part in ("lasten", "baten", "balans_lasten", "balans_baten", "balans_standen"):
        for record in result["data"][part]:
            record["bedrag"] = record["bedrag"] / 1000
    return result


def as_bytes(document: Any) -> bytes:
    return json.dumps(document).encode()

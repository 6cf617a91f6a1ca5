"""Outcome rules, exact at the boundaries, in both directions (pure, no database)."""

from datetime import date
from decimal import Decimal

import pytest

from app.servicenormen.models import Richting, ServicenormVersie
from app.servicenormen.outcomes import Uitkomst, uitkomst, version_at

D = Decimal
GEHAALD, AANDACHT, NIET = Uitkomst.gehaald, Uitkomst.aandacht, Uitkomst.niet_gehaald


@pytest.mark.parametrize(
    ("richting", "waarde", "expected"),
    [
        # higher is better: target 95, tolerance 5 → [95, ∞) met, [90, 95) attention
        (Richting.hoger_is_beter, "95", GEHAALD),
        (Richting.hoger_is_beter, "95.0001", GEHAALD),
        (Richting.hoger_is_beter, "94.9999", AANDACHT),
        (Richting.hoger_is_beter, "90", AANDACHT),
        (Richting.hoger_is_beter, "89.9999", NIET),
        (Richting.hoger_is_beter, "0", NIET),
        # lower is better: target 95, tolerance 5 → (-∞, 95] met, (95, 100] attention
        (Richting.lager_is_beter, "95", GEHAALD),
        (Richting.lager_is_beter, "94.9999", GEHAALD),
        (Richting.lager_is_beter, "95.0001", AANDACHT),
        (Richting.lager_is_beter, "100", AANDACHT),
        (Richting.lager_is_beter, "100.0001", NIET),
    ],
)
def test_outcome_boundaries_in_both_directions(
    richting: Richting, waarde: str, expected: Uitkomst
) -> None:
    assert uitkomst(D(waarde), D(95), D(5), richting) is expected


@pytest.mark.parametrize("richting", list(Richting))
def test_outcome_is_exact_where_binary_floats_are_not(richting: Richting) -> None:
    # 0.1 + 0.2 != 0.3 in floats; the target 0.3 with tolerance 0 must be met exactly.
    assert uitkomst(D("0.1") + D("0.2"), D("0.3"), D(0), richting) is GEHAALD


@pytest.mark.parametrize(
    ("richting", "waarde", "expected"),
    [
        (Richting.hoger_is_beter, "7.4999", NIET),
        (Richting.hoger_is_beter, "7.5", GEHAALD),
        (Richting.lager_is_beter, "7.5001", NIET),
    ],
)
def test_without_tolerance_there_is_no_attention_band(
    richting: Richting, waarde: str, expected: Uitkomst
) -> None:
    assert uitkomst(D(waarde), D("7.5"), D(0), richting) is expected


def _versie(vanaf: date, doel: int) -> ServicenormVersie:
    return ServicenormVersie(
        geldig_vanaf=vanaf, doelwaarde=D(doel), tolerantie=D(0), richting=Richting.hoger_is_beter
    )


def test_the_version_in_force_is_the_latest_that_started_on_or_before_the_day() -> None:
    first, second = _versie(date(2025, 1, 1), 95), _versie(date(2026, 1, 1), 97)

    assert version_at([second, first], date(2025, 12, 31)) is first
    assert version_at([second, first], date(2026, 1, 1)) is second
    assert version_at([second, first], date(2024, 12, 31)) is None

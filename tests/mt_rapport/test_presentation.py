"""What a party page and the overview select and count, without rendering."""

from dataclasses import replace
from datetime import date

from app.mt_rapport.document import Afwijking, Afwijkingen, RapportStatus
from app.mt_rapport.presentation import (
    ACTIES_PER_PAGINA,
    NORMEN_PER_PAGINA,
    acties_voor_pagina,
    afwijking_samenvatting,
    dichtheid,
    heeft_oordelen,
    normen_voor_pagina,
    normscore,
    statustelling,
)
from tests.mt_rapport.voorbeeld import ACTIE_DE_CONNECTIE, de_connectie, rapport, reeks


def test_norms_with_the_worst_latest_outcome_are_drawn_first() -> None:
    gehaald = [reeks(f"OK-{i}", "Gehaald", ["99"]) for i in range(4)]
    gemist = reeks("MIS", "Gemist", ["99", "50"])
    zonder = reeks("LEEG", "Zonder metingen", [])
    selectie = normen_voor_pagina([zonder, *gehaald, gemist])
    assert len(selectie.getoond) == NORMEN_PER_PAGINA
    assert [r.code for r in selectie.getoond] == ["MIS", "OK-0", "OK-1", "OK-2"]
    assert selectie.weggelaten == ["OK-3", "LEEG"]


def test_norm_score_counts_norms_met_in_their_latest_period() -> None:
    score = normscore(de_connectie())
    assert (score.gehaald, score.gemeten) == (2, 2)


def test_overdue_actions_on_a_party_page_are_the_oldest_few() -> None:
    acties = [replace(ACTIE_DE_CONNECTIE, planning=date(2026, 1, dag)) for dag in range(9, 1, -1)]
    getoond = acties_voor_pagina(acties)
    assert len(getoond) == ACTIES_PER_PAGINA
    assert [a.planning.day for a in getoond] == [2, 3, 4]


def test_deviation_summary_names_the_flags_answered_ja() -> None:
    partij = replace(
        de_connectie(), afwijkingen=Afwijkingen(Afwijking(True), Afwijking(False), Afwijking(True))
    )
    assert afwijking_samenvatting(partij) == "Ja: B, E"


def test_deviation_summary_distinguishes_nee_from_unanswered() -> None:
    nee = Afwijkingen(Afwijking(False), Afwijking(False), Afwijking(False), Afwijking(False))
    assert afwijking_samenvatting(replace(de_connectie(), afwijkingen=nee)) == "Nee"
    assert afwijking_samenvatting(replace(de_connectie(), afwijkingen=Afwijkingen())) == (
        "niet ingevuld"
    )


def test_a_draft_never_submitted_shows_its_state_not_its_content() -> None:
    concept = replace(de_connectie(), status=RapportStatus.CONCEPT)
    returned = replace(de_connectie(), status=RapportStatus.TERUGGESTUURD)

    assert heeft_oordelen(concept) is False
    assert afwijking_samenvatting(concept) == "–"
    assert heeft_oordelen(returned) is True  # the version the MT returned
    assert afwijking_samenvatting(returned) == "Ja: B"


def test_status_count_follows_the_workflow_order() -> None:
    assert statustelling(rapport()) == [
        ("Goedgekeurd", 1),
        ("Ingediend", 1),
        ("Teruggestuurd", 1),
        ("Ontbreekt", 1),
    ]


def test_a_party_without_a_report_gets_no_page() -> None:
    document = rapport()
    assert [p.naam for p in document.partijpaginas if p.status == RapportStatus.ONTBREEKT] == []
    assert len(document.partijpaginas) == 3
    assert document.paginas == 6


def test_overview_gets_denser_with_more_parties() -> None:
    veel = [de_connectie()] * 50
    klassen = [dichtheid(rapport(partijen=veel[:n])).klasse for n in (4, 13, 19, 27, 50)]
    assert klassen == ["ruim", "normaal", "compact", "dicht", "dicht"]


def test_deviation_summary_names_a_deviating_overall_planning_t() -> None:
    nee = Afwijking(False)
    partij = replace(de_connectie(), afwijkingen=Afwijkingen(nee, nee, nee, Afwijking(True)))
    assert afwijking_samenvatting(partij) == "Ja: T"

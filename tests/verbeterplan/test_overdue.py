"""When an action is overdue. Pure."""

from datetime import date

import pytest

from app.verbeterplan.models import ActieStatus, Reactie
from app.verbeterplan.overdue import is_overdue
from app.verbeterplan.rules import completion_date, normalise_code, reactie_problem

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize("status", [ActieStatus.OPEN, ActieStatus.IN_UITVOERING])
def test_an_unfinished_action_past_its_date_is_overdue(status: ActieStatus) -> None:
    assert is_overdue(date(2026, 11, 22), status, TODAY)


@pytest.mark.parametrize("status", [ActieStatus.AFGEROND, ActieStatus.VERVALLEN])
def test_a_finished_action_is_never_overdue(status: ActieStatus) -> None:
    assert not is_overdue(date(2020, 1, 1), status, TODAY)


def test_an_action_is_on_time_on_its_planned_day() -> None:
    assert not is_overdue(TODAY, ActieStatus.OPEN, TODAY)


def test_an_action_without_a_planned_date_is_never_overdue() -> None:
    assert not is_overdue(None, ActieStatus.OPEN, TODAY)


def test_finishing_without_a_date_completes_today() -> None:
    assert completion_date(ActieStatus.AFGEROND, None, TODAY) == (TODAY, None)


def test_a_completion_date_in_the_future_is_refused() -> None:
    completed, problem = completion_date(ActieStatus.AFGEROND, date(2027, 1, 1), TODAY)

    assert completed is None
    assert problem is not None


def test_an_unfinished_action_has_no_completion_date() -> None:
    assert completion_date(ActieStatus.OPEN, TODAY, TODAY)[1] is not None
    assert completion_date(ActieStatus.OPEN, None, TODAY) == (None, None)


def test_only_a_full_adoption_needs_no_explanation() -> None:
    assert reactie_problem(Reactie.OVERGENOMEN, None) is None
    assert reactie_problem(Reactie.NIET_OVERGENOMEN, None) is not None
    assert reactie_problem(Reactie.DEELS_OVERGENOMEN, "Deels, want") is None


@pytest.mark.parametrize(("written", "code"), [("1.", "1"), (" a ", "A"), ("10", "10")])
def test_codes_are_written_as_the_plan_writes_them(written: str, code: str) -> None:
    assert normalise_code(written) == code

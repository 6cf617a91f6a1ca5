"""The transition table of workflow.py, without a database."""

import contextlib
import itertools

import pytest

from app.auth.roles import Rol
from app.voortgang.workflow import (
    Actie,
    RapportageStatus,
    TransitionRefused,
    is_editable,
    next_status,
)

S = RapportageStatus
DOCUMENTED = {
    (S.CONCEPT, Actie.INDIENEN, Rol.REGIEVOERDER): S.INGEDIEND,
    (S.TERUGGESTUURD, Actie.INDIENEN, Rol.REGIEVOERDER): S.INGEDIEND,
    (S.INGEDIEND, Actie.GOEDKEUREN, Rol.MT): S.GOEDGEKEURD,
    (S.INGEDIEND, Actie.TERUGSTUREN, Rol.MT): S.TERUGGESTUURD,
}


def test_workflow_table_allows_exactly_the_documented_transitions() -> None:
    allowed = {}
    for status, action, role in itertools.product(S, Actie, Rol):
        with contextlib.suppress(TransitionRefused):
            allowed[(status, action, role)] = next_status(status, action, role)

    assert allowed == DOCUMENTED


@pytest.mark.parametrize("role", [Rol.REGIEVOERDER, Rol.BEHEERDER, Rol.LEZER, Rol.PARTNER])
def test_only_the_mt_approves(role: Rol) -> None:
    with pytest.raises(TransitionRefused) as refused:
        next_status(S.INGEDIEND, Actie.GOEDKEUREN, role)

    assert refused.value.role_may_not


def test_approving_a_draft_is_a_wrong_state_not_a_wrong_role() -> None:
    with pytest.raises(TransitionRefused) as refused:
        next_status(S.CONCEPT, Actie.GOEDKEUREN, Rol.MT)

    assert not refused.value.role_may_not


def test_only_drafts_and_returned_reports_are_editable() -> None:
    assert {status for status in S if is_editable(status)} == {S.CONCEPT, S.TERUGGESTUURD}

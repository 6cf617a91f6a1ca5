"""The rules of the improvement plan that need no database. Pure."""

from datetime import date

from app.verbeterplan.models import ActieStatus, Reactie

NEEDS_EXPLANATION = frozenset({Reactie.DEELS_OVERGENOMEN, Reactie.NIET_OVERGENOMEN})


def reactie_problem(reactie: Reactie | None, toelichting: str | None) -> str | None:
    """A recommendation not (wholly) adopted needs the reason why (seed 004: "+ toelichting")."""
    if reactie in NEEDS_EXPLANATION and not toelichting:
        return f"A response '{reactie}' needs an explanation (reactieToelichting)."
    return None


def completion_date(
    status: ActieStatus, afgerond_op: date | None, today: date
) -> tuple[date | None, str | None]:
    """The completion date an action gets, or why the given one is wrong.

    A finished action is completed on the given day or today; an unfinished one has none.
    """
    if status is not ActieStatus.AFGEROND:
        if afgerond_op is not None:
            return None, "afgerondOp is only for an action with status 'afgerond'."
        return None, None
    if afgerond_op is not None and afgerond_op > today:
        return None, "afgerondOp cannot lie in the future."
    return afgerond_op or today, None


CODE_PATTERN = r"^[A-Z0-9]{1,10}$"
# What a client may send for a code: the above in either case, with trailing dots and
# surrounding white space (the characters Python's str.strip removes) that `normalise_code`
# drops.
_SPACE = r"[\t\n\x0b\x0c\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
CODE_INPUT_PATTERN = rf"^{_SPACE}*[A-Za-z0-9]{{1,10}}{_SPACE}*\.*{_SPACE}*$"


def normalise_code(code: str) -> str:
    """`a.`, ` 1. ` and `A` as the plan writes them: `A`, `1`."""
    return code.strip().rstrip(".").strip().upper()

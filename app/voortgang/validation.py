"""What a status report needs before it can go to the MT (pure).

A rating `-` needs an explanation, and so does every deviation flag answered "Ja"; at least
one aspect must be rated. Every problem is named as the client writes the field.
"""

from typing import Any

from app.core.errors import InvalidParam
from app.voortgang.content import AFWIJKING_API_NAMES, ASPECTEN, Oordeel


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def submission_problems(content: dict[str, Any]) -> list[InvalidParam]:
    """The reasons `content` (nested attribute names, see content.py) cannot be submitted."""
    problems: list[InvalidParam] = []
    aspects = content["aspecten"]
    if all(aspects[aspect]["oordeel"] is None for aspect in ASPECTEN):
        problems.append(InvalidParam("aspecten", "Rate at least one aspect (+, = or -)."))
    for aspect in ASPECTEN:
        rating = aspects[aspect]
        if rating["oordeel"] == Oordeel.ACHTER and _blank(rating["toelichting"]):
            problems.append(
                InvalidParam(
                    f"aspecten.{aspect}.toelichting",
                    "A rating '-' needs an explanation for the MT.",
                )
            )
    for api_name, field in AFWIJKING_API_NAMES.items():
        flag = content[field]
        if flag["afwijking"] is True and _blank(flag["toelichting"]):
            problems.append(
                InvalidParam(f"{api_name}.toelichting", "A deviation needs an explanation.")
            )
    return problems

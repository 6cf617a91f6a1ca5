"""The status report's form without a database: what was posted becomes the API's merge
patch, errors land at their fields in Dutch, a conflict lists what differs, versions are
compared field by field."""

from datetime import date
from decimal import Decimal

from app.core.errors import InvalidParam
from app.voortgang.content import Oordeel
from app.web.views.rapportageformulier import (
    FIELDS,
    differences,
    read_form,
    submission_errors,
    values_of,
)
from app.web.views.ronde import read_round_form
from app.web.views.versievergelijking import HUIDIG, compare

EMPTY = dict.fromkeys(FIELDS, "")


def _content(**changes: object) -> dict[str, object]:
    aspects = {
        a: {"oordeel": None, "toelichting": None}
        for a in ("voortgang", "inhoud", "planning", "financien", "risicos", "communicatie")
    }
    content: dict[str, object] = {
        "aspecten": aspects,
        **{
            f"afwijking_{s}": {"afwijking": None, "toelichting": None}
            for s in ("begroting", "investering", "exploitatie", "totaalplanning")
        },
        "portefeuillehouder": None,
        "projectfase": None,
        "besluitvorming": None,
        "overige_informatie": None,
        "dienstverlening": None,
        "samenvatting": None,
        "tevredenheid": None,
    }
    content.update(changes)
    return content


def test_every_field_is_sent_so_an_emptied_field_is_cleared() -> None:
    posted = read_form({**EMPTY, "voortgang_oordeel": "=", "afwijking_begroting": "ja"})

    assert posted.fouten == []
    assert posted.patch is not None
    changes = posted.patch.changes()
    assert changes["aspecten"]["voortgang"] == {"oordeel": Oordeel.OP_KOERS, "toelichting": None}
    assert changes["afwijking_begroting"] == {"afwijking": True, "toelichting": None}
    assert changes["afwijking_investering"] == {"afwijking": None, "toelichting": None}
    assert changes["dienstverlening"] is None


def test_satisfaction_takes_a_dutch_decimal_comma() -> None:
    posted = read_form({**EMPTY, "tevredenheid": "7,5"})

    assert posted.patch is not None
    assert posted.patch.changes()["tevredenheid"] == Decimal("7.5")


def test_bad_choices_and_numbers_are_named_at_their_fields() -> None:
    posted = read_form({**EMPTY, "planning_oordeel": "x", "tevredenheid": "elf"})

    assert posted.patch is None
    assert {e.field for e in posted.fouten} == {"planning_oordeel", "tevredenheid"}
    assert posted.waarden["tevredenheid"] == "elf"  # shown again as typed


def test_satisfaction_out_of_range_is_refused() -> None:
    posted = read_form({**EMPTY, "tevredenheid": "10,5"})

    assert [e.field for e in posted.fouten] == ["tevredenheid"]


def test_submission_problems_point_at_the_form_fields() -> None:
    errors = submission_errors(
        [
            InvalidParam("aspecten", "Rate at least one aspect."),
            InvalidParam("aspecten.financien.toelichting", "needs an explanation"),
            InvalidParam("afwijkingInvestering.toelichting", "needs an explanation"),
        ]
    )

    assert [e.field for e in errors] == [
        "voortgang_oordeel",
        "financien_toelichting",
        "afwijking_investering_toelichting",
    ]
    assert "toelichting" in errors[1].message


def test_values_of_a_report_fill_the_form() -> None:
    content = _content(tevredenheid=Decimal("7.5"))
    content["afwijking_begroting"] = {"afwijking": False, "toelichting": "nvt"}  # type: ignore[index]

    values = values_of(content)

    assert values["tevredenheid"] == "7,5"
    assert values["afwijking_begroting"] == "nee"
    assert values["afwijking_begroting_toelichting"] == "nvt"
    assert values["voortgang_oordeel"] == ""


def test_the_free_fields_and_the_overall_planning_flag_are_read_from_the_form() -> None:
    posted = {
        **EMPTY,
        "portefeuillehouder": "College van B&W",
        "besluitvorming": "Instemmen met het voorstel.",
        "afwijking_totaalplanning": "ja",
        "afwijking_totaalplanning_toelichting": "Start schuift.",
    }

    patch = read_form(posted).patch

    assert patch is not None
    assert patch.portefeuillehouder == "College van B&W"
    assert patch.besluitvorming == "Instemmen met het voorstel."
    assert patch.projectfase is None
    assert patch.afwijking_totaalplanning is not None
    assert patch.afwijking_totaalplanning.afwijking is True


def test_a_portfolio_holder_longer_than_200_characters_is_named_at_its_field() -> None:
    ingevuld = read_form({**EMPTY, "portefeuillehouder": "x" * 201})

    assert [error.field for error in ingevuld.fouten] == ["portefeuillehouder"]


def test_a_conflict_lists_only_the_fields_that_differ() -> None:
    mine = {**EMPTY, "voortgang_toelichting": "Mijn tekst.", "samenvatting": "Gelijk."}
    saved = {**EMPTY, "voortgang_toelichting": "Hun tekst.", "samenvatting": "Gelijk.\r\n"}

    found = differences(mine, saved)

    assert [(d.veld, d.opgeslagen, d.uwe) for d in found] == [
        ("voortgang_toelichting", "Hun tekst.", "Mijn tekst.")
    ]


def test_versions_compare_the_last_submission_with_the_text_now_by_default() -> None:
    submitted = _content(samenvatting="Eerste.")
    now = _content(samenvatting="Nu.")

    result = compare({"1": submitted, HUIDIG: now}, None, None)

    assert (result.links, result.rechts) == ("1", HUIDIG)
    assert result.aantal_gewijzigd == 1
    assert compare({"1": submitted, HUIDIG: now}, "7", None).status == 400


def test_a_round_needs_a_known_half_year_a_date_and_a_tier() -> None:
    nieuw = read_round_form({"periode": "2020-H1", "deadline": "31-01-2027"}, [], date(2026, 12, 6))

    assert {e.field for e in nieuw.fouten} == {"periode", "deadline", "niveau-1"}
    ok = read_round_form(
        {"periode": "2026-H2", "deadline": "2027-01-31"}, ["2", "1"], date(2026, 12, 6)
    )
    assert ok.fouten == []
    assert ok.niveaus == [1, 2]
    assert ok.deadline == date(2027, 1, 31)

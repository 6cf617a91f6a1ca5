"""The pages' pure parts: return addresses, Dutch formatting, pages of a list, the overview's
form, the URL scheme."""

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from app.dashboard.sorting import Sortering
from app.verbonden_partijen.models import BbvCategorie
from app.web import urls
from app.web.formatting import datum, datumtijd, euro, periode, procent
from app.web.forms import local_path
from app.web.views.overzicht import read_form
from app.web.views.pagination import Pager, paged


@pytest.mark.parametrize("path", ["/", "/?zoek=a%20b", "/verbonden-partijen/1/risicos"])
def test_a_path_on_this_site_is_a_valid_return_address(path: str) -> None:
    assert local_path(path) == path


@pytest.mark.parametrize(
    "path", ["", "//evil.example", "/\\evil", "http://x", "x/y", "/a b", "/\x00", "/" + "a" * 2000]
)
def test_anything_else_returns_to_the_default(path: str) -> None:
    assert local_path(path, "/partner") == "/partner"


def test_amounts_are_written_the_dutch_way() -> None:
    assert euro(Decimal("1250000.40")) == "€ 1.250.000"
    assert euro(Decimal(-300000)) == "\u2212€ 300.000"
    assert procent(Decimal("12.345")) == "12,3 %"
    assert euro(None) == "–"


def test_dates_and_periods_are_written_in_words() -> None:
    assert datum(date(2027, 4, 15)) == "15 april 2027"
    assert datumtijd(datetime(2026, 12, 31, 23, 30, tzinfo=UTC)) == "1 januari 2027, 00:30"
    assert periode("2026-H2") == "2e halfjaar 2026"
    assert periode("2026-Q3") == "3e kwartaal 2026"
    assert periode("2026-09") == "september 2026"


def test_a_page_past_the_end_shows_the_last() -> None:
    result = paged(list(range(30)), 9, 25, lambda n: f"?page={n}")

    assert result.pager.page == 2
    assert list(result.items) == list(range(25, 30))


def test_the_page_numbers_leave_out_the_far_ones() -> None:
    pager = Pager(10, 25, 25 * 20, str)

    assert pager.window() == [1, None, 8, 9, 10, 11, 12, None, 20]


def test_the_overview_form_reads_the_apis_parameters() -> None:
    regievoerder = uuid.uuid4()
    form = read_form(
        {
            "bbvCategorie": "overig",
            "monitoringsniveau": "2",
            "regievoerder": str(regievoerder),
            "aandacht": "true",
            "zoek": " Duo ",
            "sorteer": "-aandacht",
            "page": "3",
        }
    )

    assert form.fouten == []
    assert form.vraag.filters.bbv_categorie is BbvCategorie.OVERIG
    assert form.vraag.filters.monitoringsniveau == 2
    assert form.vraag.filters.regievoerder_id == regievoerder
    assert form.vraag.filters.alleen_aandacht
    assert form.vraag.filters.zoek == "Duo"
    assert form.vraag.sortering is Sortering.AANDACHT_AFLOPEND
    assert form.page == 3


def test_every_wrong_value_of_the_overview_form_is_an_error_on_its_field() -> None:
    form = read_form(
        {"bbvCategorie": "x", "monitoringsniveau": "0", "regievoerder": "y", "page": "-1"}
    )

    assert sorted(error.field for error in form.fouten) == [
        "bbvCategorie",
        "monitoringsniveau",
        "page",
        "regievoerder",
    ]
    assert form.vraag.filters.bbv_categorie is None


def test_the_url_scheme_gives_paths_or_absolute_urls() -> None:
    party = uuid.UUID("00000000-0000-0000-0000-000000000001")

    assert urls.verbonden_partij(party) == f"/verbonden-partijen/{party}"
    assert (
        urls.voortgangsrapportage(party, "https://vpm.example.nl/")
        == f"https://vpm.example.nl/voortgangsrapportages/{party}"
    )
    assert urls.inloggen(volgende="/?a=1") == "/inloggen?volgende=%2F%3Fa%3D1"
    assert urls.nieuwe_voortgangsrapportage() == "/voortgangsrapportages/nieuw"
    assert urls.rapportageronde(party) == f"/rapportagerondes/{party}"

"""Reading seed 004's table and planning what an import changes. Pure."""

import uuid
from datetime import date

from app.core.uploads import Bestandssoort, Deadline, ParseLimits, TableRow
from app.core.uploads.tables import parse_table
from app.verbeterplan.import_rows import parse_reactie, read_rows
from app.verbeterplan.importer import (
    BestaandeAanbeveling,
    BestaandeActie,
    Resultaat,
    plan_import,
)
from app.verbeterplan.models import Reactie
from tests.verbeterplan.helpers import SEED_CSV, SEED_XLSX

HEADER = ("Nr.", "Aanbeveling", "Reactie (overgenomen / niet overgenomen + toelichting)")
HEADER += ("Actie (concrete acties)", "Wie (per actie)", "Planning (per actie)")


def table(*rows: tuple[str, ...]) -> list[TableRow]:
    return [TableRow(number, row) for number, row in enumerate(rows, 1)]


def test_sections_divide_the_parts_and_the_preamble_is_ignored() -> None:
    rows = table(
        ("Verbeterplan verbonden partijen, deel 1 en deel 2",),
        ("Deel 1 “Bestuurlijke en ambtelijke rollen”",),
        HEADER,
        ("A", "Voer een discussie."),
        ("Deel 2 “Regievoeren op verbonden partijen”",),
        HEADER,
        ("1.", "Beschrijf de rol."),
    )

    read = read_rows(rows)

    assert [(regel.deel, regel.code) for regel in read.regels] == [(1, "A"), (2, "1")]
    assert read.afwijzingen == []


def test_a_row_with_only_an_action_adds_it_to_the_recommendation_above() -> None:
    rows = table(HEADER, ("A", "Tekst", "", "Eerste", "Wie", "2026"), ("", "", "", "Tweede"))

    read = read_rows(rows)

    assert [(r.code, r.actie.omschrijving if r.actie else None) for r in read.regels] == [
        ("A", "Eerste"),
        ("A", "Tweede"),
    ]


def test_notes_after_the_table_are_skipped_not_rejected() -> None:
    rows = table(HEADER, ("A", "Tekst"), ("Aanvullende lessen",), ("- Voer periodiek overleg",))

    read = read_rows(rows)

    assert [skipped.rij for skipped in read.overgeslagen] == [3, 4]
    assert read.afwijzingen == []


def test_every_bad_cell_is_named_by_row_and_column() -> None:
    rows = table(
        HEADER,
        ("A", "Tekst", "Misschien"),
        ("B", "Tekst", "", "", "Wie zonder actie"),
        ("Nummer een", "Tekst"),
    )

    read = read_rows(rows)

    assert [bad.naam for bad in read.afwijzingen] == [
        "rijen[2].reactie",
        "rijen[3].actie",
        "rijen[4].nr",
    ]


def test_a_response_is_read_with_its_explanation() -> None:
    assert parse_reactie("Niet overgenomen: past niet in de begroting") == (
        Reactie.NIET_OVERGENOMEN,
        "past niet in de begroting",
    )
    assert parse_reactie("deels overgenomen") == (Reactie.DEELS_OVERGENOMEN, None)
    assert parse_reactie("Overgenomen.") == (Reactie.OVERGENOMEN, None)


def test_the_same_table_against_its_stored_plan_changes_nothing() -> None:
    read = read_rows(table(HEADER, ("A", "Tekst", "Overgenomen", "Actie", "Wie", "Q1 2026")))
    stored = BestaandeAanbeveling(
        id=uuid.uuid4(),
        deel=1,
        code="A",
        tekst="Tekst",
        reactie=Reactie.OVERGENOMEN,
        reactie_toelichting=None,
        acties=(BestaandeActie(uuid.uuid4(), "Actie", "Wie", date(2026, 3, 31), "Q1 2026"),),
    )

    plan = plan_import(read, [stored])

    assert plan.aanbevelingen == []
    assert plan.acties == []
    assert [row.resultaat for row in plan.rijen] == [Resultaat.ONGEWIJZIGD]


def test_empty_cells_never_clear_what_is_stored() -> None:
    read = read_rows(table(HEADER, ("A", "", "", "Actie", "", "")))
    stored = BestaandeAanbeveling(
        id=uuid.uuid4(),
        deel=1,
        code="A",
        tekst="Tekst",
        reactie=Reactie.NIET_OVERGENOMEN,
        reactie_toelichting="Want",
        acties=(BestaandeActie(uuid.uuid4(), "actie", "Wie", date(2026, 3, 31), "Q1 2026"),),
    )

    plan = plan_import(read, [stored])

    assert (plan.aanbevelingen, plan.acties) == ([], [])


def test_a_new_recommendation_needs_its_text() -> None:
    plan = plan_import(read_rows(table(HEADER, ("B", "", "", "Actie"))), [])

    assert [bad.naam for bad in plan.afwijzingen] == ["rijen[2].aanbeveling"]


def test_a_recommendation_repeated_with_other_text_is_rejected() -> None:
    plan = plan_import(read_rows(table(HEADER, ("A", "Tekst"), ("A", "Andere tekst"))), [])

    assert [bad.naam for bad in plan.afwijzingen] == ["rijen[3].aanbeveling"]


def test_the_xlsx_fixture_holds_the_same_table_as_the_csv() -> None:
    def trimmed(kind: Bestandssoort, content: bytes) -> list[tuple[int, list[str]]]:
        rows = parse_table(content, Deadline(30), soort=kind, limits=ParseLimits(100))
        result = []
        for row in rows:
            cells = list(row.cellen)
            while cells and not cells[-1]:
                cells.pop()
            result.append((row.nummer, cells))
        return result

    assert trimmed(Bestandssoort.XLSX, SEED_XLSX.read_bytes()) == trimmed(
        Bestandssoort.CSV, SEED_CSV.read_bytes()
    )

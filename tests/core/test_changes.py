"""What a worker knows of the writes its caches depend on (app/core/changes.py), and how a
notification's payload reads (app/core/change_listener.py). No database."""

import uuid

import pytest

from app.core.change_listener import apply
from app.core.changes import Changes

ARNHEM, RENKUM = uuid.uuid4(), uuid.uuid4()
CONNECTIE, DUO = uuid.uuid4(), uuid.uuid4()


def live() -> Changes:
    changes = Changes()
    changes.connected()
    return changes


def test_nothing_is_vouched_for_before_the_notifications_arrive() -> None:
    changes = Changes()

    assert not changes.unchanged_since(changes.mark(), ARNHEM)


def test_a_write_of_the_municipality_voids_an_earlier_mark_only() -> None:
    changes = live()
    before = changes.mark()

    changes.note([ARNHEM], None)

    assert not changes.unchanged_since(before, ARNHEM)
    assert changes.unchanged_since(before, RENKUM)
    assert changes.unchanged_since(changes.mark(), ARNHEM)


def test_a_write_on_a_party_voids_the_marks_that_cover_it() -> None:
    changes = live()
    before = changes.mark()

    changes.note([], CONNECTIE)

    assert not changes.unchanged_since(before, ARNHEM, [DUO, CONNECTIE])
    assert changes.unchanged_since(before, ARNHEM, [DUO])


def test_losing_the_notifications_voids_every_mark_also_after_reconnecting() -> None:
    changes = live()
    before = changes.mark()

    changes.disconnected()
    lost = changes.unchanged_since(before, ARNHEM)
    changes.connected()

    assert not lost
    assert not changes.unchanged_since(before, ARNHEM)
    assert changes.unchanged_since(changes.mark(), ARNHEM)


def test_an_access_change_and_a_lost_connection_forget_the_remembered_principals() -> None:
    forgotten: list[str] = []
    changes = Changes(on_access_change=lambda: forgotten.append("x"))

    changes.connected()
    apply(changes, "toegang")
    changes.disconnected()

    assert len(forgotten) == 3


def test_a_notification_names_the_party_and_every_municipality_it_touches() -> None:
    changes = live()
    before = changes.mark()

    apply(changes, f"{CONNECTIE} {ARNHEM} {RENKUM}")

    assert not changes.unchanged_since(before, ARNHEM)
    assert not changes.unchanged_since(before, RENKUM)
    assert not changes.unchanged_since(before, uuid.uuid4(), [CONNECTIE])


def test_a_notification_without_a_party_touches_only_its_municipality() -> None:
    changes = live()
    before = changes.mark()

    apply(changes, f"- {ARNHEM}")

    assert not changes.unchanged_since(before, ARNHEM)
    assert changes.unchanged_since(before, RENKUM, [CONNECTIE])


def test_a_notification_for_every_municipality_voids_every_earlier_mark() -> None:
    changes = live()
    before = changes.mark()

    apply(changes, f"{CONNECTIE} *")

    assert not changes.unchanged_since(before, ARNHEM)
    assert not changes.unchanged_since(before, RENKUM)
    assert changes.unchanged_since(changes.mark(), ARNHEM)


def test_an_unreadable_notification_is_refused() -> None:
    with pytest.raises(ValueError, match="badly formed"):
        apply(live(), "not-a-uuid someone")

"""Each worker hears the writes of every process through PostgreSQL (migration 0007 and
app/core/change_listener.py), and stops trusting its caches when it cannot."""

import asyncio
from collections.abc import Callable

import pytest
from fastapi import FastAPI
from sqlalchemy import text

from app.auth.principal import SystemActor
from app.core import audit
from app.core.change_listener import APPLICATION_NAME
from app.core.changes import Changes
from app.core.db import create_engine, create_sessionmaker
from tests.conftest import DemoIds
from tests.databases import settings_for

pytestmark = pytest.mark.postgres_only


async def eventually(condition: Callable[[], bool], seconds: float = 3.0) -> bool:
    for _ in range(int(seconds * 100)):
        if condition():
            return True
        await asyncio.sleep(0.01)
    return condition()


async def record_event(
    database_url: str, demo: DemoIds, changes: Changes | None, commit: bool
) -> None:
    """An audit event on De Connectie, written by a session of its own (another process's, when
    `changes` is None)."""
    engine = create_engine(settings_for(database_url))
    try:
        async with create_sessionmaker(engine, changes)() as session:
            party = demo.party("De Connectie")
            await audit.record(
                session,
                SystemActor(),
                actie="wijzigen",
                entiteit="verbonden_partij",
                entiteit_id=party,
                voor=None,
                na={},
                verbonden_partij_id=party,
                gedeeld=True,
            )
            await session.flush()
            await (session.commit() if commit else session.rollback())
    finally:
        await engine.dispose()


async def test_a_commit_of_another_process_reaches_every_participant(
    app: FastAPI, database_url: str, demo: DemoIds
) -> None:
    changes: Changes = app.state.changes
    before = changes.mark()

    await record_event(database_url, demo, None, commit=True)

    for municipality in ("Arnhem", "Renkum"):  # both take part in De Connectie
        organisation = demo.organisation(municipality)
        assert await eventually(lambda o=organisation: not changes.unchanged_since(before, o))
    assert changes.unchanged_since(before, demo.organisation("Diemen"))


async def test_a_commit_in_this_process_is_noted_before_the_commit_returns(
    app: FastAPI, database_url: str, demo: DemoIds
) -> None:
    changes: Changes = app.state.changes
    before = changes.mark()

    await record_event(database_url, demo, changes, commit=True)

    assert not changes.unchanged_since(
        before, demo.organisation("Arnhem"), [demo.party("De Connectie")]
    )


async def test_a_rolled_back_write_is_never_announced(
    app: FastAPI, database_url: str, demo: DemoIds
) -> None:
    changes: Changes = app.state.changes
    before = changes.mark()

    await record_event(database_url, demo, changes, commit=False)
    await asyncio.sleep(0.2)

    assert changes.unchanged_since(
        before, demo.organisation("Arnhem"), [demo.party("De Connectie")]
    )


async def test_a_killed_listening_connection_voids_every_mark_and_comes_back(
    app: FastAPI, database_url: str, demo: DemoIds
) -> None:
    changes: Changes = app.state.changes
    before = changes.mark()
    arnhem = demo.organisation("Arnhem")

    async with app.state.engine.connect() as connection:
        killed = await connection.scalar(
            text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                " WHERE application_name = :name AND datname = current_database()"
            ),
            {"name": APPLICATION_NAME},
        )

    assert killed == 1
    assert await eventually(lambda: not changes.unchanged_since(before, arnhem))
    assert await eventually(lambda: changes.live)
    assert changes.unchanged_since(changes.mark(), arnhem)


async def test_a_write_on_a_party_with_more_participants_than_a_notification_names_commits(
    app: FastAPI, database_url: str, demo: DemoIds
) -> None:
    changes: Changes = app.state.changes
    async with app.state.engine.begin() as connection:
        await connection.execute(
            text(
                "INSERT INTO organisaties (id, naam, soort, aangemaakt_op)"
                " SELECT gen_random_uuid(), 'Proefgemeente ' || n, 'gemeente', now()"
                " FROM generate_series(1, 250) AS n"
            )
        )
        await connection.execute(
            text(
                "INSERT INTO deelnames"
                " (id, verbonden_partij_id, organisatie_id, bestuurlijk_belang, versie,"
                " aangemaakt_op)"
                " SELECT gen_random_uuid(), :party, id, '[]', 1, now()"
                " FROM organisaties WHERE naam LIKE 'Proefgemeente %'"
            ),
            {"party": demo.party("De Connectie")},
        )
    before = changes.mark()

    await record_event(database_url, demo, None, commit=True)  # 250 names do not fit in one

    diemen = demo.organisation("Diemen")  # no participant: voided only as "every municipality"
    assert await eventually(lambda: not changes.unchanged_since(before, diemen))

"""GET requests read without a transaction on PostgreSQL (app/core/db.py); their session
refuses every write, so a GET that would write fails loudly instead of autocommitting."""

import uuid

import pytest
from fastapi import FastAPI
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.core.db import ReadOnlySession
from app.organisaties.models import Organisatie


def read_only(app: FastAPI) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(app.state.engine, sync_session_class=ReadOnlySession)


async def test_a_read_only_session_reads(app: FastAPI) -> None:
    async with read_only(app)() as session:
        rows = (await session.execute(select(Organisatie.id).limit(1))).all()

    assert len(rows) == 1


async def test_a_read_only_session_refuses_a_statement_that_writes(app: FastAPI) -> None:
    async with read_only(app)() as session:
        with pytest.raises(RuntimeError, match="read-only"):
            await session.execute(update(Organisatie).values(naam="x"))


async def test_a_read_only_session_refuses_to_flush(app: FastAPI) -> None:
    async with read_only(app)() as session:
        organisatie = (await session.execute(select(Organisatie).limit(1))).scalar_one()
        organisatie.naam = f"gewijzigd {uuid.uuid4()}"
        with pytest.raises(RuntimeError, match="read-only"):
            await session.flush()


def test_reads_use_autocommit_only_on_postgresql(app: FastAPI) -> None:
    on_postgresql = app.state.engine.dialect.name == "postgresql"

    assert (app.state.read_sessionmaker is not None) == on_postgresql

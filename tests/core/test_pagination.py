"""fetch_page: the count is asked only when the page itself cannot tell the total."""

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, event, insert, select
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from app.core.pagination import PageRequest, fetch_page

METADATA = MetaData()
ROWS = Table("rijen", METADATA, Column("n", Integer, primary_key=True))


@pytest.fixture
async def counted() -> AsyncIterator[tuple[AsyncSession, list[str]]]:
    engine = create_async_engine("sqlite+aiosqlite://")
    statements: list[str] = []
    event.listen(engine.sync_engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    async with engine.begin() as connection:
        await connection.run_sync(METADATA.create_all)
        await connection.execute(insert(ROWS), [{"n": n} for n in range(1, 8)])
    async with AsyncSession(engine) as session:
        statements.clear()
        yield session, statements
    await engine.dispose()


@pytest.mark.parametrize(
    ("page", "size", "items", "total", "counted_too"),
    [
        (1, 10, [1, 2, 3, 4, 5, 6, 7], 7, False),  # the whole list: no count
        (2, 5, [6, 7], 7, False),  # the last page, not full: no count
        (1, 7, [1, 2, 3, 4, 5, 6, 7], 7, False),  # just full: no row after it
        (1, 6, [1, 2, 3, 4, 5, 6], 7, True),  # a row after it: count
        (1, 3, [1, 2, 3], 7, True),
        (3, 5, [], 7, True),  # past the end: the page says nothing of the total
    ],
)
async def test_the_count_only_when_needed(
    counted: tuple[AsyncSession, list[str]],
    page: int,
    size: int,
    items: list[int],
    total: int,
    counted_too: bool,
) -> None:
    session, statements = counted

    result = await fetch_page(
        session, select(ROWS.c.n).order_by(ROWS.c.n), PageRequest(page, size, "/")
    )

    assert list(result.items) == items
    assert result.total == total
    assert any("count(" in s.lower() for s in statements) is counted_too

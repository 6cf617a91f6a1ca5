"""Page parameters and the collection envelope, with a fixed number of queries per page."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query, Request
from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import URL

from app.core.schemas import Links, Page

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 25

T = TypeVar("T")


@dataclass(frozen=True)
class PageRequest:
    page: int
    page_size: int
    url: str

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size


async def page_request(
    request: Request,
    page: Annotated[int, Query(ge=1, le=1_000_000, description="Paginanummer, vanaf 1.")] = 1,
    page_size: Annotated[
        int,
        Query(
            alias="pageSize",
            ge=1,
            le=MAX_PAGE_SIZE,
            description="Resultaten per pagina, hooguit 100.",
        ),
    ] = DEFAULT_PAGE_SIZE,
) -> PageRequest:
    return PageRequest(page=page, page_size=page_size, url=str(request.url))


PageParams = Annotated[PageRequest, Depends(page_request)]


@dataclass(frozen=True)
class PageOf(Generic[T]):
    """One page of rows and the total over all pages."""

    items: Sequence[T]
    total: int


async def fetch_page(
    session: AsyncSession, statement: Select[Any], page: PageRequest
) -> PageOf[Any]:
    """At most two queries whatever the page size: the page itself, with one row more than
    it shows, and the count. When that extra row is not there and the page has rows (or is the
    first), this page is the last one and gives the total itself, so the count is not asked
    (most lists on the pages are no longer than a page)."""
    with_next = statement.limit(page.page_size + 1).offset(page.offset)
    rows = (await session.execute(with_next)).all()
    last = len(rows) <= page.page_size
    rows = rows[: page.page_size]
    items = [row[0] if len(row) == 1 else row for row in rows]
    if last and (rows or page.offset == 0):
        return PageOf(items=items, total=page.offset + len(rows))
    count_statement = select(func.count()).select_from(statement.order_by(None).subquery())
    total = (await session.execute(count_statement)).scalar_one()
    return PageOf(items=items, total=total)


def envelope(page: PageRequest, result: PageOf[Any], render: Callable[[Any], T]) -> Page[T]:
    """The `resultaten`/`aantal`/`_links` envelope with absolute next and previous links."""
    url = URL(page.url)
    last_page = max(1, -(-result.total // page.page_size))
    next_link = str(url.include_query_params(page=page.page + 1)) if page.page < last_page else None
    previous_link = (
        str(url.include_query_params(page=min(page.page - 1, last_page))) if page.page > 1 else None
    )
    return Page[T](
        resultaten=[render(item) for item in result.items],
        aantal=result.total,
        links=Links(self=page.url, next=next_link, previous=previous_link),
    )


def envelope_of_all(page: PageRequest, items: Sequence[Any], render: Callable[[Any], T]) -> Page[T]:
    """The envelope over a short list already read whole (a report's versions): the same
    `resultaten`/`aantal`/`_links` and page parameters as a collection read page by page."""
    window = items[page.offset : page.offset + page.page_size]
    return envelope(page, PageOf(items=window, total=len(items)), render)


def envelope_of_whole(url: str, items: Sequence[Any], render: Callable[[Any], T]) -> Page[T]:
    """The envelope over a whole set a write answers with (a `PUT` that replaces it): every
    item on one page, so no next or previous link."""
    return Page[T](
        resultaten=[render(item) for item in items],
        aantal=len(items),
        links=Links(self=url, next=None, previous=None),
    )

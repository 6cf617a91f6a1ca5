"""Pages of a list that the page itself holds (the overview's rows). Pure."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Pager:
    """Where a list stands: page `page` of `pages`, and the link to any page."""

    page: int
    page_size: int
    total: int
    link: Callable[[int], str]

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size))

    @property
    def first_item(self) -> int:
        return 0 if self.total == 0 else (self.page - 1) * self.page_size + 1

    @property
    def last_item(self) -> int:
        return min(self.total, self.page * self.page_size)

    def href(self, page: int) -> str:
        return self.link(page)

    def window(self, around: int = 2) -> list[int | None]:
        """Page numbers to show: the first, the last and those near the current one; None
        where numbers are left out."""
        shown = sorted({1, self.pages, *range(self.page - around, self.page + around + 1)})
        result: list[int | None] = []
        for number in (n for n in shown if 1 <= n <= self.pages):
            if result and result[-1] is not None and number - result[-1] > 1:
                result.append(None)
            result.append(number)
        return result


@dataclass(frozen=True)
class Paged(Generic[T]):
    items: Sequence[T]
    pager: Pager


def paged(items: Sequence[T], page: int, page_size: int, link: Callable[[int], str]) -> Paged[T]:
    """One page of `items`; a page past the end shows the last."""
    pager = Pager(1, page_size, len(items), link)
    current = min(max(page, 1), pager.pages)
    start = (current - 1) * page_size
    return Paged(items[start : start + page_size], Pager(current, page_size, len(items), link))

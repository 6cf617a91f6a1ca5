"""Inspect WeasyPrint's layout of a report: is every party page's content on its one page?

Uses the laid-out box tree (`Document.pages[i]._page_box`), which WeasyPrint keeps private;
it is the only way to see content that a fixed-height, clipping box would hide.
"""

import re
from collections.abc import Iterator
from typing import Any

from weasyprint import HTML

NOT_LAID_OUT = {"col", "colgroup"}  # table columns are no boxes of the tree


def _boxes(box: Any) -> Iterator[Any]:
    yield box
    for child in getattr(box, "children", None) or []:
        yield from _boxes(child)


def _elements(element: Any) -> Iterator[Any]:
    yield element
    if str(element.tag).endswith("svg"):
        return  # an inline SVG is one replaced box; its shapes are no boxes
    for child in element:
        yield from _elements(child)


def _is_party_section(box: Any) -> bool:
    element = box.element
    return element is not None and box.element_tag == "section" and element.get("class") == "partij"


def party_page_problems(html: str) -> list[str]:
    """What does not fit: elements of a party section never laid out, or laid out below it."""
    problems = []
    for number, page in enumerate(HTML(string=html).render().pages, start=1):
        for section in filter(_is_party_section, _boxes(page._page_box)):
            bottom = section.position_y + section.margin_height()
            boxes = list(_boxes(section))
            laid_out = {id(box.element) for box in boxes if box.element is not None}
            for element in _elements(section.element):
                if element.tag not in NOT_LAID_OUT and id(element) not in laid_out:
                    problems.append(f"page {number}: <{element.tag}> was cut off")
            lowest = max(box.position_y + box.margin_height() for box in boxes[1:])
            if lowest > bottom + 0.5:
                problems.append(f"page {number}: content runs {lowest - bottom:.1f}px too low")
    return problems


def _holds_overview(page: Any) -> bool:
    return any(
        box.element_tag == "section" and box.element.get("class") == "overzicht"
        for box in _boxes(page._page_box)
    )


def overview_pages(html: str) -> int:
    """On how many pages the overview table lies (party pages left out, to lay out quickly)."""
    without_parties = re.sub(r'<section class="partij".*?</section>', "", html, flags=re.DOTALL)
    return sum(map(_holds_overview, HTML(string=without_parties).render().pages))

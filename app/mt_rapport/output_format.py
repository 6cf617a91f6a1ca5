"""Which form of the MT report a client asked for: `?formaat=` wins over `Accept`."""

from enum import StrEnum

from app.core.negotiation import choose


class RapportFormaat(StrEnum):
    HTML = "html"
    PDF = "pdf"


MEDIA_TYPES = {RapportFormaat.HTML: "text/html", RapportFormaat.PDF: "application/pdf"}
# A browser asks for text/html first (and */* last): it gets the page. Anything that takes
# any type (curl's */*) or no Accept at all gets the printable PDF, the first offer.
_OFFERS = [
    ("application/pdf", RapportFormaat.PDF),
    ("text/html", RapportFormaat.HTML),
    ("application/xhtml+xml", RapportFormaat.HTML),
]


def negotiate(accept: str | None, formaat: RapportFormaat | None) -> RapportFormaat:
    """The query parameter, else the best acceptable media type (PDF without `Accept`); an
    `Accept` naming neither HTML nor PDF is 406."""
    if formaat is not None:
        return formaat
    return choose(
        accept,
        _OFFERS,
        RapportFormaat.PDF,
        "The MT report is available as text/html or application/pdf; or use ?formaat=html|pdf.",
    )

"""The addresses of the web pages, for links in pages, mails and notifications.

Pure: imports nothing of the pages, so the mail code can use it. Each function gives the
path; pass `base` (the setting `public_url`, e.g. `https://vpmonitor.example.nl`) for an
absolute URL, as a mail needs. Some pages are built later (docs/web.md, "URL scheme"); until
then their address answers 404, and the pages show their links as plain text
(`app.web.rendering.page_exists`).
"""

import uuid
from urllib.parse import urlencode

DEFAULT_BASE = "http://127.0.0.1:8000"  # `make run`'s address, when public_url is not set


def _url(path: str, base: str | None) -> str:
    return f"{base.rstrip('/')}{path}" if base else path


def overzicht(base: str | None = None) -> str:
    """The overview (dashboard) of the signed-in person's municipality."""
    return _url("/", base)


def inloggen(base: str | None = None, volgende: str | None = None) -> str:
    query = f"?{urlencode({'volgende': volgende})}" if volgende else ""
    return _url(f"/inloggen{query}", base)


def uitloggen(base: str | None = None) -> str:
    return _url("/uitloggen", base)


def verbonden_partij(partij_id: uuid.UUID, base: str | None = None) -> str:
    return _url(f"/verbonden-partijen/{partij_id}", base)


def risicos(partij_id: uuid.UUID, base: str | None = None) -> str:
    return _url(f"/verbonden-partijen/{partij_id}/risicos", base)


def evaluaties(partij_id: uuid.UUID, base: str | None = None) -> str:
    return _url(f"/verbonden-partijen/{partij_id}/evaluaties", base)


def voortgangsrapportage(rapportage_id: uuid.UUID, base: str | None = None) -> str:
    return _url(f"/voortgangsrapportages/{rapportage_id}", base)


def nieuwe_voortgangsrapportage(base: str | None = None) -> str:
    return _url("/voortgangsrapportages/nieuw", base)


def rapportageronde(ronde_id: uuid.UUID, base: str | None = None) -> str:
    """The MT's page of a half-year round."""
    return _url(f"/rapportagerondes/{ronde_id}", base)


def verbeterplan(base: str | None = None) -> str:
    return _url("/verbeterplan", base)


def gebruikersbeheer(base: str | None = None) -> str:
    return _url("/beheer/gebruikers", base)


def partner(base: str | None = None) -> str:
    """A partner's start page: its party's rapportages."""
    return _url("/partner", base)


def api_docs(base: str | None = None) -> str:
    return _url("/api/v1/docs", base)


def api_redoc(base: str | None = None) -> str:
    return _url("/api/v1/redoc", base)


def dossier(partij_id: uuid.UUID, base: str | None = None) -> str:
    return _url(f"/verbonden-partijen/{partij_id}/dossier", base)

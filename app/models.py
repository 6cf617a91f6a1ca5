"""Every domain's models, imported once: the one registry for Alembic and the tests."""

from app.auth.models import Gebruiker, Token
from app.core.audit import AuditGebeurtenis
from app.core.db import Base
from app.core.rate_limit import RateLimitWindow
from app.organisaties.models import Organisatie
from app.verbonden_partijen.models import Deelname, RegievoerderToewijzing, VerbondenPartij

__all__ = [
    "AuditGebeurtenis",
    "Base",
    "Deelname",
    "Gebruiker",
    "Organisatie",
    "RateLimitWindow",
    "RegievoerderToewijzing",
    "Token",
    "VerbondenPartij",
]

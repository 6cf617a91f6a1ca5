"""Every domain's models, imported once: the one registry for Alembic and the tests."""

from app.auth.models import Gebruiker, Token
from app.core.audit import AuditGebeurtenis
from app.core.db import Base
from app.organisaties.models import Organisatie
from app.rapportagerondes.models import Rapportageronde
from app.verbonden_partijen.models import Deelname, RegievoerderToewijzing, VerbondenPartij
from app.voortgang.models import RapportageOvergang, RapportageVersie, Voortgangsrapportage

__all__ = [
    "AuditGebeurtenis",
    "Base",
    "Deelname",
    "Gebruiker",
    "Organisatie",
    "RapportageOvergang",
    "RapportageVersie",
    "Rapportageronde",
    "RegievoerderToewijzing",
    "Token",
    "VerbondenPartij",
    "Voortgangsrapportage",
]

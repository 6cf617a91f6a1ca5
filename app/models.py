"""Every domain's models, imported once: the one registry for Alembic and the tests."""

from app.auth.models import Gebruiker, Token
from app.core.audit import AuditGebeurtenis
from app.core.db import Base
from app.evaluaties.models import Evaluatie, EvaluatieVervolgactie
from app.organisaties.models import Organisatie
from app.risicos.models import Risico
from app.verbeterplan.models import Aanbeveling, AanbevelingPartij, Actie
from app.verbonden_partijen.models import Deelname, RegievoerderToewijzing, VerbondenPartij

__all__ = [
    "Aanbeveling",
    "AanbevelingPartij",
    "Actie",
    "AuditGebeurtenis",
    "Base",
    "Deelname",
    "Evaluatie",
    "EvaluatieVervolgactie",
    "Gebruiker",
    "Organisatie",
    "RegievoerderToewijzing",
    "Risico",
    "Token",
    "VerbondenPartij",
]

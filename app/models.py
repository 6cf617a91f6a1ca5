"""Every domain's models, imported once: the one registry for Alembic and the tests."""

from app.auth.models import Gebruiker, Token
from app.begrotingen.models import Afwijkingsdrempel, Begroting, BegrotingBijdrage
from app.core.audit import AuditGebeurtenis
from app.core.db import Base
from app.organisaties.models import Organisatie
from app.rapportages.models import IdempotentieSleutel, Meting, Rapportage
from app.servicenormen.models import Dienst, Servicenorm, ServicenormVersie
from app.verbonden_partijen.models import Deelname, RegievoerderToewijzing, VerbondenPartij
from app.wgr.models import OntvangenDocument, WgrTermijn

__all__ = [
    "Afwijkingsdrempel",
    "AuditGebeurtenis",
    "Base",
    "Begroting",
    "BegrotingBijdrage",
    "Deelname",
    "Dienst",
    "Gebruiker",
    "IdempotentieSleutel",
    "Meting",
    "OntvangenDocument",
    "Organisatie",
    "Rapportage",
    "RegievoerderToewijzing",
    "Servicenorm",
    "ServicenormVersie",
    "Token",
    "VerbondenPartij",
    "WgrTermijn",
]

"""Every domain's models, imported once: the one registry for Alembic and the tests."""

from app.auth.models import Gebruiker, Token
from app.auth.oidc.models import OidcAanmeldpoging, OidcKoppeling, OidcUitgever
from app.begrotingen.models import Afwijkingsdrempel, Begroting, BegrotingBijdrage
from app.core.audit import AuditGebeurtenis
from app.core.db import Base
from app.core.rate_limit import RateLimitWindow
from app.core.versions import Gegevensversie
from app.dossier.models import Dossierbestand, Dossierstuk
from app.evaluaties.models import Evaluatie, EvaluatieVervolgactie
from app.iv3.models import Iv3Levering, Iv3Regel, KengetalSignaalwaarde
from app.meldingen.models import Abonnement, Aflevering, GeplandeControle, Kalendersleutel
from app.organisaties.models import Organisatie
from app.outbox.models import Gebeurtenis
from app.rapportages.models import IdempotentieSleutel, Meting, Rapportage
from app.risicos.models import Risico
from app.servicenormen.models import Dienst, Servicenorm, ServicenormVersie
from app.verbeterplan.models import Aanbeveling, AanbevelingPartij, Actie
from app.verbonden_partijen.models import Deelname, RegievoerderToewijzing, VerbondenPartij
from app.voortgang.models import (
    RapportageOvergang,
    Rapportageronde,
    RapportageVersie,
    Voortgangsrapportage,
)
from app.web.session.models import WebSessie
from app.wgr.models import OntvangenDocument, WgrTermijn

__all__ = [
    "Aanbeveling",
    "AanbevelingPartij",
    "Abonnement",
    "Actie",
    "Aflevering",
    "Afwijkingsdrempel",
    "AuditGebeurtenis",
    "Base",
    "Begroting",
    "BegrotingBijdrage",
    "Deelname",
    "Dienst",
    "Dossierbestand",
    "Dossierstuk",
    "Evaluatie",
    "EvaluatieVervolgactie",
    "Gebeurtenis",
    "Gebruiker",
    "Gegevensversie",
    "GeplandeControle",
    "IdempotentieSleutel",
    "Iv3Levering",
    "Iv3Regel",
    "Kalendersleutel",
    "KengetalSignaalwaarde",
    "Meting",
    "OidcAanmeldpoging",
    "OidcKoppeling",
    "OidcUitgever",
    "OntvangenDocument",
    "Organisatie",
    "Rapportage",
    "RapportageOvergang",
    "RapportageVersie",
    "Rapportageronde",
    "RateLimitWindow",
    "RegievoerderToewijzing",
    "Risico",
    "Servicenorm",
    "ServicenormVersie",
    "Token",
    "VerbondenPartij",
    "Voortgangsrapportage",
    "WebSessie",
    "WgrTermijn",
]

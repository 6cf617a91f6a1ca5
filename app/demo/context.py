"""What the demo loaders share: the ids of what earlier loaders created."""

from dataclasses import dataclass, field

from app.auth.models import Gebruiker, Token
from app.organisaties.models import Organisatie
from app.servicenormen.models import Servicenorm
from app.verbonden_partijen.models import VerbondenPartij


@dataclass
class DemoContext:
    """Organisations by CBS code, parties by name, accounts and their tokens by demo token,
    norms by party and code."""

    organisations: dict[str, Organisatie] = field(default_factory=dict)
    parties: dict[str, VerbondenPartij] = field(default_factory=dict)
    accounts: dict[str, Gebruiker] = field(default_factory=dict)
    tokens: dict[str, Token] = field(default_factory=dict)  # the fixed token, by its secret
    norms: dict[tuple[str, str], Servicenorm] = field(default_factory=dict)  # (party, code)

    def gemeente(self, naam: str) -> Organisatie:
        return next(org for org in self.organisations.values() if org.naam == naam)

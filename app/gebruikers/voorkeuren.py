"""Which mails a person wants (`meldingen` in the profile): every kind on unless turned off.

The account keeps the kinds it turned off; the notifications domain reads them before it
mails anyone. A kind here is what a person receives, not an event type for systems.
"""

from enum import StrEnum

from pydantic import Field
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Gebruiker
from app.auth.principal import Principal
from app.core import audit
from app.core.errors import NotFound
from app.core.schemas import ApiModel, PatchModel
from app.gebruikers import repository


class MeldingSoort(StrEnum):
    VOORTGANGSRAPPORTAGE_INGEDIEND = "voortgangsrapportage_ingediend"  # to the MT
    VOORTGANGSRAPPORTAGE_TERUGGESTUURD = "voortgangsrapportage_teruggestuurd"
    VOORTGANGSRAPPORTAGE_GOEDGEKEURD = "voortgangsrapportage_goedgekeurd"
    DAGOVERZICHT = "dagoverzicht"  # the daily digest as a whole
    RAPPORTAGE_TE_LAAT = "rapportage_te_laat"  # digest items from here on
    WGR_DOCUMENT = "wgr_document"
    ZIENSWIJZE_TERMIJN = "zienswijze_termijn"
    ACTIE_ACHTERSTALLIG = "actie_achterstallig"
    RONDE_DEADLINE = "ronde_deadline"
    DOSSIER_BEOORDELING = "dossier_beoordeling"


_AAN = Field(default=True)


class MeldingInstellingen(ApiModel):
    """Per kind of mail: `true` to receive it (the default), `false` to turn it off."""

    voortgangsrapportage_ingediend: bool = _AAN
    voortgangsrapportage_teruggestuurd: bool = _AAN
    voortgangsrapportage_goedgekeurd: bool = _AAN
    dagoverzicht: bool = _AAN
    rapportage_te_laat: bool = _AAN
    wgr_document: bool = _AAN
    zienswijze_termijn: bool = _AAN
    actie_achterstallig: bool = _AAN
    ronde_deadline: bool = _AAN
    dossier_beoordeling: bool = _AAN


class MeldingInstellingenUpdate(PatchModel):
    required_fields = frozenset(MeldingSoort)

    voortgangsrapportage_ingediend: bool | None = None
    voortgangsrapportage_teruggestuurd: bool | None = None
    voortgangsrapportage_goedgekeurd: bool | None = None
    dagoverzicht: bool | None = None
    rapportage_te_laat: bool | None = None
    wgr_document: bool | None = None
    zienswijze_termijn: bool | None = None
    actie_achterstallig: bool | None = None
    ronde_deadline: bool | None = None
    dossier_beoordeling: bool | None = None


def instellingen(account: Gebruiker) -> MeldingInstellingen:
    off = set(account.meldingen_uit or [])
    return MeldingInstellingen(**{soort.value: soort.value not in off for soort in MeldingSoort})


def wants(account: Gebruiker, soort: MeldingSoort) -> bool:
    """A person receives a kind of mail unless they turned it off."""
    return soort.value not in (account.meldingen_uit or [])


async def own_account(session: AsyncSession, principal: Principal) -> Gebruiker:
    account = await repository.account_by_id(session, principal.account_id)
    if account is None:
        raise NotFound("gebruiker")
    return account


async def update_own(
    session: AsyncSession, principal: Principal, patch: MeldingInstellingenUpdate
) -> Gebruiker:
    """A person turns kinds of mail on or off for themselves (nobody else does it for them)."""
    account = await own_account(session, principal)
    before = {"meldingen_uit": list(account.meldingen_uit or [])}
    off = set(account.meldingen_uit or [])
    for soort, aan in patch.changes().items():
        (off.discard if aan else off.add)(soort)
    account.meldingen_uit = sorted(off)
    await session.flush()
    await audit.record(
        session,
        principal,
        actie="gewijzigd",
        entiteit="meldingvoorkeuren",
        entiteit_id=account.id,
        voor=before,
        na={"meldingen_uit": account.meldingen_uit},
        organisatie_id=account.organisatie_id,
        verbonden_partij_id=account.verbonden_partij_id,
        gedeeld=account.organisatie_id is None,
    )
    return account

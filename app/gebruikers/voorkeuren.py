"""Which mails a person wants (`meldingen` in the profile): every kind on unless turned off.

The account keeps the kinds it turned off; the notifications domain reads them before it
mails anyone. A kind here is what a person receives, not an event type for systems.
"""

from enum import StrEnum
from typing import Any

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


# What each kind of mail is about, as the profile's fields describe it.
OMSCHRIJVINGEN = {
    "voortgangsrapportage_ingediend": "Een voortgangsrapportage is ingediend (aan het MT).",
    "voortgangsrapportage_teruggestuurd": "Het MT stuurde een voortgangsrapportage terug.",
    "voortgangsrapportage_goedgekeurd": "Het MT keurde een voortgangsrapportage goed.",
    "dagoverzicht": "Het dagoverzicht als geheel.",
    "rapportage_te_laat": "In het dagoverzicht: rapportages van partijen die te laat zijn.",
    "wgr_document": "In het dagoverzicht: ontvangen Wgr-documenten.",
    "zienswijze_termijn": "In het dagoverzicht: naderende termijnen voor een zienswijze.",
    "actie_achterstallig": "In het dagoverzicht: acties over hun streefdatum.",
    "ronde_deadline": "In het dagoverzicht: de naderende deadline van een rapportageronde.",
    "dossier_beoordeling": "In het dagoverzicht: dossierstukken waarvan de beoordeling is "
    "verlopen.",
}


def _aan(soort: str) -> Any:
    return Field(default=True, description=OMSCHRIJVINGEN[soort])


def _wijziging(soort: str) -> Any:
    return Field(default=None, description=OMSCHRIJVINGEN[soort])


class MeldingInstellingen(ApiModel):
    """Per soort e-mail: `true` om haar te ontvangen (standaard), `false` om haar uit te zetten."""

    voortgangsrapportage_ingediend: bool = _aan("voortgangsrapportage_ingediend")
    voortgangsrapportage_teruggestuurd: bool = _aan("voortgangsrapportage_teruggestuurd")
    voortgangsrapportage_goedgekeurd: bool = _aan("voortgangsrapportage_goedgekeurd")
    dagoverzicht: bool = _aan("dagoverzicht")
    rapportage_te_laat: bool = _aan("rapportage_te_laat")
    wgr_document: bool = _aan("wgr_document")
    zienswijze_termijn: bool = _aan("zienswijze_termijn")
    actie_achterstallig: bool = _aan("actie_achterstallig")
    ronde_deadline: bool = _aan("ronde_deadline")
    dossier_beoordeling: bool = _aan("dossier_beoordeling")


class MeldingInstellingenUpdate(PatchModel):
    required_fields = frozenset(MeldingSoort)

    voortgangsrapportage_ingediend: bool | None = _wijziging("voortgangsrapportage_ingediend")
    voortgangsrapportage_teruggestuurd: bool | None = _wijziging(
        "voortgangsrapportage_teruggestuurd"
    )
    voortgangsrapportage_goedgekeurd: bool | None = _wijziging("voortgangsrapportage_goedgekeurd")
    dagoverzicht: bool | None = _wijziging("dagoverzicht")
    rapportage_te_laat: bool | None = _wijziging("rapportage_te_laat")
    wgr_document: bool | None = _wijziging("wgr_document")
    zienswijze_termijn: bool | None = _wijziging("zienswijze_termijn")
    actie_achterstallig: bool | None = _wijziging("actie_achterstallig")
    ronde_deadline: bool | None = _wijziging("ronde_deadline")
    dossier_beoordeling: bool | None = _wijziging("dossier_beoordeling")


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

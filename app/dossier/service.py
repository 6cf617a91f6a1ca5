"""Use cases of a party's dossier.

Who may do what (the penvoerder rule of API.md 1.1, as for the party's other shared facts):
- every participating municipality reads the party's shared documents (`gedeeld`), and only
  its own private ones (`eigen`); any other document is 404;
- a shared document is written by the directors (a beheerder, or an assigned regievoerder)
  of the party's penvoerder; another participant's directors get 403;
- a private document is written by the directors of its own municipality.
Every write is audited (shared writes in the trail every participant reads), which also
bumps the party's data version.
"""

import uuid
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.auth.roles import Rol
from app.core import audit
from app.core.clock import today
from app.core.errors import Conflict, Forbidden, InvalidInput, NotFound
from app.core.etag import require_current
from app.core.pagination import PageOf, PageRequest
from app.dossier import repository
from app.dossier.intake import NieuwBestand
from app.dossier.models import Dossierbestand, Dossiersoort, Dossierstuk, DossierZichtbaarheid
from app.dossier.rules import next_review, review_overdue
from app.dossier.schemas import (
    DossierbestandRead,
    DossierstukCreate,
    DossierstukRead,
    DossierstukUpdate,
)
from app.verbonden_partijen import repository as partijen_repository
from app.verbonden_partijen import service as partijen
from app.verbonden_partijen.models import VerbondenPartij

ENTITEIT = "dossierstuk"


def view(stuk: Dossierstuk, kan_wijzigen: bool, on: date) -> DossierstukRead:
    volgende = next_review(
        stuk.laatst_beoordeeld_op, stuk.beoordelingsinterval_maanden, stuk.aangemaakt_op.date()
    )
    bestand = None
    if stuk.bestand_sha256 is not None:
        bestand = DossierbestandRead(
            naam=stuk.bestand_naam or "",
            type=stuk.bestand_type or "",
            grootte=stuk.bestand_grootte or 0,
            sha256=stuk.bestand_sha256,
            versie=stuk.bestand_versie or 1,
        )
    return DossierstukRead(
        id=stuk.id,
        verbonden_partij_id=stuk.verbonden_partij_id,
        organisatie_id=stuk.organisatie_id,
        soort=stuk.soort,
        titel=stuk.titel,
        zichtbaarheid=stuk.zichtbaarheid,
        eigenaar=stuk.eigenaar,
        laatst_beoordeeld_op=stuk.laatst_beoordeeld_op,
        beoordelingsinterval_maanden=stuk.beoordelingsinterval_maanden,
        volgende_beoordeling_op=volgende,
        beoordeling_verlopen=review_overdue(volgende, on),
        bestand=bestand,
        link=stuk.link,
        kan_wijzigen=kan_wijzigen,
        versie=stuk.versie,
        aangemaakt_op=stuk.aangemaakt_op,
        gewijzigd_op=stuk.gewijzigd_op,
    )


class Schrijfrecht:
    """What the caller may write in one party's dossier (one query at most)."""

    def __init__(self, principal: Principal, party: VerbondenPartij, directs: bool) -> None:
        self.directs = directs
        self.penvoerder = directs and party.penvoerder_id == principal.tenant_id
        self.organisatie_id = principal.tenant_id

    def allows(self, stuk: Dossierstuk) -> bool:
        if stuk.zichtbaarheid is DossierZichtbaarheid.GEDEELD:
            return self.penvoerder
        return self.directs and stuk.organisatie_id == self.organisatie_id


async def write_right(
    session: AsyncSession, principal: Principal, party: VerbondenPartij
) -> Schrijfrecht:
    directs = principal.rol is Rol.BEHEERDER or (
        principal.rol is Rol.REGIEVOERDER
        and principal.gebruiker_id is not None
        and await partijen_repository.is_assigned(session, principal.gebruiker_id, party.id)
    )
    return Schrijfrecht(principal, party, directs)


async def list_documents(
    session: AsyncSession,
    principal: Principal,
    party_id: uuid.UUID,
    soort: Dossiersoort | None,
    zichtbaarheid: DossierZichtbaarheid | None,
    verlopen: bool | None,
    page: PageRequest,
) -> PageOf[DossierstukRead]:
    """The party's shared documents and the caller's own, by kind and title. A dossier is
    short: it is read whole, so the computed review dates can filter it."""
    party = await partijen.get_party(session, principal, party_id)
    right = await write_right(session, principal, party)
    statement = repository.documents_of_party(principal.tenant_id, party_id, soort, zichtbaarheid)
    on = today()
    views = [view(stuk, right.allows(stuk), on) for stuk in await session.scalars(statement)]
    if verlopen is not None:
        views = [found for found in views if found.beoordeling_verlopen is verlopen]
    window = views[page.offset : page.offset + page.page_size]
    return PageOf(items=window, total=len(views))


async def get_document(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID, stuk_id: uuid.UUID
) -> tuple[Dossierstuk, Schrijfrecht]:
    party = await partijen.get_party(session, principal, party_id)
    stuk = await repository.document(session, principal.tenant_id, party_id, stuk_id)
    if stuk is None:
        raise NotFound("dossierstuk")
    return stuk, await write_right(session, principal, party)


async def _writable(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID, stuk_id: uuid.UUID
) -> Dossierstuk:
    stuk, right = await get_document(session, principal, party_id, stuk_id)
    _require(right, stuk.zichtbaarheid)
    return stuk


def _require(right: Schrijfrecht, zichtbaarheid: DossierZichtbaarheid) -> None:
    if not right.directs:
        raise Forbidden("Only a beheerder or the party's regievoerder may change the dossier.")
    if zichtbaarheid is DossierZichtbaarheid.GEDEELD and not right.penvoerder:
        raise Forbidden(
            "Only the directors of the party's penvoerder keep its shared documents; "
            "keep your own as `eigen`."
        )


async def create_document(
    session: AsyncSession,
    principal: Principal,
    party_id: uuid.UUID,
    fields: DossierstukCreate,
    bestand: NieuwBestand | None,
) -> Dossierstuk:
    """Add a document: a stored file (version 1) or a link."""
    party = await partijen.get_party(session, principal, party_id)
    _require(await write_right(session, principal, party), fields.zichtbaarheid)
    stuk = Dossierstuk(
        verbonden_partij_id=party_id,
        organisatie_id=principal.tenant_id,
        **fields.model_dump(),
    )
    if bestand is not None:
        _describe_file(stuk, bestand, 1)
    session.add(stuk)
    await session.flush()
    if bestand is not None:
        session.add(_file_row(stuk, bestand, 1, principal))
    await _record(session, principal, "aangemaakt", stuk, None)
    return stuk


async def update_document(
    session: AsyncSession,
    principal: Principal,
    party_id: uuid.UUID,
    stuk_id: uuid.UUID,
    patch: DossierstukUpdate,
    if_match: str | None,
) -> Dossierstuk:
    """Merge-patch a document's description against the version last read."""
    stuk = await _writable(session, principal, party_id, stuk_id)
    require_current(if_match, stuk.versie)
    changes = patch.changes()
    if "link" in changes and stuk.link is None:
        raise InvalidInput.field(
            "link", "This document is a stored file; send a new file to PUT …/bestand instead."
        )
    before = audit.snapshot(stuk)
    for name, value in changes.items():
        setattr(stuk, name, value)
    await session.flush()
    await _record(session, principal, "gewijzigd", stuk, before)
    return stuk


async def add_file_version(
    session: AsyncSession,
    principal: Principal,
    party_id: uuid.UUID,
    stuk_id: uuid.UUID,
    bestand: NieuwBestand,
    if_match: str | None,
) -> Dossierstuk:
    """A new file for a document: the next version; earlier versions stay stored. A document
    kept as a link becomes a stored file (the link stays in the audit trail)."""
    stuk = await _writable(session, principal, party_id, stuk_id)
    require_current(if_match, stuk.versie)
    if stuk.bestand_sha256 == bestand.sha256:
        raise Conflict("This file is the document's current version already.")
    before = audit.snapshot(stuk)
    number = await repository.latest_file_version(session, stuk.id) + 1
    session.add(_file_row(stuk, bestand, number, principal))
    _describe_file(stuk, bestand, number)
    stuk.link = None
    await session.flush()
    await _record(session, principal, "gewijzigd", stuk, before)
    return stuk


async def delete_document(
    session: AsyncSession,
    principal: Principal,
    party_id: uuid.UUID,
    stuk_id: uuid.UUID,
    if_match: str | None,
) -> None:
    """Remove a document and every stored version of its file (on purpose, never silently)."""
    stuk = await _writable(session, principal, party_id, stuk_id)
    require_current(if_match, stuk.versie)
    before = audit.snapshot(stuk)
    await repository.delete_files(session, stuk.id)
    await session.delete(stuk)
    await session.flush()
    await _record(session, principal, "verwijderd", stuk, before, after=False)


async def file_of(
    session: AsyncSession,
    principal: Principal,
    party_id: uuid.UUID,
    stuk_id: uuid.UUID,
    versie: int | None,
) -> Dossierbestand:
    """A stored version of a document's file (by default the current one)."""
    stuk, _ = await get_document(session, principal, party_id, stuk_id)
    number = versie if versie is not None else stuk.bestand_versie
    found = await repository.file_version(session, stuk.id, number) if number else None
    if found is None:
        raise NotFound("bestand")
    return found


def _describe_file(stuk: Dossierstuk, bestand: NieuwBestand, number: int) -> None:
    stuk.bestand_naam = bestand.naam
    stuk.bestand_type = bestand.type.media_type
    stuk.bestand_grootte = len(bestand.inhoud)
    stuk.bestand_sha256 = bestand.sha256
    stuk.bestand_versie = number


def _file_row(
    stuk: Dossierstuk, bestand: NieuwBestand, number: int, principal: Principal
) -> Dossierbestand:
    return Dossierbestand(
        dossierstuk_id=stuk.id,
        versie=number,
        naam=bestand.naam,
        type=bestand.type.media_type,
        grootte=len(bestand.inhoud),
        sha256=bestand.sha256,
        inhoud=bestand.inhoud,
        aangemaakt_door=principal.naam,
    )


async def _record(
    session: AsyncSession,
    principal: Principal,
    actie: str,
    stuk: Dossierstuk,
    before: dict[str, Any] | None,
    *,
    after: bool = True,
) -> None:
    shared = stuk.zichtbaarheid is DossierZichtbaarheid.GEDEELD
    await audit.record(
        session,
        principal,
        actie=actie,
        entiteit=ENTITEIT,
        entiteit_id=stuk.id,
        voor=before,
        na=audit.snapshot(stuk) if after else None,
        organisatie_id=None if shared else stuk.organisatie_id,
        verbonden_partij_id=stuk.verbonden_partij_id,
        gedeeld=shared,
    )

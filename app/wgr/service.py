"""Use cases of the Wgr cycle: documents received, the regeling's own dates, the calendar."""

import uuid
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.core import audit
from app.core.clock import today
from app.core.errors import InvalidInput, InvalidParam
from app.core.pagination import PageOf, PageRequest, fetch_page
from app.verbonden_partijen.models import VerbondenPartij
from app.verbonden_partijen.schemas import OrganisatieVerwijzing
from app.verbonden_partijen.service import get_party, require_director
from app.wgr import calendar, repository
from app.wgr.calendar import DocumentSoort, MaandDag, Moment
from app.wgr.models import OntvangenDocument, WgrTermijn
from app.wgr.schemas import (
    DocumentCreate,
    EigenTermijnen,
    PartijKalender,
    TermijnRead,
    WgrKalender,
    ZienswijzeRead,
)


async def _require_writer(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID
) -> VerbondenPartij:
    """The party's own partner (another party is 404), its regievoerder or a beheerder."""
    if principal.is_partner:
        return await get_party(session, principal, party_id)
    return await require_director(session, principal, party_id)


async def list_documents(
    session: AsyncSession,
    principal: Principal,
    party_id: uuid.UUID,
    jaar: int | None,
    soort: DocumentSoort | None,
    page: PageRequest,
) -> PageOf[OntvangenDocument]:
    """The documents of a party the caller sees, newest year first."""
    await get_party(session, principal, party_id)
    return await fetch_page(session, repository.documents(party_id, jaar, soort), page)


async def register_document(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID, data: DocumentCreate
) -> OntvangenDocument:
    """Record that the councils received a document of the party (shared with every
    participant)."""
    await _require_writer(session, principal, party_id)
    if data.ontvangen_op > today():
        raise InvalidInput.field("ontvangenOp", "Must not lie in the future.")
    document = OntvangenDocument(verbonden_partij_id=party_id, **data.model_dump())
    session.add(document)
    await session.flush()
    await audit.record(
        session,
        principal,
        actie="aangemaakt",
        entiteit="ontvangen_document",
        entiteit_id=document.id,
        voor=None,
        na=audit.snapshot(document),
        verbonden_partij_id=party_id,
        gedeeld=True,
    )
    return document


async def list_own_dates(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID
) -> list[WgrTermijn]:
    """The dates the regeling sets itself instead of the law's defaults."""
    await get_party(session, principal, party_id)
    return await repository.own_dates(session, [party_id])


async def replace_own_dates(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID, data: EigenTermijnen
) -> list[WgrTermijn]:
    """Replace the regeling's own dates (shared: they are the regeling's, not a municipality's)."""
    await _require_writer(session, principal, party_id)
    problems, seen = [], set()
    for index, item in enumerate(data.termijnen):
        if item.moment in seen:
            problems.append(InvalidParam(f"termijnen[{index}].moment", "Listed twice."))
        if not calendar.valid_month_day(item.maand, item.dag):
            problems.append(InvalidParam(f"termijnen[{index}].dag", "No such day every year."))
        seen.add(item.moment)
    if problems:
        raise InvalidInput.fields(problems)
    before = [audit.snapshot(t) for t in await repository.own_dates(session, [party_id])]
    termijnen = [WgrTermijn(verbonden_partij_id=party_id, **t.model_dump()) for t in data.termijnen]
    await repository.replace_own_dates(session, party_id, termijnen)
    await audit.record(
        session,
        principal,
        actie="gewijzigd",
        entiteit="wgr_termijnen",
        entiteit_id=party_id,
        voor={"termijnen": before},
        na={"termijnen": [audit.snapshot(t) for t in termijnen]},
        verbonden_partij_id=party_id,
        gedeeld=True,
    )
    return termijnen


async def wgr_calendar(session: AsyncSession, principal: Principal, jaar: int) -> WgrKalender:
    """Per gemeenschappelijke regeling of the caller's municipality: the due dates of the
    documents of year J, what was received and when, what is late, and the zienswijze date."""
    peildatum = today()
    parties = await repository.regelingen_of(session, principal.tenant_id, jaar)
    return WgrKalender(
        jaar=jaar,
        peildatum=peildatum,
        verbonden_partijen=await _calendars(session, parties, jaar, peildatum),
    )


async def calendar_of_party(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID, jaar: int
) -> PartijKalender | None:
    """One regeling's entry of `wgr_calendar` (None when the party is not one of the
    municipality's regelingen with an own budget in year J); three queries."""
    parties = await repository.regelingen_of(session, principal.tenant_id, jaar, party_id)
    calendars = await _calendars(session, parties, jaar, today())
    return calendars[0] if calendars else None


async def _calendars(
    session: AsyncSession, parties: list[VerbondenPartij], jaar: int, peildatum: date
) -> list[PartijKalender]:
    ids = [party.id for party in parties]
    receipts = await repository.first_receipts(session, ids, jaar)
    eigen: dict[uuid.UUID, dict[Moment, MaandDag]] = {party_id: {} for party_id in ids}
    for termijn in await repository.own_dates(session, ids):
        eigen[termijn.verbonden_partij_id][termijn.moment] = MaandDag(termijn.maand, termijn.dag)
    return [_party_calendar(party, jaar, eigen[party.id], receipts, peildatum) for party in parties]


def _party_calendar(
    party: VerbondenPartij,
    jaar: int,
    eigen: dict[Moment, MaandDag],
    receipts: dict[tuple[uuid.UUID, DocumentSoort], date],
    peildatum: date,
) -> PartijKalender:
    rows = []
    for termijn in calendar.termijnen(jaar, eigen):
        received = receipts.get((party.id, termijn.soort))
        state = calendar.status(termijn.uiterlijk, received, peildatum)
        rows.append(
            TermijnRead(
                soort=termijn.soort,
                document_jaar=jaar,
                uiterlijk=termijn.uiterlijk,
                bron=termijn.bron,
                grondslag=termijn.grondslag,
                ontvangen_op=received,
                status=state,
                te_laat=state in {calendar.Status.TE_LAAT, calendar.Status.ACHTERSTALLIG},
            )
        )
    draft = next(row for row in rows if row.soort is DocumentSoort.ONTWERPBEGROTING)
    view = calendar.zienswijze(
        draft.uiterlijk, draft.ontvangen_op, calendar.vaststelling(jaar, eigen)
    )
    return PartijKalender(
        verbonden_partij=OrganisatieVerwijzing(id=party.id, naam=party.naam),
        termijnen=rows,
        zienswijze=ZienswijzeRead.model_validate(view),
    )

"""Use cases of the catalogue and the norms: shared data of a party, written by its directors."""

import uuid
from collections.abc import Collection
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.core import audit
from app.core.db import utcnow
from app.core.errors import Conflict, InvalidInput, InvalidParam, NotFound
from app.core.etag import require_current
from app.core.pagination import PageOf, PageRequest, fetch_page
from app.core.sql_lists import uses_arrays
from app.servicenormen import repository
from app.servicenormen.models import Dienst, Servicenorm, ServicenormVersie
from app.servicenormen.outcomes import version_at
from app.servicenormen.rules import terms_problems
from app.servicenormen.schemas import DienstCreate, ServicenormCreate, ServicenormUpdate
from app.servicenormen.stored_outcomes import judge_stored
from app.servicenormen.terms import NormTerms
from app.verbonden_partijen import service as partijen

TERMS = ("doelwaarde", "tolerantie", "richting")


async def list_diensten(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID, page: PageRequest
) -> PageOf[Dienst]:
    """The party's catalogue, for everyone who sees the party."""
    await partijen.get_party(session, principal, party_id)
    return await fetch_page(session, repository.diensten_of(party_id), page)


async def create_dienst(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID, data: DienstCreate
) -> Dienst:
    """Add a product or service to the party's shared catalogue (names unique per party)."""
    await partijen.require_director(session, principal, party_id)
    if await repository.dienst_name_taken(session, party_id, data.naam):
        raise Conflict("The catalogue already holds a dienst with this name.")
    dienst = Dienst(verbonden_partij_id=party_id, **data.model_dump())
    session.add(dienst)
    await session.flush()
    await _record(session, principal, "aangemaakt", "dienst", dienst.id, party_id, None, dienst)
    return dienst


async def list_norms(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID, page: PageRequest
) -> PageOf[Servicenorm]:
    """The party's norms with their versions, for everyone who sees the party."""
    await partijen.get_party(session, principal, party_id)
    return await fetch_page(session, repository.norms_of(party_id), page)


async def get_norm(session: AsyncSession, principal: Principal, norm_id: uuid.UUID) -> Servicenorm:
    """A norm of a party the caller sees; any other id is 404."""
    norm = await repository.readable_norm(session, principal, norm_id)
    if norm is None:
        raise NotFound("servicenorm")
    return norm


async def create_norm(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID, data: ServicenormCreate
) -> Servicenorm:
    """Agree a norm with the party: its code is unique within the party; first version."""
    await partijen.require_director(session, principal, party_id)
    problems = terms_problems(
        data.eenheid, data.frequentie, data.doelwaarde, data.tolerantie, data.geldig_vanaf
    )
    if data.dienst_id and not await repository.dienst_in_party(session, data.dienst_id, party_id):
        problems.append(InvalidParam("dienstId", "No dienst with this id in this party."))
    if problems:
        raise InvalidInput.fields(problems)
    if await repository.code_taken(session, party_id, data.code):
        raise Conflict(f"The party already has a norm with code {data.code}.")
    fields = data.model_dump(exclude={"doelwaarde", "tolerantie", "richting", "geldig_vanaf"})
    norm = Servicenorm(verbonden_partij_id=party_id, **fields)
    norm.versies = [
        ServicenormVersie(
            geldig_vanaf=data.geldig_vanaf,
            doelwaarde=data.doelwaarde,
            tolerantie=data.tolerantie,
            richting=data.richting,
        )
    ]
    session.add(norm)
    await session.flush()
    await _record(session, principal, "aangemaakt", "servicenorm", norm.id, party_id, None, norm)
    return norm


async def update_norm(
    session: AsyncSession,
    principal: Principal,
    norm_id: uuid.UUID,
    patch: ServicenormUpdate,
    if_match: str | None,
) -> Servicenorm:
    """Merge-patch a norm; new terms become a new version from `geldigVanaf`."""
    norm = await get_norm(session, principal, norm_id)
    await partijen.require_director(session, principal, norm.verbonden_partij_id)
    require_current(if_match, norm.versie)
    before = norm_state(norm)
    changes = patch.changes()
    terms = {key: changes.pop(key) for key in TERMS if key in changes}
    geldig_vanaf = changes.pop("geldig_vanaf", None)
    problems = await _update_problems(session, norm, changes, terms, geldig_vanaf)
    if problems:
        raise InvalidInput.fields(problems)
    if terms and geldig_vanaf is not None:
        _add_version(norm, terms, geldig_vanaf)
    for field, value in changes.items():
        setattr(norm, field, value)
    norm.gewijzigd_op = utcnow()  # a new version alone must also move the ETag
    await session.flush()
    if terms and geldig_vanaf is not None:
        # The stored outcomes of the periods the new version governs change with it.
        await judge_stored(session, [norm.id])
    await _record(session, principal, "gewijzigd", "servicenorm", norm.id, None, before, norm)
    return norm


async def _update_problems(
    session: AsyncSession,
    norm: Servicenorm,
    changes: dict[str, Any],
    terms: dict[str, Any],
    geldig_vanaf: Any,
) -> list[InvalidParam]:
    problems = terms_problems(
        norm.eenheid,
        norm.frequentie,
        terms.get("doelwaarde"),
        terms.get("tolerantie"),
        geldig_vanaf,
    )
    if terms and geldig_vanaf is None:
        problems.append(
            InvalidParam("geldigVanaf", "Required when doelwaarde, tolerantie or richting change.")
        )
    if geldig_vanaf is not None and not terms:
        problems.append(
            InvalidParam("geldigVanaf", "Only with a change of doelwaarde, tolerantie or richting.")
        )
    if geldig_vanaf is not None and any(v.geldig_vanaf == geldig_vanaf for v in norm.versies):
        problems.append(
            InvalidParam("geldigVanaf", "A version from this date exists; versions never change.")
        )
    dienst_id = changes.get("dienst_id")
    if dienst_id and not await repository.dienst_in_party(
        session, dienst_id, norm.verbonden_partij_id
    ):
        problems.append(InvalidParam("dienstId", "No dienst with this id in this party."))
    return problems


def _add_version(norm: Servicenorm, terms: dict[str, Any], geldig_vanaf: Any) -> None:
    """Terms not given carry over from the version in force on that date (else the first)."""
    base = version_at(norm.versies, geldig_vanaf) or min(
        norm.versies, key=lambda version: version.geldig_vanaf
    )
    norm.versies.append(
        ServicenormVersie(
            geldig_vanaf=geldig_vanaf,
            doelwaarde=terms.get("doelwaarde", base.doelwaarde),
            tolerantie=terms.get("tolerantie", base.tolerantie),
            richting=terms.get("richting", base.richting),
        )
    )


async def norms_by_code(
    session: AsyncSession, party_id: uuid.UUID, codes: Collection[str]
) -> dict[str, NormTerms]:
    """The party's norms with these codes, with their versions (for validating a push). All
    the party's norms are read and the codes picked here: a push names most of them, and a
    list of 1,000 codes in the query cost PostgreSQL more than the rows (it compared each row
    with every code)."""
    wanted = set(codes)
    found = await repository.norm_terms(session, repository.of_party(party_id))
    return {norm.code: norm for norm in found if norm.code in wanted}


async def norms_by_id(
    session: AsyncSession, ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, NormTerms]:
    """Norms with their versions, by id (for judging stored measurements)."""
    found = await repository.norm_terms(session, repository.with_id(ids, uses_arrays(session)))
    return {norm.id: norm for norm in found}


async def all_norms_of(session: AsyncSession, party_id: uuid.UUID) -> list[NormTerms]:
    """Every norm of the party with its versions, ordered by code."""
    return await repository.norm_terms(session, repository.of_party(party_id))


async def norms_of_parties(
    session: AsyncSession, party_ids: Collection[uuid.UUID]
) -> dict[uuid.UUID, list[NormTerms]]:
    """Every norm of each party with its versions, by party, each list ordered by code. Two
    queries whatever the number of parties."""
    by_party: dict[uuid.UUID, list[NormTerms]] = {}
    for norm in await repository.norm_terms(session, repository.of_parties(party_ids)):
        if norm.verbonden_partij_id is not None:
            by_party.setdefault(norm.verbonden_partij_id, []).append(norm)
    return by_party


def norm_state(norm: Servicenorm) -> dict[str, Any]:
    """A norm and its versions, for the audit trail."""
    versions = sorted(norm.versies, key=lambda version: version.geldig_vanaf)
    return {**audit.snapshot(norm), "versies": [audit.snapshot(v) for v in versions]}


async def _record(
    session: AsyncSession,
    principal: Principal,
    actie: str,
    entiteit: str,
    entiteit_id: uuid.UUID,
    party_id: uuid.UUID | None,
    before: dict[str, Any] | None,
    after: Dienst | Servicenorm,
) -> None:
    """Catalogue and norms are shared: every participant's beheerder reads the trail."""
    await audit.record(
        session,
        principal,
        actie=actie,
        entiteit=entiteit,
        entiteit_id=entiteit_id,
        voor=before,
        na=norm_state(after) if isinstance(after, Servicenorm) else audit.snapshot(after),
        verbonden_partij_id=party_id or after.verbonden_partij_id,
        gedeeld=True,
    )

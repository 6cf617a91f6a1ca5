"""Use cases of the registry of parties, and the access checks other domains build on."""

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.principal import Principal
from app.auth.roles import Rol
from app.core import audit
from app.core.clock import today
from app.core.errors import Forbidden, InvalidInput, InvalidParam, NotFound
from app.core.etag import require_current
from app.core.pagination import PageOf, PageRequest, fetch_page
from app.verbonden_partijen import repository, seen
from app.verbonden_partijen.models import Deelname, VerbondenPartij
from app.verbonden_partijen.repository import PartijFilter
from app.verbonden_partijen.rules import registry_problems
from app.verbonden_partijen.schemas import VerbondenPartijCreate, VerbondenPartijUpdate


async def list_parties(
    session: AsyncSession, principal: Principal, filters: PartijFilter, page: PageRequest
) -> PageOf[VerbondenPartij]:
    """The parties the caller may see, filtered."""
    statement = repository.readable_parties(principal, filters, today())
    return await fetch_page(session, statement, page)


async def _visible(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID
) -> VerbondenPartij | None:
    """The party if the caller may see it; asked of the database once per session while
    nothing changes (see `seen`)."""
    party = seen.recall(session, principal, party_id)
    if party is None:
        party = await repository.readable_party_by_id(session, principal, party_id)
        if party is not None:
            seen.remember(session, principal, party)
    return party


async def get_party(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID
) -> VerbondenPartij:
    """A party the caller may see; any other id is 404, so its existence does not leak."""
    party = await _visible(session, principal, party_id)
    if party is None:
        raise NotFound("verbonden partij")
    return party


async def require_party_for_reference(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID, field: str
) -> VerbondenPartij:
    """A party named in a request body: unknown or invisible is a 400 on that field."""
    party = await _visible(session, principal, party_id)
    if party is None:
        raise InvalidInput.field(field, "No verbonden partij with this id is visible to you.")
    return party


async def require_director(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID
) -> VerbondenPartij:
    """A party the caller may write the regie of: a beheerder of a participating municipality,
    or a regievoerder assigned to it (others who see it get 403)."""
    party = await get_party(session, principal, party_id)
    if principal.rol is Rol.BEHEERDER:
        return party
    if principal.rol is Rol.REGIEVOERDER and principal.gebruiker_id is not None:
        if await repository.is_assigned(session, principal.gebruiker_id, party_id):
            return party
        raise Forbidden("You are not a regievoerder of this verbonden partij.")
    raise Forbidden("Only a beheerder or the party's regievoerder may change this.")


def is_penvoerder(principal: Principal, party: VerbondenPartij) -> bool:
    """The caller is a beheerder of the party's penvoerder (lead participant)."""
    return (
        principal.rol is Rol.BEHEERDER
        and principal.organisatie_id is not None
        and party.penvoerder_id == principal.organisatie_id
    )


async def require_penvoerder(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID, action: str
) -> VerbondenPartij:
    """A party whose penvoerder the caller's municipality is, for a beheerder (API.md 1.1);
    another participant gets 403, anyone who cannot see the party 404."""
    party = await get_party(session, principal, party_id)
    return _penvoerder_only(principal, party, action)


async def require_penvoerder_for_reference(
    session: AsyncSession, principal: Principal, party_id: uuid.UUID, field: str, action: str
) -> VerbondenPartij:
    """As `require_penvoerder`, for a party named in a request body (invisible: 400)."""
    party = await require_party_for_reference(session, principal, party_id, field)
    return _penvoerder_only(principal, party, action)


def _penvoerder_only(principal: Principal, party: VerbondenPartij, action: str) -> VerbondenPartij:
    if not is_penvoerder(principal, party):
        raise Forbidden(f"Only a beheerder of the party's penvoerder may {action}.")
    return party


async def create_party(
    session: AsyncSession, beheerder: Principal, data: VerbondenPartijCreate
) -> VerbondenPartij:
    """Register a party; the beheerder's municipality becomes its first participant and its
    penvoerder."""
    problems = registry_problems(
        data.bbv_categorie, data.rechtsvorm, data.begindatum, data.einddatum
    )
    if problems:
        raise InvalidInput.fields(problems)
    party = VerbondenPartij(**data.model_dump(), penvoerder_id=beheerder.tenant_id)
    session.add(party)
    await session.flush()
    await session.refresh(party, ["penvoerder"])
    deelname = Deelname(verbonden_partij_id=party.id, organisatie_id=beheerder.tenant_id)
    session.add(deelname)
    await session.flush()
    await record_shared(session, beheerder, "aangemaakt", party, None)
    await record_shared(session, beheerder, "aangemaakt", deelname, None)
    return party


async def update_party(
    session: AsyncSession,
    principal: Principal,
    party_id: uuid.UUID,
    patch: VerbondenPartijUpdate,
    if_match: str | None,
) -> VerbondenPartij:
    """Merge-patch a party, against the version the caller last read. Its facts are read by
    every participant, so only the penvoerder's directors keep them (API.md 1.1, DOMAIN.md
    "Who keeps a shared party"); only its beheerder hands the role to another participant."""
    party = await require_director(session, principal, party_id)
    if party.penvoerder_id != principal.organisatie_id:
        keeper = f" ({party.penvoerder.naam})" if party.penvoerder else ""
        raise Forbidden(
            f"The party's facts are shared by all its participants; only its penvoerder{keeper} "
            "changes them."
        )
    changes = patch.changes()
    if "penvoerder_id" in changes:
        _penvoerder_only(principal, party, "hand the penvoerder role to another participant")
    require_current(if_match, party.versie)
    before = audit.snapshot(party)
    problems = registry_problems(
        changes.get("bbv_categorie", party.bbv_categorie),
        changes.get("rechtsvorm", party.rechtsvorm),
        changes.get("begindatum", party.begindatum),
        changes.get("einddatum", party.einddatum),
    )
    new_penvoerder = changes.get("penvoerder_id")
    if new_penvoerder is not None and not await repository.is_current_participant(
        session, party.id, new_penvoerder, today()
    ):
        problems.append(
            InvalidParam("penvoerderId", "Must be a municipality that takes part in the party.")
        )
    if problems:
        raise InvalidInput.fields(problems)
    for field, value in changes.items():
        setattr(party, field, value)
    await session.flush()
    if "penvoerder_id" in changes:
        await session.refresh(party, ["penvoerder"])
    await record_shared(session, principal, "gewijzigd", party, before)
    return party


async def parties_represented_or_directed(
    session: AsyncSession, principal: Principal
) -> list[VerbondenPartij]:
    """A partner's own party; a regievoerder's assigned parties; nothing for the others."""
    if principal.is_partner and principal.verbonden_partij_id is not None:
        party = await repository.party_by_id(session, principal.verbonden_partij_id)
        return [party] if party else []
    if principal.rol is Rol.REGIEVOERDER and principal.gebruiker_id is not None:
        return await repository.parties_directed_by(session, principal.gebruiker_id)
    return []


async def reporting_term_days(session: AsyncSession, party_id: uuid.UUID) -> int:
    """Days after a period ends by which the party's partner must have reported it."""
    party = await repository.party_by_id(session, party_id)
    if party is None:
        raise NotFound("verbonden partij")
    return party.rapportagetermijn_dagen


async def directs_any_party(session: AsyncSession, gebruiker_id: uuid.UUID) -> bool:
    return bool(await repository.parties_directed_by(session, gebruiker_id))


async def record_shared(
    session: AsyncSession,
    actor: audit.Actor,
    actie: str,
    entity: VerbondenPartij | Deelname,
    before: dict[str, object] | None,
) -> None:
    """The party record and its participations are shared: every participant reads the trail.

    Who holds a participant's owner and client roles is private to that participant, so those
    fields go into a separate event of its own municipality, never into the shared one.
    """
    party_id = entity.id if isinstance(entity, VerbondenPartij) else entity.verbonden_partij_id
    after = None if actie == "verwijderd" else audit.snapshot(entity)
    if isinstance(entity, Deelname):
        await _record_private_fields(session, actor, actie, entity, before, after)
        before, after = _without_private(before), _without_private(after)
    await audit.record(
        session,
        actor,
        actie=actie,
        entiteit="verbonden_partij" if isinstance(entity, VerbondenPartij) else "deelname",
        entiteit_id=entity.id,
        voor=before,
        na=after,
        verbonden_partij_id=party_id,
        gedeeld=True,
    )


async def _record_private_fields(
    session: AsyncSession,
    actor: audit.Actor,
    actie: str,
    deelname: Deelname,
    before: dict[str, object] | None,
    after: dict[str, object] | None,
) -> None:
    """The private fields' change, in the trail of the participating municipality only."""
    private_before, private_after = _only_private(before), _only_private(after)
    if private_before == private_after:
        return
    await audit.record(
        session,
        actor,
        actie=actie,
        entiteit="deelname",
        entiteit_id=deelname.id,
        voor=private_before,
        na=private_after,
        organisatie_id=deelname.organisatie_id,
        verbonden_partij_id=deelname.verbonden_partij_id,
        gedeeld=False,
    )


def _only_private(snapshot: dict[str, object] | None) -> dict[str, object] | None:
    if snapshot is None:
        return None
    private = {key: snapshot.get(key) for key in Deelname.PRIVATE_FIELDS}
    return private if any(value is not None for value in private.values()) else None


def _without_private(snapshot: dict[str, object] | None) -> dict[str, object] | None:
    if snapshot is None:
        return None
    return {key: value for key, value in snapshot.items() if key not in Deelname.PRIVATE_FIELDS}

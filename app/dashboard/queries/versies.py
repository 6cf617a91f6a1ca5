"""The versions of what a dashboard request shows, read from the database before the data.

A municipality's overview shows its active parties; each row changes exactly when its party's
version does (app/core/versions.py: every write on a party bumps it, shared or private), and
the whole overview when the municipality's own version does (a write about no party: an
account, a regievoerder's name). One query, the parties in scope with their versions and the
municipality's own version beside them, and each party's count of the writes that were only
its partner's deliveries: when nothing else was written on a party since an overview was
made (`only_delivered`), only its shared columns are computed again. Read BEFORE the data:
whatever is computed afterwards is at least as new as the versions it is labelled with, so a
cache keyed by them can only ever recompute too much, never serve too old.
"""

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from sqlalchemy import Uuid, bindparam, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from app.core.versions import Gegevensversie
from app.dashboard.scope import AnySelect, Scope, select_parties
from app.verbonden_partijen.models import VerbondenPartij


@dataclass(frozen=True)
class Versies:
    """The municipality's own version and its parties' versions, on a day; with each party's
    count of the writes that were only its partner's deliveries (`leveringen`)."""

    today: date
    eigen: int
    partijen: dict[uuid.UUID, int]
    digest: str = field(default="", compare=False)
    leveringen: dict[uuid.UUID, int] = field(default_factory=dict, compare=False)

    @classmethod
    def of(
        cls,
        today: date,
        eigen: int,
        partijen: dict[uuid.UUID, int],
        leveringen: dict[uuid.UUID, int] | None = None,
    ) -> "Versies":
        text = f"{today}|{eigen}|" + ",".join(
            f"{party}:{version}" for party, version in sorted(partijen.items())
        )
        digest = hashlib.sha256(text.encode()).hexdigest()[:32]
        return cls(today, eigen, partijen, digest, leveringen or {})

    def covers(self, other: "Versies") -> bool:
        """Whether data computed at these versions holds every write `other` holds."""
        return (
            self.today == other.today
            and self.eigen >= other.eigen
            and self.partijen.keys() == other.partijen.keys()
            and all(self.partijen[party] >= version for party, version in other.partijen.items())
        )

    def changed_parties(self, before: "Versies | None") -> set[uuid.UUID] | None:
        """The parties whose rows must be computed again since `before`; None: all of them."""
        if before is None or before.eigen != self.eigen or before.today != self.today:
            return None
        return {
            party
            for party, version in self.partijen.items()
            if before.partijen.get(party) != version
        }

    def only_delivered(self, before: "Versies", party: uuid.UUID) -> bool:
        """Whether every write on `party` since `before` was a delivery of its partner: what
        a municipality keeps itself about the party is as it was."""
        if party not in before.partijen or party not in self.partijen:
            return False
        own_now = self.partijen[party] - self.leveringen.get(party, 0)
        return own_now == before.partijen[party] - before.leveringen.get(party, 0)


@cache
def _statement(one_party: bool, directed: bool) -> AnySelect:
    own = aliased(Gegevensversie, name="eigen")
    party = aliased(Gegevensversie, name="partij")
    own_version = (
        select(own.versie)
        .where(own.id == bindparam("organisatie_id", type_=Uuid()))
        .scalar_subquery()
    )
    columns = (
        VerbondenPartij.id,
        func.coalesce(party.versie, 0),
        func.coalesce(own_version, 0),
        func.coalesce(party.leveringen, 0),
    )
    return select_parties(columns, one_party, directed).outerjoin(
        party, party.id == VerbondenPartij.id
    )


async def versions(session: AsyncSession, scope: Scope) -> Versies:
    """The versions of the parties in scope (none when the scope holds no party: then the
    municipality's own version is read on its own). One query."""
    statement = _statement(scope.party_id is not None, scope.directed_by is not None)
    # on the connection: a plain row query, without the ORM's execution steps (every
    # dashboard request runs it)
    rows = (await (await session.connection()).execute(statement, scope.params())).all()
    if rows:
        return Versies.of(
            scope.today,
            rows[0][2],
            {party: version for party, version, _, _ in rows},
            {party: delivered for party, _, _, delivered in rows},
        )
    own = await session.get(Gegevensversie, scope.organisatie_id)
    return Versies.of(scope.today, own.versie if own else 0, {})

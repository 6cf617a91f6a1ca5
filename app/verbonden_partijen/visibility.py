"""The sharing rule as SQL: who may see which party, and who directs it.

A municipality sees a party only through a participation of its own; a partner sees only its
own party. Every domain builds its queries on these expressions, so the rule lives here once.
"""

import uuid
from typing import Any

from sqlalchemy import ColumnElement, Select, select

from app.auth.principal import Principal
from app.verbonden_partijen.models import Deelname, RegievoerderToewijzing, VerbondenPartij


def participated_party_ids(organisatie_id: uuid.UUID) -> Select[uuid.UUID]:
    return select(Deelname.verbonden_partij_id).where(Deelname.organisatie_id == organisatie_id)


def party_ids_readable_by(principal: Principal) -> Select[uuid.UUID]:
    """The ids of the parties the caller may see (for `column.in_(...)`)."""
    if principal.is_partner:
        return select(VerbondenPartij.id).where(VerbondenPartij.id == principal.verbonden_partij_id)
    return participated_party_ids(principal.tenant_id)


def readable_party(column: Any, principal: Principal) -> ColumnElement[bool]:
    """`column` (a party id column of any table) points at a party the caller may see."""
    if principal.is_partner:
        result: ColumnElement[bool] = column == principal.verbonden_partij_id
        return result
    return column.in_(participated_party_ids(principal.tenant_id))  # type: ignore[no-any-return]


def party_ids_directed_by(gebruiker_id: uuid.UUID) -> Select[uuid.UUID]:
    return select(RegievoerderToewijzing.verbonden_partij_id).where(
        RegievoerderToewijzing.gebruiker_id == gebruiker_id
    )

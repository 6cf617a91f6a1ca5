"""The pages of the other roles in `bench/pages.py`: beheer (accounts, an account with its
tokens, the parties with their participations), the partner's pages (start, upload, receipt,
budget year) and a regievoerder's draft status report (the edit form).

The national data set has no beheerders and no partner accounts, so `prepare` adds, beside
each bench user, a beheerder of its municipality and a partner account of its party, and
signs in them and the regievoerder of one of the municipality's draft reports.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

import loadgen as load
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

NEW_ACCOUNT = text(
    "INSERT INTO gebruikers (id, naam, email, rol, organisatie_id, verbonden_partij_id, actief, "
    "aangemaakt_op, meldingen_uit) VALUES (:id, :naam, :email, :rol, :org, :partij, true, "
    ":nu, '[]'::jsonb)"
)
MT_ACCOUNT = text("SELECT id FROM gebruikers WHERE organisatie_id = :org AND rol = 'mt' LIMIT 1")
DRAFT = text(
    "SELECT r.id, t.gebruiker_id FROM voortgangsrapportages r "
    "JOIN regievoerder_toewijzingen t ON t.organisatie_id = r.organisatie_id "
    "AND t.verbonden_partij_id = r.verbonden_partij_id "
    "WHERE r.organisatie_id = :org AND r.status IN ('concept', 'teruggestuurd') "
    "ORDER BY r.periode DESC, r.id LIMIT 1"
)
LATEST_PUSH = text(
    "SELECT id FROM rapportages WHERE verbonden_partij_id = :partij "
    "ORDER BY ontvangen_op DESC, id LIMIT 1"
)


class SignIn(Protocol):
    async def __call__(self, session: AsyncSession, account_id: uuid.UUID) -> str: ...


@dataclass(frozen=True)
class MoreIds:
    beheerder: str  # session cookies
    partner: str
    regievoerder: str
    mt_account: uuid.UUID
    partij: uuid.UUID
    concept: uuid.UUID
    rapportage: uuid.UUID


IDS: dict[str, MoreIds] = {}  # by the bench user's cookie, filled by `prepare`


async def prepare(
    session: AsyncSession,
    users: list[tuple[str, uuid.UUID, uuid.UUID]],
    sign_in: SignIn,
    now: datetime,
) -> None:
    """For each (cookie, municipality, party) the other roles' sessions and the ids."""
    for cookie, organisatie_id, partij_id in users:
        suffix = uuid.uuid4().hex[:8]
        beheerder, partner = uuid.uuid4(), uuid.uuid4()
        for account, rol, org, partij in (
            (beheerder, "beheerder", organisatie_id, None),
            (partner, "partner", None, partij_id),
        ):
            values = {"id": account, "naam": f"bench {rol} {suffix}", "rol": rol, "nu": now}
            values |= {"email": f"bench-{rol}-{suffix}@bench.example", "org": org}
            await session.execute(NEW_ACCOUNT, values | {"partij": partij})
        draft = (await session.execute(DRAFT, {"org": organisatie_id})).one()
        IDS[cookie] = MoreIds(
            beheerder=await sign_in(session, beheerder),
            partner=await sign_in(session, partner),
            regievoerder=await sign_in(session, draft.gebruiker_id),
            mt_account=(await session.execute(MT_ACCOUNT, {"org": organisatie_id})).scalar_one(),
            partij=partij_id,
            concept=draft.id,
            rapportage=(await session.execute(LATEST_PUSH, {"partij": partij_id})).scalar_one(),
        )


class BenchUser(Protocol):
    @property
    def cookie(self) -> str: ...


def pages(
    cookie_header: Callable[[str], tuple[tuple[str, str], ...]],
    role: Callable[[MoreIds], str],
    path_of: Callable[[MoreIds], str],
) -> Callable[[list[BenchUser]], list[load.Request]]:
    """Each bench user's page `path_of` asked with the session of `role`."""

    def requests(users: list[BenchUser]) -> list[load.Request]:
        return [
            load.Request(path_of(IDS[u.cookie]), cookie_header(role(IDS[u.cookie]))) for u in users
        ]

    return requests


def _beheerder(i: MoreIds) -> str:
    return i.beheerder


def _partner(i: MoreIds) -> str:
    return i.partner


def _regievoerder(i: MoreIds) -> str:
    return i.regievoerder


# (target name, logged path, role, path)
PATHS: list[tuple[str, str, Callable[[MoreIds], str], Callable[[MoreIds], str]]] = [
    ("GET /beheer/gebruikers", "/beheer/gebruikers", _beheerder, lambda i: "/beheer/gebruikers"),
    (
        "GET /beheer/gebruikers/{id} (tokens)",
        "/beheer/gebruikers/*",
        _beheerder,
        lambda i: f"/beheer/gebruikers/{i.mt_account}",
    ),
    ("GET /beheer/partijen", "/beheer/partijen", _beheerder, lambda i: "/beheer/partijen"),
    (
        "GET /beheer/partijen/{id} (deelnames)",
        "/beheer/partijen/*",
        _beheerder,
        lambda i: f"/beheer/partijen/{i.partij}",
    ),
    ("GET /partner", "/partner", _partner, lambda i: "/partner"),
    ("GET /partner/aanleveren", "/partner/aanleveren", _partner, lambda i: "/partner/aanleveren"),
    (
        "GET /partner/rapportages/{id} (receipt)",
        "/partner/rapportages/*",
        _partner,
        lambda i: f"/partner/rapportages/{i.rapportage}",
    ),
    ("GET /partner/begroting", "/partner/begroting", _partner, lambda i: "/partner/begroting"),
    (
        "GET /voortgangsrapportages/{id} (edit form)",
        "/voortgangsrapportages/*",
        _regievoerder,
        lambda i: f"/voortgangsrapportages/{i.concept}",
    ),
]

"""The regie pages in `bench/pages.py`: a party's page, a status report and an MT round page,
each user asking for those of its own municipality (ids read from the database once)."""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import loadgen as load
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

LATEST_REPORT = text(
    "SELECT id, verbonden_partij_id FROM voortgangsrapportages WHERE organisatie_id = :org "
    "ORDER BY periode DESC, id LIMIT 1"
)
LATEST_ROUND = text(
    "SELECT id FROM rapportagerondes WHERE organisatie_id = :org ORDER BY periode DESC LIMIT 1"
)


class BenchUser(Protocol):
    @property
    def cookie(self) -> str: ...


@dataclass(frozen=True)
class RegieIds:
    partij: uuid.UUID
    rapport: uuid.UUID
    ronde: uuid.UUID


IDS: dict[str, RegieIds] = {}  # by the user's cookie, filled by `prepare`


async def prepare(engine: AsyncEngine, users: list[tuple[str, uuid.UUID]]) -> None:
    """The latest status report (and its party) and round of each user's municipality."""
    async with engine.connect() as connection:
        for cookie, organisatie_id in users:
            report = (await connection.execute(LATEST_REPORT, {"org": organisatie_id})).one()
            ronde = (await connection.execute(LATEST_ROUND, {"org": organisatie_id})).scalar_one()
            IDS[cookie] = RegieIds(report.verbonden_partij_id, report.id, ronde)


def pages(
    cookie_header: Callable[[str], tuple[tuple[str, str], ...]],
    path_of: Callable[[RegieIds], str],
) -> Callable[[list[BenchUser]], list[load.Request]]:
    def requests(users: list[BenchUser]) -> list[load.Request]:
        return [load.Request(path_of(IDS[u.cookie]), cookie_header(u.cookie)) for u in users]

    return requests


PATHS: list[tuple[str, str, Callable[[RegieIds], str]]] = [
    (
        "GET /verbonden-partijen/{id}",
        "/verbonden-partijen/*",
        lambda i: f"/verbonden-partijen/{i.partij}",
    ),
    (
        "GET /voortgangsrapportages/{id}",
        "/voortgangsrapportages/*",
        lambda i: f"/voortgangsrapportages/{i.rapport}",
    ),
    (
        "GET /rapportagerondes/{id} (MT)",
        "/rapportagerondes/*",
        lambda i: f"/rapportagerondes/{i.ronde}",
    ),
]

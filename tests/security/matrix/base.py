"""The vocabulary of the access matrix: who calls, on whose data, and what each cell expects.

A row gives, for one operationId, the expected status class of every caller in `CALLERS`
order, once on the shared party (`gedeeld`) and once on the foreign one (`vreemd`):

- `gedeeld`: De Connectie, in which Arnhem and Renkum (and Rheden) participate and which the
  partner account represents; objects of Arnhem (its deelname, its accounts).
- `vreemd`: Duo+, in which neither Arnhem nor Renkum participates (Diemen does), and objects
  of Diemen.

Cells are `2xx`, `401`, `403` or `404`, and `400` only where the request BODY names an object
outside the caller's reach (a party id in a body is a bad field, CONVENTIONS.md
`require_party_for_reference`; the answer is the same for a party that does not exist, so it
reveals nothing). Rows are written as a string of eight cells, so the table reads like a
table; the named rows below cover the usual patterns.
"""

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from httpx import AsyncClient, Response

from tests.auth_headers import as_
from tests.conftest import DemoIds

Scene = Literal["gedeeld", "vreemd"]
SCENES: tuple[Scene, ...] = ("gedeeld", "vreemd")

# The columns of every row, in this order.
CALLERS = ("beheerder", "mt", "regievoerder", "lezer", "renkum", "diemen", "partner", "anoniem")
HEADERS: dict[str, dict[str, str]] = {
    "beheerder": as_("beheerder-arnhem"),
    "mt": as_("mt-arnhem"),
    "regievoerder": as_("regievoerder-arnhem"),
    "lezer": as_("lezer-arnhem"),
    "renkum": as_("beheerder-renkum"),
    "diemen": as_("beheerder-diemen"),
    "partner": as_("partner-de-connectie"),
    "anoniem": {},
}
ARNHEM = frozenset({"beheerder", "mt", "regievoerder", "lezer"})
DIEMEN = frozenset({"diemen"})
RENKUM = frozenset({"renkum"})
# Who may read what De Connectie shares with its participants (and what its partner pushed).
DE_CONNECTIE = ARNHEM | {"renkum", "partner"}
# The account that owns each scene's data, used to look up ids and to plant secrets.
OWNER: dict[Scene, dict[str, str]] = {
    "gedeeld": as_("beheerder-arnhem"),
    "vreemd": as_("beheerder-diemen"),
}
STATUS_CLASSES = frozenset({"2xx", "400", "401", "403", "404"})


@dataclass(frozen=True)
class Upload:
    """A non-JSON request body (a CSV or XLSX import): the file itself as the body, or with
    `form_field` set, as that field of a multipart/form-data body (API.md: `bestand`)."""

    content: bytes
    media_type: str
    form_field: str | None = None
    filename: str = "bestand"


@dataclass(frozen=True)
class Context:
    """What a resolver or body factory may use: the scene, the demo ids, a client."""

    scene: Scene
    demo: DemoIds
    client: AsyncClient

    @property
    def owner(self) -> dict[str, str]:
        return OWNER[self.scene]

    def pick(self, gedeeld: Any, vreemd: Any) -> Any:
        return gedeeld if self.scene == "gedeeld" else vreemd


Resolver = Callable[[Context], Awaitable[str]]
Body = dict[str, Any] | list[Any] | Upload
BodyFactory = Callable[[Context], Awaitable[Body]]


@dataclass(frozen=True)
class Row:
    """The expected cells of one operation; `vreemd=None` when the scene does not matter.

    `resolvers` overrides the module-level resolver of a path parameter for this operation
    only: two domains share the name `report_id`, and some operations need an object in a
    particular state (a draft to edit, a submitted report to approve)."""

    gedeeld: str
    vreemd: str | None = None
    body: BodyFactory | None = None
    headers: dict[str, str] = field(default_factory=dict)
    resolvers: dict[str, Resolver] = field(default_factory=dict)

    def expected(self, scene: Scene) -> dict[str, str]:
        cells = (self.vreemd if scene == "vreemd" and self.vreemd else self.gedeeld).split()
        if len(cells) != len(CALLERS) or not set(cells) <= STATUS_CLASSES:
            raise ValueError(f"a row needs {len(CALLERS)} cells from {sorted(STATUS_CLASSES)}")
        return dict(zip(CALLERS, cells, strict=True))


@dataclass(frozen=True)
class Secret:
    """A value only `seen_by` may ever find in a response body."""

    value: str
    seen_by: frozenset[str]


Planter = Callable[[AsyncClient, DemoIds], Awaitable[list[Secret]]]


def json_body(body: Body) -> BodyFactory:
    """A fixed body, the same in both scenes."""

    async def factory(_: Context) -> Body:
        return body

    return factory


def unique(prefix: str) -> str:
    """A name no other cell uses (some writes refuse duplicates)."""
    return f"{prefix} {uuid.uuid4().hex[:8]}"


# The usual rows.                 beh  mt   regie lezer renkum diemen partner anoniem
PUBLIC = "                        2xx  2xx  2xx   2xx   2xx    2xx    2xx     2xx"
SIGNED_IN = "                     2xx  2xx  2xx   2xx   2xx    2xx    2xx     401"
MUNICIPAL = "                     2xx  2xx  2xx   2xx   2xx    2xx    403     401"
BEHEERDERS = "                    2xx  403  403   403   2xx    2xx    403     401"

# Pairs (gedeeld, vreemd) for party-bound operations: `Row(*PARTY_READ)`.
# What a party shares with all its participants (DOMAIN.md, the sharing rule): catalogue,
# norms, partner reports, budgets, Wgr documents. Whoever sees the party reads it; a
# municipality outside it and the other party's partner get 404.
#                    beh  mt   regie lezer renkum diemen partner anoniem
PARTY_READ = (
    "                2xx  2xx  2xx   2xx   2xx    404    2xx     401",
    "                404  404  404   404   404    2xx    404     401",
)
# Written by the party's directors: a beheerder of a participant or an assigned regievoerder
# (require_director). The role is checked first, so mt and lezer get 403 on any party.
PARTY_DIRECTOR = (
    "                2xx  403  2xx   403   2xx    404    403     401",
    "                404  403  404   403   404    2xx    403     401",
)
# ... and by the party's own partner, which pushes them (reports, budgets, Wgr documents).
PARTY_SUPPLIER = (
    "                2xx  403  2xx   403   2xx    404    2xx     401",
    "                404  403  404   403   404    2xx    404     401",
)
# What a municipality keeps about a party for itself (risks, evaluations): each participant
# lists its own; a partner is no municipal role (403).
PRIVATE_OF_PARTY = (
    "                2xx  2xx  2xx   2xx   2xx    404    403     401",
    "                404  404  404   404   404    2xx    403     401",
)
# One private object: Arnhem's in `gedeeld`, Diemen's in `vreemd`. Renkum shares the party
# but not the object: 404, like everyone outside the municipality.
OWN_READ = (
    "                2xx  2xx  2xx   2xx   404    404    403     401",
    "                404  404  404   404   404    2xx    403     401",
)
OWN_DIRECTOR = (
    "                2xx  403  2xx   403   404    404    403     401",
    "                404  403  404   403   404    2xx    403     401",
)


async def rows_of(ctx: Context, url: str, headers: dict[str, str] | None = None) -> list[Any]:
    """The items of a list or page, read as the scene's owner unless told otherwise."""
    response = await ctx.client.get(url, headers=headers or ctx.owner)
    assert response.status_code == 200, f"{url}: {response.status_code} {response.text}"
    body = response.json()
    return list(body["resultaten"] if isinstance(body, dict) else body)


async def first_id(ctx: Context, url: str, headers: dict[str, str] | None = None) -> str:
    found = await rows_of(ctx, url, headers)
    assert found, f"{url}: nothing to resolve an id from"
    return str(found[0]["id"])


def expect_status(response: Response, *statuses: int) -> Any:
    """A planting request must succeed; the matrix is meaningless if it did not."""
    assert response.status_code in statuses, (
        f"planting {response.request.method} {response.request.url}: "
        f"{response.status_code} {response.text}"
    )
    return response.json()

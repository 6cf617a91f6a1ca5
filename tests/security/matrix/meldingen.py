"""The access matrix of notifications: subscriptions belong to one account and are seen by it
alone (404 for everyone else, even its own municipality); the Wgr calendar feed is a
municipal view like the Wgr calendar."""

from httpx import AsyncClient

from tests.auth_headers import as_
from tests.conftest import DemoIds
from tests.meldingen.factories import WEBHOOK_BODY, failed_delivery, subscription
from tests.security.matrix.base import (
    MUNICIPAL,
    PRIVATE_OF_PARTY,
    SIGNED_IN,
    Context,
    Planter,
    Resolver,
    Row,
    Secret,
    json_body,
)

# The subscription of the scene's owner (Arnhem's beheerder, or Diemen's).
#                 beh  mt   regie lezer renkum diemen partner anoniem
OWN_ACCOUNT = (
    "             2xx  404  404   404   404    404    404     401",
    "             404  404  404   404   404    2xx    404     401",
)


async def abonnement_id(ctx: Context) -> str:
    return str((await subscription(ctx.client, ctx.owner))["id"])


async def _failed(ctx: Context) -> tuple[str, str]:
    party = ctx.pick(ctx.demo.party("De Connectie"), ctx.demo.party("Duo+"))
    return await failed_delivery(ctx.client, ctx.owner, party)


async def failed_abonnement_id(ctx: Context) -> str:
    abonnement, _ = await _failed(ctx)
    return abonnement


async def failed_aflevering_id(ctx: Context) -> str:
    """The last failed delivery of the owner's subscriptions (made by the resolver above)."""
    listing = await ctx.client.get("/abonnementen?pageSize=100", headers=ctx.owner)
    for item in reversed(listing.json()["resultaten"]):
        rows = await ctx.client.get(
            f"/abonnementen/{item['id']}/afleveringen?status=mislukt", headers=ctx.owner
        )
        if rows.json()["resultaten"]:
            return str(rows.json()["resultaten"][0]["id"])
    raise AssertionError("no failed delivery planted")


RESOLVERS: dict[str, Resolver] = {"abonnement_id": abonnement_id}

ROWS: dict[str, Row] = {
    "listAbonnementen": Row(SIGNED_IN),
    "createAbonnement": Row(SIGNED_IN, body=json_body(WEBHOOK_BODY)),
    "getAbonnement": Row(*OWN_ACCOUNT),
    "deleteAbonnement": Row(*OWN_ACCOUNT),
    "listAfleveringen": Row(*OWN_ACCOUNT),
    "redeliverAflevering": Row(
        *OWN_ACCOUNT,
        resolvers={"abonnement_id": failed_abonnement_id, "aflevering_id": failed_aflevering_id},
    ),
    "updateGebruikersprofiel": Row(
        SIGNED_IN, body=json_body({"meldingen": {"dagoverzicht": False}})
    ),
    "createKalendersleutel": Row(MUNICIPAL),
    "deleteKalendersleutel": Row(MUNICIPAL),
    # A municipal view of a party: partners get 403 on any party.
    "getPartijWgrKalenderIcs": Row(*PRIVATE_OF_PARTY),
}


# ---------------------------------------------------------------- what must not leak


async def subscription_secrets(client: AsyncClient, demo: DemoIds) -> list[Secret]:
    """A subscription of Arnhem's beheerder: its URL is for that account (and the audit trail
    its beheerder reads) only; its signing secret never appears again after the 201."""
    url = "https://geheim-arnhem.example.org/hook"
    created = await subscription(client, as_("beheerder-arnhem"), callbackUrl=url)
    return [Secret(url, frozenset({"beheerder"})), Secret(created["secret"], frozenset())]


PLANTERS: list[Planter] = [subscription_secrets]

"""Loads the demo data: organisations, parties, participations, accounts with fixed tokens.

Each later domain adds its own illustrative data with a loader in `DOMAIN_LOADERS`, which
runs after the registry and accounts exist and finds their ids in the `DemoContext`.
"""

from collections.abc import Awaitable, Callable
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.auth.models import Gebruiker
from app.auth.principal import SystemActor
from app.core.db import utcnow
from app.core.errors import Conflict
from app.demo.accounts import DEMO_ACCOUNTS
from app.demo.begrotingen import load_begrotingen
from app.demo.context import DemoContext
from app.demo.dossier import load_dossier
from app.demo.evaluaties import load_evaluaties
from app.demo.iv3 import load_iv3
from app.demo.rapportages import load_rapportages
from app.demo.registry import DEMO_PARTIJEN, GEMEENTEN, ORGANISATIE_SOORT
from app.demo.risicos import load_risicos
from app.demo.servicenormen import load_servicenormen
from app.demo.verbeterplan import load_verbeterplan
from app.demo.voortgang import load_voortgang
from app.demo.wgr import load_wgr
from app.gebruikers import service as accounts
from app.organisaties.models import Organisatie
from app.verbonden_partijen.models import Deelname, RegievoerderToewijzing, VerbondenPartij

DEMO_ACTOR = SystemActor(naam="vpmonitor-demo")
DEMO_TOKEN_LIFETIME = timedelta(days=3650)

DomainLoader = Callable[[AsyncSession, DemoContext], Awaitable[None]]
DOMAIN_LOADERS: list[DomainLoader] = [
    load_servicenormen,
    load_rapportages,
    load_begrotingen,
    load_wgr,
    load_verbeterplan,
    load_risicos,
    load_evaluaties,
    load_voortgang,
    load_iv3,
    load_dossier,
]


async def load_demo(session: AsyncSession, *, only_if_empty: bool) -> bool:
    """Load the demo data into an empty database; False when it already holds data."""
    if (await session.execute(select(func.count()).select_from(Organisatie))).scalar_one():
        if only_if_empty:
            return False
        raise Conflict("The database already holds data; demo data loads only into an empty one.")
    organisations = {
        code: Organisatie(naam=naam, soort=ORGANISATIE_SOORT, cbs_code=code)
        for code, naam in GEMEENTEN.items()
    }
    session.add_all(organisations.values())
    parties = {}
    for demo in DEMO_PARTIJEN:
        party = VerbondenPartij(
            naam=demo.naam,
            vestigingsplaats=demo.vestigingsplaats,
            bbv_categorie=demo.bbv_categorie,
            rechtsvorm=demo.rechtsvorm,
            openbaar_belang=demo.openbaar_belang,
            monitoringsniveau=demo.monitoringsniveau,
            begindatum=demo.begindatum,
            einddatum=demo.einddatum,
            toelichting=demo.toelichting,
            penvoerder=organisations[demo.penvoerder],
            cbs_nummer=demo.cbs_nummer,
        )
        parties[demo.naam] = party
    session.add_all(parties.values())
    await session.flush()
    for demo in DEMO_PARTIJEN:
        for deelname in demo.deelnames:
            session.add(
                Deelname(
                    verbonden_partij_id=parties[demo.naam].id,
                    organisatie_id=organisations[deelname.gemeente].id,
                    aandeel=deelname.aandeel,
                    stemgewicht=deelname.stemgewicht,
                    bestuurlijk_belang=[
                        {"orgaan": orgaan, "bekleed_door": door} for orgaan, door in deelname.zetels
                    ],
                    eigenaarsrol_houder=deelname.eigenaarsrol,
                    opdrachtgeversrol_houder=deelname.opdrachtgeversrol,
                )
            )
    context = DemoContext(organisations, parties)
    await _load_accounts(session, context)
    await session.flush()
    for load_domain in DOMAIN_LOADERS:
        await load_domain(session, context)
        await session.flush()
    return True


async def _load_accounts(session: AsyncSession, context: DemoContext) -> None:
    organisations, parties = context.organisations, context.parties
    expiry = utcnow() + DEMO_TOKEN_LIFETIME
    for demo in DEMO_ACCOUNTS:
        is_partner = demo.gemeente is None
        account = Gebruiker(
            naam=demo.naam,
            email=demo.email,
            rol=demo.rol,
            organisatie_id=None if is_partner else organisations[demo.gemeente or ""].id,
            verbonden_partij_id=parties[demo.partij or ""].id if is_partner else None,
        )
        session.add(account)
        await session.flush()
        context.accounts[demo.token] = account
        if demo.partij and not is_partner:
            session.add(
                RegievoerderToewijzing(
                    organisatie_id=account.organisatie_id,
                    verbonden_partij_id=parties[demo.partij].id,
                    gebruiker_id=account.id,
                )
            )
        token, _ = await accounts.create_token(
            session, DEMO_ACTOR, account, "Demo-token (vast)", expiry, secret=demo.token
        )
        context.tokens[demo.token] = token

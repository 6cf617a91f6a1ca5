"""The /api/v1 operations: every domain's router, in the order the documentation shows them.

`include_api` puts each domain router on the app itself under the prefix, rather than all of
them inside one /api/v1 router: every level of nesting matches a request's path against its
routes once more, so one level fewer is less routing work on every request (a tenth of an
unchanged dashboard overview's time in the worker)."""

from fastapi import APIRouter, Depends, FastAPI

from app.audit.router import router as audit_router
from app.bbv.router import router as bbv_router
from app.begrotingen.drempels_router import router as drempels_router
from app.begrotingen.router import router as begrotingen_router
from app.core.query import storable_query
from app.dashboard.router import router as dashboard_router
from app.dossier.router import router as dossier_router
from app.evaluaties.router import router as evaluaties_router
from app.gebruikers.router import router as gebruikers_router
from app.iv3.router import router as iv3_router
from app.iv3.signaalwaarden_router import router as signaalwaarden_router
from app.meldingen.router import router as meldingen_router
from app.mt_rapport.router import router as mt_rapport_router
from app.organisaties.router import router as organisaties_router
from app.rapportagerondes.router import router as rapportagerondes_router
from app.rapportages.router import router as rapportages_router
from app.risicos.router import router as risicos_router
from app.servicenormen.router import router as servicenormen_router
from app.system.router import get_api_index
from app.system.router import router as system_router
from app.verbeterplan.acties_router import router as acties_router
from app.verbeterplan.router import router as verbeterplan_router
from app.verbonden_partijen.deelnames_router import router as deelnames_router
from app.verbonden_partijen.router import router as verbonden_partijen_router
from app.voortgang.router import router as voortgang_router
from app.wgr.router import router as wgr_router

API_PREFIX = "/api/v1"
API_DEPENDENCIES = [Depends(storable_query)]

index_router = APIRouter(prefix=API_PREFIX, dependencies=API_DEPENDENCIES)
index_router.add_api_route(
    "", get_api_index, methods=["GET"], tags=["Service"], name="get_api_index"
)
# The document lists the index as `/` under the server URL `/api/v1`: answer there too.
index_router.add_api_route("/", get_api_index, methods=["GET"], include_in_schema=False)

DOMAIN_ROUTERS = (
    system_router,
    gebruikers_router,
    organisaties_router,
    verbonden_partijen_router,
    deelnames_router,
    dossier_router,
    begrotingen_router,
    drempels_router,
    iv3_router,
    signaalwaarden_router,
    wgr_router,
    bbv_router,
    servicenormen_router,
    rapportages_router,
    verbeterplan_router,
    acties_router,
    risicos_router,
    evaluaties_router,
    rapportagerondes_router,
    mt_rapport_router,
    voortgang_router,
    dashboard_router,
    audit_router,
    meldingen_router,
)


def include_api(app: FastAPI) -> None:
    """The index and every domain router, each straight on the app under `API_PREFIX`."""
    app.include_router(index_router)
    for router in DOMAIN_ROUTERS:
        app.include_router(router, prefix=API_PREFIX, dependencies=API_DEPENDENCIES)


TAGS = [
    {"name": "Service", "description": "Startpunt en gezondheid van de dienst."},
    {"name": "Gebruikers", "description": "Uw profiel; accounts en hun tokens (beheerder)."},
    {"name": "Organisaties", "description": "Gemeenten en andere openbare lichamen."},
    {"name": "Verbonden partijen", "description": "Het register van partijen en regievoerders."},
    {"name": "Deelnames", "description": "Wie deelneemt in een partij, met welk aandeel."},
    {
        "name": "Dossier",
        "description": "De kerndocumenten van een partij: regeling, DVO, overdrachtsdocument, "
        "werkinstructies, jaarverslag; met eigenaar en beoordelingstermijn.",
    },
    {
        "name": "Begrotingen",
        "description": "Begroting en realisatie per partij en jaar; afwijkingen en drempels.",
    },
    {
        "name": "Iv3",
        "description": "De Iv3-bestanden die een partij aan het CBS levert: begroting, kwartalen, "
        "jaarrekening, balans; haar kengetallen getoetst aan signaalwaarden.",
    },
    {"name": "Wgr", "description": "De wettelijke kalender van gemeenschappelijke regelingen."},
    {"name": "BBV", "description": "De paragraaf verbonden partijen (BBV art. 15)."},
    {"name": "Servicenormen", "description": "De dienstencatalogus van een partij en haar normen."},
    {"name": "Rapportages", "description": "Aanleveringen van partners, meetreeksen, tijdigheid."},
    {
        "name": "Verbeterplan",
        "description": "Het verbeterplan: aanbevelingen, hun acties, de import.",
    },
    {"name": "Risico's", "description": "De risico's van uw gemeente per partij (privé)."},
    {"name": "Evaluaties", "description": "Jaarlijkse evaluaties met een partij (privé)."},
    {
        "name": "Rapportagerondes",
        "description": "Halfjaarlijkse rondes: welke partijen aan het MT rapporteren, en wanneer.",
    },
    {
        "name": "Voortgangsrapportages",
        "description": "Halfjaarlijkse voortgangsrapportages aan het MT en hun workflow.",
    },
    {
        "name": "Dashboard",
        "description": "Overzicht en detail voor dashboards, Power BI en Excel.",
    },
    {"name": "Audit", "description": "Het onveranderlijke spoor van elke wijziging."},
    {
        "name": "Meldingen",
        "description": "Webhookabonnementen (CloudEvents), hun afleveringen, de Wgr-kalender.",
    },
]

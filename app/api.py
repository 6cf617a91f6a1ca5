"""The /api/v1 router: every domain's router, in the order the documentation shows them."""

from fastapi import APIRouter, Depends

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

api_router = APIRouter(prefix="/api/v1", dependencies=[Depends(storable_query)])
api_router.add_api_route("", get_api_index, methods=["GET"], tags=["Service"], name="get_api_index")
# The document lists the index as `/` under the server URL `/api/v1`: answer there too.
api_router.add_api_route("/", get_api_index, methods=["GET"], include_in_schema=False)
api_router.include_router(system_router)
api_router.include_router(gebruikers_router)
api_router.include_router(organisaties_router)
api_router.include_router(verbonden_partijen_router)
api_router.include_router(deelnames_router)
api_router.include_router(dossier_router)
api_router.include_router(begrotingen_router)
api_router.include_router(drempels_router)
api_router.include_router(iv3_router)
api_router.include_router(signaalwaarden_router)
api_router.include_router(wgr_router)
api_router.include_router(bbv_router)
api_router.include_router(servicenormen_router)
api_router.include_router(rapportages_router)
api_router.include_router(verbeterplan_router)
api_router.include_router(acties_router)
api_router.include_router(risicos_router)
api_router.include_router(evaluaties_router)
api_router.include_router(rapportagerondes_router)
api_router.include_router(mt_rapport_router)
api_router.include_router(voortgang_router)
api_router.include_router(dashboard_router)
api_router.include_router(audit_router)
api_router.include_router(meldingen_router)

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

"""The /api/v1 router: every domain's router, in the order the documentation shows them."""

from fastapi import APIRouter, Depends

from app.audit.router import router as audit_router
from app.bbv.router import router as bbv_router
from app.begrotingen.drempels_router import router as drempels_router
from app.begrotingen.router import router as begrotingen_router
from app.core.query import storable_query
from app.dashboard.router import router as dashboard_router
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
    {"name": "Service", "description": "Index, health."},
    {"name": "Gebruikers", "description": "Your profile; accounts and their tokens (beheerder)."},
    {"name": "Organisaties", "description": "Municipalities and other public bodies."},
    {"name": "Verbonden partijen", "description": "The registry of parties and regievoerders."},
    {"name": "Deelnames", "description": "Who participates in a party, with what share."},
    {
        "name": "Begrotingen",
        "description": "Budgets and actuals per party and year; deviations and thresholds.",
    },
    {
        "name": "Iv3",
        "description": "The Iv3 files a party delivers to CBS: budget, quarters, annual "
        "accounts, balance sheet; its key ratios judged against signal values.",
    },
    {"name": "Wgr", "description": "The legal calendar of gemeenschappelijke regelingen."},
    {"name": "BBV", "description": "The paragraaf verbonden partijen (BBV art. 15)."},
    {"name": "Servicenormen", "description": "A party's catalogue of diensten and its norms."},
    {"name": "Rapportages", "description": "Partner pushes, time series and timeliness."},
    {
        "name": "Verbeterplan",
        "description": "The improvement plan: recommendations, their actions, the import.",
    },
    {"name": "Risico's", "description": "Your municipality's risks per party (private)."},
    {"name": "Evaluaties", "description": "Yearly evaluations with a party (private)."},
    {
        "name": "Rapportagerondes",
        "description": "Half-year rounds: which parties report to the MT, by when.",
    },
    {
        "name": "Voortgangsrapportages",
        "description": "Semiannual status reports to the MT and their workflow.",
    },
    {
        "name": "Dashboard",
        "description": "Overview and drill-down for dashboards, Power BI and Excel.",
    },
    {"name": "Audit", "description": "The append-only trail of every write."},
    {
        "name": "Meldingen",
        "description": "Webhook subscriptions (CloudEvents), their deliveries, the Wgr calendar.",
    },
]

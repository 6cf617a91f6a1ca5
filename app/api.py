"""The /api/v1 router: every domain's router, in the order the documentation shows them."""

from fastapi import APIRouter, Depends

from app.audit.router import router as audit_router
from app.auth.router import router as auth_router
from app.core.query import storable_query
from app.organisaties.router import router as organisaties_router
from app.system.router import get_api_index
from app.system.router import router as system_router
from app.verbonden_partijen.deelnames_router import router as deelnames_router
from app.verbonden_partijen.router import router as verbonden_partijen_router

api_router = APIRouter(prefix="/api/v1", dependencies=[Depends(storable_query)])
api_router.add_api_route("", get_api_index, methods=["GET"], tags=["Service"], name="get_api_index")
# The document lists the index as `/` under the server URL `/api/v1`: answer there too.
api_router.add_api_route("/", get_api_index, methods=["GET"], include_in_schema=False)
api_router.include_router(system_router)
api_router.include_router(auth_router)
api_router.include_router(organisaties_router)
api_router.include_router(verbonden_partijen_router)
api_router.include_router(deelnames_router)
api_router.include_router(audit_router)

TAGS = [
    {"name": "Service", "description": "Index, health."},
    {"name": "Gebruikers", "description": "Your profile; accounts and their tokens (beheerder)."},
    {"name": "Organisaties", "description": "Municipalities and other public bodies."},
    {"name": "Verbonden partijen", "description": "The registry of parties and regievoerders."},
    {"name": "Deelnames", "description": "Who participates in a party, with what share."},
    {"name": "Audit", "description": "The append-only trail of every write."},
]

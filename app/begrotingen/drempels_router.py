"""HTTP for a municipality's deviation thresholds."""

from fastapi import APIRouter, Response

from app.auth.dependencies import Beheerder, Municipal
from app.begrotingen import drempels
from app.begrotingen.schemas import AfwijkingsdrempelsInput, AfwijkingsdrempelsRead
from app.core.db import DbSession
from app.core.etag import IfMatchWhenReplacingHeader, set_etag

router = APIRouter(prefix="/afwijkingsdrempels", tags=["Begrotingen"])


@router.get("", response_model=AfwijkingsdrempelsRead)
async def get_afwijkingsdrempels(
    session: DbSession, principal: Municipal, response: Response
) -> AfwijkingsdrempelsRead:
    """Your municipality's thresholds for budget deviations (defaults € 100,000 and 5 %).

    A deviation counts when it is not zero and |amount| >= `bedrag` OR |percentage| >=
    `percentage` (both inclusive). Counting deviations set the status report's flags:
    *afwijkingBegroting* (amended budget vs original, or forecast lasten/baten vs amended),
    *afwijkingInvestering* (investments' forecast or actuals vs budget) and
    *afwijkingExploitatie* (the balance of forecast or actuals vs the amended budget)."""
    result = await drempels.get_thresholds(session, principal)
    set_etag(response, result.versie)
    return result


@router.put("", response_model=AfwijkingsdrempelsRead)
async def put_afwijkingsdrempels(
    session: DbSession,
    beheerder: Beheerder,
    body: AfwijkingsdrempelsInput,
    response: Response,
    if_match: IfMatchWhenReplacingHeader = None,
) -> AfwijkingsdrempelsRead:
    """Set your municipality's thresholds (beheerder; private to your municipality).
    Replacing thresholds once set needs If-Match; the defaults have ETag "0"."""
    result = await drempels.put_thresholds(session, beheerder, body, if_match)
    set_etag(response, result.versie)
    return result

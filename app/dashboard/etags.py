"""The ETags of the dashboard's answers: the versions of what they show, the caller's scope,
the question (the URL with its query) and the format asked for (the `Accept` header)."""

from app.auth.principal import Principal
from app.core.etag import strong_etag
from app.dashboard.queries.versies import Versies
from app.dashboard.service import directed


def etag(versies: Versies, principal: Principal, url: str, accept: str | None) -> str:
    scope = f"{principal.tenant_id}|{directed(principal) or ''}"
    return strong_etag(f"{versies.digest}|{scope}|{url}|{accept or ''}")

"""The access matrix of the dashboard.

`GET /dashboard` belongs to the caller's municipality: its four roles read it (a regievoerder
only the rows of its own parties), a partner is no municipal role (403). The drill-down of a
party follows the private rows of a party: the participants read their own view of it, a
municipality outside the party gets 404, a partner 403. The planters of the other domains run
before every cell, so these rows also prove that no municipality's status reports, risks,
actions or thresholds show on another's dashboard.
"""

from tests.security.matrix.base import MUNICIPAL, PRIVATE_OF_PARTY, Row

ROWS: dict[str, Row] = {
    "getDashboard": Row(MUNICIPAL),
    "getDashboardVerbondenPartij": Row(*PRIVATE_OF_PARTY),
}

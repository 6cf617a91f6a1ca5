"""The access matrix of the dashboard — ROWS TO BE ADDED WHEN THE DASHBOARD IS MERGED.

The dashboard (`GET /dashboard`, `GET /dashboard/verbonden-partijen/{id}`, and any export of
the norm series) comes from another branch; the coordinator adds its rows here at the merge.
What API.md and DOMAIN.md lead one to expect (check against the routers' documented
decisions when writing the rows):

- `GET /dashboard`: mt, beheerder, lezer, regievoerder (its own parties) of the caller's
  municipality; partner 403; no token 401. Scene-independent: one row, like MUNICIPAL but
  with partner 403.
- `GET /dashboard/verbonden-partijen/{party_id}` (`party_id` resolves in foundation.py):
  De Connectie → Arnhem's four roles and Renkum 2xx (a regievoerder of a party it does not
  direct: see the router), Diemen 404, partner 403; Duo+ → Diemen 2xx, the others 404,
  partner 403.
- Every planter of this package already runs before each cell: the dashboard's rows then
  prove that Renkum's and Diemen's status reports, risks, actions and thresholds never show
  on Arnhem's dashboard, nor Arnhem's on theirs.
"""

from tests.security.matrix.base import Row

ROWS: dict[str, Row] = {}

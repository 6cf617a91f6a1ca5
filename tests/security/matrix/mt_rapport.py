"""The access matrix of the MT report: a round's report of the municipality's own status
reports and improvement plan, for its MT, beheerder and dashboard account. A regievoerder,
who sees only the parties assigned to them, reads their own reports instead (403, the
domain's decision); a partner 403; another municipality's round 404.

HTML, not PDF: the same content, faster, and its text is what the secrets are sought in."""

from tests.security.matrix.base import Row

# `ronde_id` resolves in rapportagerondes.py: Arnhem's 2025-H2 round (an approved report of
# De Connectie) in `gedeeld`, Diemen's newest in `vreemd`.
#                                beh  mt   regie lezer renkum diemen partner anoniem
MT_REPORT = (
    "                            2xx  2xx  403   2xx   404    404    403     401",
    "                            404  404  403   404   404    2xx    403     401",
)

ROWS: dict[str, Row] = {
    "getMtRapport": Row(*MT_REPORT, headers={"Accept": "text/html"}),
}

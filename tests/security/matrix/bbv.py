"""The access matrix of the BBV paragraph: the municipality's own list of its parties, for the
MT, the beheerder and the dashboard account. A regievoerder sees only the parties assigned to
them, so the whole list is not theirs (403, the domain's decision); a partner has no
municipality (403). The municipality's material risks are in it: the planted risks of
risicos.py prove that another municipality's never are."""

from tests.security.matrix.base import Row

# ---------------------------------------------------------------- the table
# `jaar` resolves in begrotingen.py.
#                                beh  mt   regie lezer renkum diemen partner anoniem
ROWS: dict[str, Row] = {
    "getBbvParagraaf": Row("     2xx  2xx  403   2xx   2xx    2xx    403     401"),
}

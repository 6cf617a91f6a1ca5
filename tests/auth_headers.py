"""Request headers for the demo accounts of API.md, by the token's name."""


def as_(token: str) -> dict[str, str]:
    """`as_("beheerder-arnhem")`: the Authorization header of `demo-beheerder-arnhem`."""
    return {"Authorization": f"Bearer demo-{token}"}


BEHEERDER_ARNHEM = as_("beheerder-arnhem")
MT_ARNHEM = as_("mt-arnhem")
REGIEVOERDER_ARNHEM = as_("regievoerder-arnhem")
LEZER_ARNHEM = as_("lezer-arnhem")
BEHEERDER_RENKUM = as_("beheerder-renkum")
MT_RENKUM = as_("mt-renkum")
REGIEVOERDER_RENKUM = as_("regievoerder-renkum")
BEHEERDER_DIEMEN = as_("beheerder-diemen")
REGIEVOERDER_DIEMEN = as_("regievoerder-diemen")
BEHEERDER_DEVENTER = as_("beheerder-deventer")
PARTNER_DE_CONNECTIE = as_("partner-de-connectie")
PARTNER_DUO = as_("partner-duo")

"""The municipality's financial interest in a party at a moment (BBV art. 15). No database.

Its part of the party's equity: its share in the cost split (`aandeel`, in percent) times the
party's equity (`eigen vermogen`) at that moment, to the cent. That is what it would get back,
or (when the equity is negative) have to make good, if the party were wound up by the
verdeelsleutel. Unknown when either the share or the equity is unknown.
"""

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def part_of_equity(aandeel: Decimal | None, eigen_vermogen: Decimal | None) -> Decimal | None:
    """`aandeel` % of `eigen_vermogen`, rounded half up to the cent; None when either is."""
    if aandeel is None or eigen_vermogen is None:
        return None
    return (eigen_vermogen * aandeel / 100).quantize(CENT, rounding=ROUND_HALF_UP)

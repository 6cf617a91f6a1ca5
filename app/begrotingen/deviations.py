"""Budget deviations in exact decimals, and how a municipality judges them. No database.

Three comparisons, each for costs (lasten), income (baten), balance (saldo = baten − lasten)
and investments:

- `wijziging`: the amended budget against the original (primitieve) budget;
- `prognose`: the forecast against the amended budget;
- `realisatie`: the actuals against the amended budget.

Without amendments the amended budget *is* the original one, so forecast and actuals are then
compared with the original. Investments have one budget (`begroot`): their forecast and actuals
are compared with it, and `wijziging` has no investment line.

A deviation is `waarde − basis` in euros (positive: higher than the base) and in percent of
the base's absolute value (None when the base is 0).

**Thresholds.** A deviation *counts* when it is not zero and its absolute amount reaches the
municipality's amount threshold **or** its absolute percentage reaches the percentage
threshold (`|bedrag| >= drempel.bedrag OR |percentage| >= drempel.percentage`), both
boundaries inclusive. The percentage is judged exactly (not after rounding for display).
Defaults: € 100,000 and 5 %.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
DEFAULT_DREMPEL_BEDRAG = Decimal("100000.00")
DEFAULT_DREMPEL_PERCENTAGE = Decimal("5")


class Vergelijking(StrEnum):
    WIJZIGING = "wijziging"
    PROGNOSE = "prognose"
    REALISATIE = "realisatie"


@dataclass(frozen=True)
class Exploitatie:
    """Costs and income of one stage of the budget."""

    lasten: Decimal
    baten: Decimal

    @property
    def saldo(self) -> Decimal:
        return self.baten - self.lasten


@dataclass(frozen=True)
class Investeringen:
    begroot: Decimal
    prognose: Decimal | None = None
    realisatie: Decimal | None = None


@dataclass(frozen=True)
class Cijfers:
    """The figures of a budget year that deviations are computed from."""

    primitief: Exploitatie
    na_wijziging: Exploitatie | None = None
    prognose: Exploitatie | None = None
    realisatie: Exploitatie | None = None
    investeringen: Investeringen | None = None


@dataclass(frozen=True)
class Afwijking:
    basis: Decimal
    waarde: Decimal

    @property
    def bedrag(self) -> Decimal:
        return self.waarde - self.basis

    @property
    def percentage(self) -> Decimal | None:
        """In percent of the base, to two decimals; None when the base is 0."""
        if self.basis == 0:
            return None
        return (self.bedrag * HUNDRED / abs(self.basis)).quantize(CENT, ROUND_HALF_UP)


@dataclass(frozen=True)
class Regels:
    """The deviations of one comparison; a line is None when a figure is missing."""

    lasten: Afwijking | None
    baten: Afwijking | None
    saldo: Afwijking | None
    investeringen: Afwijking | None


@dataclass(frozen=True)
class Afwijkingen:
    wijziging: Regels | None
    prognose: Regels | None
    realisatie: Regels | None

    def van(self, vergelijking: Vergelijking) -> Regels | None:
        regels: Regels | None = getattr(self, vergelijking.value)
        return regels


def afwijking(basis: Decimal | None, waarde: Decimal | None) -> Afwijking | None:
    return None if basis is None or waarde is None else Afwijking(basis, waarde)


def _regels(
    basis: Exploitatie, waarde: Exploitatie | None, investering: Afwijking | None
) -> Regels | None:
    if waarde is None and investering is None:
        return None
    if waarde is None:
        return Regels(None, None, None, investering)
    return Regels(
        Afwijking(basis.lasten, waarde.lasten),
        Afwijking(basis.baten, waarde.baten),
        Afwijking(basis.saldo, waarde.saldo),
        investering,
    )


def afwijkingen(cijfers: Cijfers) -> Afwijkingen:
    """The three comparisons of a budget year."""
    gewijzigd = cijfers.na_wijziging or cijfers.primitief
    investeringen = cijfers.investeringen
    begroot = investeringen.begroot if investeringen else None
    return Afwijkingen(
        wijziging=_regels(cijfers.primitief, cijfers.na_wijziging, None),
        prognose=_regels(
            gewijzigd,
            cijfers.prognose,
            afwijking(begroot, investeringen.prognose if investeringen else None),
        ),
        realisatie=_regels(
            gewijzigd,
            cijfers.realisatie,
            afwijking(begroot, investeringen.realisatie if investeringen else None),
        ),
    )


@dataclass(frozen=True)
class Drempels:
    """A municipality's thresholds: an amount in euros and a percentage."""

    bedrag: Decimal = DEFAULT_DREMPEL_BEDRAG
    percentage: Decimal = DEFAULT_DREMPEL_PERCENTAGE

    def telt(self, afwijking: Afwijking | None) -> bool:
        """Whether a deviation counts: not zero, and at or over either threshold."""
        if afwijking is None or afwijking.bedrag == 0:
            return False
        size = abs(afwijking.bedrag)
        if size >= self.bedrag:
            return True
        return afwijking.basis != 0 and size * HUNDRED >= self.percentage * abs(afwijking.basis)


@dataclass(frozen=True)
class Signalen:
    """The three deviation flags of the semiannual status report (seed 002).

    - `afwijking_begroting`: the budget itself moves: the amended budget's costs, income or
      balance against the original, or the forecast's costs or income against the amended
      budget.
    - `afwijking_investering`: the investments' forecast or actuals against their budget.
    - `afwijking_exploitatie`: the operating result: the balance of the forecast or of the
      actuals against the amended budget's balance.
    """

    afwijking_begroting: bool
    afwijking_investering: bool
    afwijking_exploitatie: bool


# Which lines of which comparison feed each flag (the rule `Signalen` describes).
SIGNAALPOSTEN: dict[str, tuple[tuple[Vergelijking, str], ...]] = {
    "afwijking_begroting": (
        (Vergelijking.WIJZIGING, "lasten"),
        (Vergelijking.WIJZIGING, "baten"),
        (Vergelijking.WIJZIGING, "saldo"),
        (Vergelijking.PROGNOSE, "lasten"),
        (Vergelijking.PROGNOSE, "baten"),
    ),
    "afwijking_investering": (
        (Vergelijking.PROGNOSE, "investeringen"),
        (Vergelijking.REALISATIE, "investeringen"),
    ),
    "afwijking_exploitatie": (
        (Vergelijking.PROGNOSE, "saldo"),
        (Vergelijking.REALISATIE, "saldo"),
    ),
}


def signaalposten(
    afwijkingen: Afwijkingen, signaal: str
) -> list[tuple[Vergelijking, str, Afwijking]]:
    """The deviations that feed one flag (`afwijking_begroting`, …), those that are known."""
    found = []
    for vergelijking, post in SIGNAALPOSTEN[signaal]:
        regels = afwijkingen.van(vergelijking)
        item: Afwijking | None = getattr(regels, post) if regels else None
        if item is not None:
            found.append((vergelijking, post, item))
    return found


def signalen(afwijkingen: Afwijkingen, drempels: Drempels) -> Signalen:
    """The flags of a budget year, judged against a municipality's thresholds."""

    def telt(signaal: str) -> bool:
        return any(drempels.telt(item) for _, _, item in signaalposten(afwijkingen, signaal))

    return Signalen(
        afwijking_begroting=telt("afwijking_begroting"),
        afwijking_investering=telt("afwijking_investering"),
        afwijking_exploitatie=telt("afwijking_exploitatie"),
    )


class AandeelBron(StrEnum):
    BIJDRAGEN = "bijdragen"
    VERDEELSLEUTEL = "verdeelsleutel"


@dataclass(frozen=True)
class Aandeel:
    """A municipality's share in a party's budget: its fraction of the contributions when the
    budget lists them, else its share in the cost split (verdeelsleutel)."""

    bron: AandeelBron
    teller: Decimal
    noemer: Decimal

    @property
    def percentage(self) -> Decimal:
        return (self.teller * HUNDRED / self.noemer).quantize(Decimal("0.0001"), ROUND_HALF_UP)

    def van(self, bedrag: Decimal) -> Decimal:
        """This share of an amount, to the cent."""
        return (bedrag * self.teller / self.noemer).quantize(CENT, ROUND_HALF_UP)


def aandeel(
    eigen_bijdrage: Decimal | None, totaal_bijdragen: Decimal, verdeelsleutel: Decimal | None
) -> Aandeel | None:
    """The share to apply: own contribution ÷ all contributions, else the verdeelsleutel %."""
    if eigen_bijdrage is not None and totaal_bijdragen > 0:
        return Aandeel(AandeelBron.BIJDRAGEN, eigen_bijdrage, totaal_bijdragen)
    if verdeelsleutel is not None:
        return Aandeel(AandeelBron.VERDEELSLEUTEL, verdeelsleutel, HUNDRED)
    return None


@dataclass(frozen=True)
class EigenAandeel:
    """What the deviations of the balance mean for one municipality: its share of each
    (negative: a shortfall it shares in, so its contribution may rise by that amount)."""

    bron: AandeelBron
    percentage: Decimal
    bijdrage: Decimal | None
    wijziging: Decimal | None
    prognose: Decimal | None
    realisatie: Decimal | None


def eigen_aandeel(
    afwijkingen: Afwijkingen, share: Aandeel | None, eigen_bijdrage: Decimal | None
) -> EigenAandeel | None:
    if share is None:
        return None

    def part(regels: Regels | None) -> Decimal | None:
        return share.van(regels.saldo.bedrag) if regels and regels.saldo else None

    return EigenAandeel(
        bron=share.bron,
        percentage=share.percentage,
        bijdrage=eigen_bijdrage,
        wijziging=part(afwijkingen.wijziging),
        prognose=part(afwijkingen.prognose),
        realisatie=part(afwijkingen.realisatie),
    )

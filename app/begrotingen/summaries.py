"""A budget year's deviations as one municipality judges them: for the budget read, and for
other domains (the semiannual status report prefills its three deviation flags from it)."""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from app.begrotingen import repository
from app.begrotingen.deviations import (
    SIGNAALPOSTEN,
    Afwijking,
    Afwijkingen,
    Cijfers,
    Drempels,
    EigenAandeel,
    Exploitatie,
    Investeringen,
    Signalen,
    Vergelijking,
    aandeel,
    afwijkingen,
    eigen_aandeel,
    signaalposten,
    signalen,
)
from app.begrotingen.models import Begroting, BegrotingBijdrage


@dataclass(frozen=True)
class BudgetDeviationSummary:
    """The deviations of a party's budget year, judged for one municipality."""

    verbonden_partij_id: uuid.UUID
    jaar: int
    versie: int
    afwijkingen: Afwijkingen
    drempels: Drempels
    signalen: Signalen
    eigen_aandeel: EigenAandeel | None

    @property
    def afwijking_begroting(self) -> bool:
        return self.signalen.afwijking_begroting

    @property
    def afwijking_investering(self) -> bool:
        return self.signalen.afwijking_investering

    @property
    def afwijking_exploitatie(self) -> bool:
        return self.signalen.afwijking_exploitatie

    def toelichting(self) -> str | None:
        """The counting deviations in one Dutch sentence, to prefill an explanation."""
        parts = []
        for vergelijking in Vergelijking:
            regels = self.afwijkingen.van(vergelijking)
            if regels is None:
                continue
            for post in ("lasten", "baten", "saldo", "investeringen"):
                item: Afwijking | None = getattr(regels, post)
                if self.drempels.telt(item) and item is not None:
                    parts.append(_regel(vergelijking, post, item))
        return "Afwijkingen boven de drempel: " + "; ".join(parts) + "." if parts else None

    def toelichtingen(self) -> dict[str, str]:
        """Per flag that is raised (`afwijking_begroting`, …), the deviations that raise it in
        one Dutch sentence, to prefill that flag's explanation."""
        found = {}
        for signaal in SIGNAALPOSTEN:
            parts = [
                _regel(vergelijking, post, item)
                for vergelijking, post, item in signaalposten(self.afwijkingen, signaal)
                if self.drempels.telt(item)
            ]
            if parts:
                found[signaal] = (
                    f"Begroting {self.jaar}, boven de drempel: " + "; ".join(parts) + "."
                )
        return found


VERGELIJKING_NAAM = {
    Vergelijking.WIJZIGING: "begroting na wijziging",
    Vergelijking.PROGNOSE: "prognose",
    Vergelijking.REALISATIE: "realisatie",
}


def _regel(vergelijking: Vergelijking, post: str, item: Afwijking) -> str:
    return f"{VERGELIJKING_NAAM[vergelijking]} {post} {_euro(item.bedrag)}{_pct(item)}"


def _euro(amount: Decimal) -> str:
    sign = "+" if amount > 0 else "−" if amount < 0 else ""
    text = f"{abs(amount):,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"{sign}€ {text}"


def _pct(item: Afwijking) -> str:
    percentage = item.percentage
    return "" if percentage is None else f" ({str(percentage).replace('.', ',')} %)"


def cijfers_of(begroting: Begroting) -> Cijfers:
    def stage(lasten: Decimal | None, baten: Decimal | None) -> Exploitatie | None:
        return None if lasten is None or baten is None else Exploitatie(lasten, baten)

    b = begroting
    return Cijfers(
        primitief=Exploitatie(b.primitief_lasten, b.primitief_baten),
        na_wijziging=stage(b.na_wijziging_lasten, b.na_wijziging_baten),
        prognose=stage(b.prognose_lasten, b.prognose_baten),
        realisatie=stage(b.realisatie_lasten, b.realisatie_baten),
        investeringen=None
        if b.investeringen_begroot is None
        else Investeringen(
            b.investeringen_begroot, b.investeringen_prognose, b.investeringen_realisatie
        ),
    )


async def thresholds_of(session: AsyncSession, organisatie_id: uuid.UUID) -> Drempels:
    """The municipality's thresholds, or the defaults (€ 100,000 and 5 %)."""
    stored = await repository.thresholds(session, organisatie_id)
    return Drempels(stored.bedrag, stored.percentage) if stored else Drempels()


async def summarise(
    session: AsyncSession,
    organisatie_id: uuid.UUID,
    begroting: Begroting,
    bijdragen: Sequence[BegrotingBijdrage],
) -> BudgetDeviationSummary:
    """Judge a loaded budget for one municipality."""
    found = afwijkingen(cijfers_of(begroting))
    drempels = await thresholds_of(session, organisatie_id)
    eigen = next((b.bedrag for b in bijdragen if b.organisatie_id == organisatie_id), None)
    totaal = sum((b.bedrag for b in bijdragen), Decimal(0))
    sleutel = await repository.verdeelsleutel(
        session, organisatie_id, begroting.verbonden_partij_id
    )
    return BudgetDeviationSummary(
        verbonden_partij_id=begroting.verbonden_partij_id,
        jaar=begroting.jaar,
        versie=begroting.versie,
        afwijkingen=found,
        drempels=drempels,
        signalen=signalen(found, drempels),
        eigen_aandeel=eigen_aandeel(found, aandeel(eigen, totaal, sleutel), eigen),
    )


async def deviation_summary(
    session: AsyncSession, organisatie_id: uuid.UUID, verbonden_partij_id: uuid.UUID, jaar: int
) -> BudgetDeviationSummary | None:
    """A party's budget deviations of a year as the municipality judges them; None without a
    budget. The caller has checked that the municipality may see the party."""
    begroting = await repository.budget(session, verbonden_partij_id, jaar)
    if begroting is None:
        return None
    bijdragen = await repository.contributions(session, begroting.id)
    return await summarise(session, organisatie_id, begroting, bijdragen)

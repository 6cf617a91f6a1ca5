"""Which fields of the budget year a delivery fills, per periode and status (`schemas.MAPPING`).
Pure."""

from dataclasses import dataclass

from app.begrotingen.schemas import BegrotingInhoud, LastenBaten, RealisatieTotHeden
from app.core.errors import Conflict, InvalidInput, InvalidParam
from app.iv3.figures import Cijfers
from app.iv3.models import Iv3Status


@dataclass(frozen=True)
class Levering:
    boekjaar: int
    periode: int
    status: Iv3Status
    cijfers: Cijfers


@dataclass
class Vulling:
    """Fills the budget year as it stands; `velden` names what it changed (JSON names)."""

    levering: Levering
    velden: list[str]

    def __call__(self, current: BegrotingInhoud | None) -> BegrotingInhoud:
        levering, figures = self.levering, self.levering.cijfers
        totals = _lasten_baten(figures)
        if levering.periode == 0:
            self.velden = ["primitief"]
            if current is None:
                return BegrotingInhoud(primitief=totals)
            return current.model_copy(update={"primitief": totals})
        if current is None:
            raise Conflict(
                f"There is no budget for {levering.boekjaar} yet: deliver its budget (periode 0) "
                f"first, or write it with PUT …/begrotingen/{levering.boekjaar}."
            )
        if levering.periode == 5:
            vermogen = figures.vermogen
            update = {
                "realisatie": totals,
                "resultaat": figures.resultaat,
                **{
                    name: getattr(vermogen, name)
                    for name in (
                        "eigen_vermogen_begin",
                        "eigen_vermogen_einde",
                        "vreemd_vermogen_begin",
                        "vreemd_vermogen_einde",
                    )
                    if getattr(vermogen, name) is not None
                },
            }
            self.velden = [_camel(name) for name in update]
            return current.model_copy(update=update)
        if levering.status is Iv3Status.begroting:
            self.velden = ["naWijziging"]
            return current.model_copy(update={"na_wijziging": totals})
        to_date = current.realisatie_tot_heden
        quarter = f"{levering.boekjaar}-Q{levering.periode}"
        if to_date is not None and to_date.periode > quarter:
            self.velden = []  # a later quarter is already in: an earlier one changes nothing
            return current
        self.velden = ["realisatieTotHeden"]
        realised = RealisatieTotHeden(periode=quarter, lasten=totals.lasten, baten=totals.baten)
        return current.model_copy(update={"realisatie_tot_heden": realised})


def _lasten_baten(figures: Cijfers) -> LastenBaten:
    totals = figures.voor_reserves
    problems = [
        InvalidParam(f"data.{name}", f"The total {name} before reserves is negative ({value}).")
        for name, value in (("lasten", totals.lasten), ("baten", totals.baten))
        if value < 0
    ]
    if problems:
        raise InvalidInput.fields(problems)
    return LastenBaten(lasten=totals.lasten, baten=totals.baten)


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)

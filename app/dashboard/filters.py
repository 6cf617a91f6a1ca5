"""The overview's filters, applied to a municipality's rows. Pure.

The rows of a municipality are computed once for all its parties (and cached); who may see
which row and what the client asked for is applied here.
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from app.dashboard.overview import OverzichtRegel
from app.verbonden_partijen.models import BbvCategorie


@dataclass(frozen=True)
class PartijFilters:
    bbv_categorie: BbvCategorie | None = None
    monitoringsniveau: int | None = None
    regievoerder_id: uuid.UUID | None = None
    zoek: str | None = None
    alleen_aandacht: bool = False


def filtered(
    regels: Sequence[OverzichtRegel], filters: PartijFilters, directed_by: uuid.UUID | None
) -> list[OverzichtRegel]:
    """The rows the caller may see (a regievoerder: the parties it directs) that pass every
    filter. `zoek` matches part of the name, ignoring case."""
    zoek = filters.zoek.casefold() if filters.zoek else None
    return [
        regel
        for regel in regels
        if (directed_by is None or directed_by in regel.regievoerder_ids)
        and (filters.regievoerder_id is None or filters.regievoerder_id in regel.regievoerder_ids)
        and (filters.bbv_categorie is None or regel.partij.bbv_categorie is filters.bbv_categorie)
        and (
            filters.monitoringsniveau is None
            or regel.partij.monitoringsniveau == filters.monitoringsniveau
        )
        and (zoek is None or zoek in regel.partij.naam.casefold())
        and (not filters.alleen_aandacht or regel.rij.aandacht)
    ]

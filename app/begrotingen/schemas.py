"""Budgets, their deviations and the thresholds, as the API shows them."""

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Annotated

from pydantic import Field, StringConstraints

from app.begrotingen.deviations import AandeelBron
from app.core.schemas import (
    AS_JSON_NUMBER,
    NUMBER_SCHEMA,
    ApiModel,
    Euro,
    InputModel,
    NonNegativeEuro,
    Percentage,
    PositiveEuro,
    PositivePercentage,
)

Bedrag = NonNegativeEuro
PositiefBedrag = PositiveEuro
PositiefPercentage = PositivePercentage
Afwijkingspercentage = Annotated[Decimal, AS_JSON_NUMBER, NUMBER_SCHEMA]
Tekst = Annotated[str, StringConstraints(min_length=1, max_length=10_000)]

THRESHOLD_RULE = (
    "Een afwijking telt als zij niet nul is en |bedrag| >= `bedrag` OF |percentage| >= "
    "`percentage` (beide inclusief; het percentage wordt onafgerond beoordeeld)."
)
LASTEN = "De lasten in euro's."
BATEN = "De baten in euro's."
VERSIE = "Stijgt bij elke wijziging; de ETag draagt haar."


class LastenBaten(InputModel):
    lasten: Bedrag = Field(description=LASTEN)
    baten: Bedrag = Field(description=BATEN)


class RealisatieTotHeden(InputModel):
    periode: Annotated[str, StringConstraints(pattern=r"^[0-9]{4}-Q[1-4]$")] = Field(
        description="Het laatste meegetelde kwartaal (`2026-Q2`), in het jaar van de begroting."
    )
    lasten: Bedrag = Field(description=LASTEN)
    baten: Bedrag = Field(description=BATEN)


class InvesteringenBedragen(InputModel):
    begroot: Bedrag = Field(description="De begrote investeringen.")
    prognose: Bedrag | None = Field(default=None, description="De prognose van de investeringen.")
    realisatie: Bedrag | None = Field(default=None, description="De gerealiseerde investeringen.")


class Bijdrage(InputModel):
    organisatie_id: uuid.UUID = Field(description="Een deelnemer van de partij.")
    bedrag: Bedrag = Field(description="De bijdrage van die deelnemer in euro's.")


class BegrotingInhoud(InputModel):
    """Een begrotingsjaar zoals de partner of een regievoerder het vastlegt (PUT vervangt het
    geheel)."""

    primitief: LastenBaten = Field(description="De oorspronkelijke (primitieve) begroting.")
    na_wijziging: LastenBaten | None = Field(
        default=None, description="De begroting na wijzigingen."
    )
    prognose: LastenBaten | None = Field(default=None, description="De actuele prognose.")
    realisatie: LastenBaten | None = Field(default=None, description="De realisatie.")
    realisatie_tot_heden: RealisatieTotHeden | None = Field(
        default=None,
        description="De realisatie tot en met een kwartaal, zoals een Iv3-kwartaallevering "
        "haar geeft (geen afwijking: het jaar is nog niet om).",
    )
    investeringen: InvesteringenBedragen | None = Field(
        default=None, description="De investeringen: begroot, prognose en realisatie."
    )
    eigen_vermogen_begin: Euro | None = Field(
        default=None, description="Het eigen vermogen aan het begin van het jaar."
    )
    eigen_vermogen_einde: Euro | None = Field(
        default=None, description="Het eigen vermogen aan het einde van het jaar."
    )
    vreemd_vermogen_begin: Euro | None = Field(
        default=None, description="Het vreemd vermogen aan het begin van het jaar."
    )
    vreemd_vermogen_einde: Euro | None = Field(
        default=None, description="Het vreemd vermogen aan het einde van het jaar."
    )
    resultaat: Euro | None = Field(default=None, description="Het resultaat van het jaar.")
    risicos: Tekst | None = Field(
        default=None,
        description="De eigen opgave van de partij van haar materiële risico's (de "
        "risicoparagraaf van haar begroting); in de BBV-paragraaf als `risicosVolgensPartij`.",
    )
    bijdragen: list[Bijdrage] = Field(
        default_factory=list, max_length=200, description="De bijdrage per deelnemer."
    )


class Afwijkingsregel(ApiModel):
    basis: Euro = Field(description="Het bedrag waartegen wordt vergeleken.")
    waarde: Euro = Field(description="Het vergeleken bedrag.")
    bedrag: Euro = Field(description="waarde − basis.")
    percentage: Afwijkingspercentage | None = Field(
        description="bedrag in procenten van |basis|, twee decimalen; null als basis 0 is."
    )


class Vergelijkingsregels(ApiModel):
    lasten: Afwijkingsregel | None = Field(description="De afwijking van de lasten.")
    baten: Afwijkingsregel | None = Field(description="De afwijking van de baten.")
    saldo: Afwijkingsregel | None = Field(description="De afwijking van het saldo: baten − lasten.")
    investeringen: Afwijkingsregel | None = Field(description="De afwijking van de investeringen.")


class AfwijkingenRead(ApiModel):
    wijziging: Vergelijkingsregels | None = Field(
        description="De gewijzigde begroting tegen de oorspronkelijke."
    )
    prognose: Vergelijkingsregels | None = Field(
        description="De prognose tegen de gewijzigde begroting (de oorspronkelijke als er geen "
        "wijziging is); investeringen tegen `investeringen.begroot`."
    )
    realisatie: Vergelijkingsregels | None = Field(
        description="De realisatie tegen de gewijzigde begroting; investeringen tegen hun "
        "begroting."
    )


class DrempelsRead(ApiModel):
    bedrag: Euro = Field(description="De drempel in euro's.")
    percentage: Afwijkingspercentage = Field(description="De drempel in procenten.")


class EigenAandeelRead(ApiModel):
    bron: AandeelBron = Field(
        description="`bijdragen`: eigen bijdrage ÷ alle bijdragen in de begroting; "
        "`verdeelsleutel`: het aandeel van de deelname in de kostenverdeling."
    )
    percentage: Afwijkingspercentage = Field(description="Het eigen aandeel in procenten.")
    bijdrage: Euro | None = Field(description="De eigen bijdrage van de gemeente dit jaar.")
    wijziging: Euro | None = Field(
        description="Het eigen aandeel in de afwijking van het saldo door de wijziging."
    )
    prognose: Euro | None = Field(
        description="Het eigen aandeel in de afwijking van het saldo volgens de prognose."
    )
    realisatie: Euro | None = Field(
        description="Het eigen aandeel in de afwijking van het saldo volgens de realisatie."
    )


class SignaleringRead(ApiModel):
    """De afwijkingen, beoordeeld tegen de drempels van uw gemeente."""

    drempels: DrempelsRead = Field(description="De drempels van uw gemeente.")
    afwijking_begroting: bool = Field(
        description="De lasten, baten of het saldo van de gewijzigde begroting tegen de "
        "oorspronkelijke, of de lasten of baten van de prognose tegen de gewijzigde "
        "begroting, tellen als afwijking."
    )
    afwijking_investering: bool = Field(
        description="De prognose of realisatie van de investeringen tegen hun begroting telt "
        "als afwijking."
    )
    afwijking_exploitatie: bool = Field(
        description="Het saldo van de prognose of van de realisatie tegen de gewijzigde "
        "begroting telt als afwijking."
    )
    eigen_aandeel: EigenAandeelRead | None = Field(
        description="Wat de afwijkingen van het saldo betekenen voor de eigen bijdrage van de "
        "gemeente (negatief: een tekort waarin zij deelt)."
    )


class BegrotingRead(BegrotingInhoud):
    verbonden_partij_id: uuid.UUID = Field(description="De partij van de begroting.")
    jaar: int = Field(description="Het begrotingsjaar.")
    versie: int = Field(description=VERSIE)
    aangemaakt_op: datetime = Field(description="Wanneer het begrotingsjaar is vastgelegd.")
    gewijzigd_op: datetime = Field(description="Wanneer het begrotingsjaar het laatst wijzigde.")
    afwijkingen: AfwijkingenRead = Field(description="De afwijkingen, per vergelijking.")
    signalering: SignaleringRead | None = Field(
        description=f"Alleen voor gemeentelijke accounts; null voor een partner. {THRESHOLD_RULE}"
    )


class BegrotingSamenvatting(ApiModel):
    jaar: int = Field(description="Het begrotingsjaar.")
    versie: int = Field(description=VERSIE)
    gewijzigd_op: datetime = Field(description="Wanneer het begrotingsjaar het laatst wijzigde.")


class BegrotingVersie(ApiModel):
    """Een opgeslagen versie van een begrotingsjaar, uit het auditspoor."""

    versie: int = Field(description="Het versienummer.")
    tijdstip: datetime = Field(description="Wanneer deze versie is vastgelegd.")
    actie: str = Field(description="De handeling die de versie vastlegde.")
    actor_naam: str = Field(description="Wie de versie vastlegde.")
    actor_rol: str = Field(description="In welke rol.")
    begroting: BegrotingInhoud = Field(description="De inhoud van deze versie.")


class AfwijkingsdrempelsInput(InputModel):
    bedrag: PositiefBedrag = Field(description="De drempel in euro's.")
    percentage: PositiefPercentage = Field(description="De drempel in procenten.")


class AfwijkingsdrempelsRead(ApiModel):
    bedrag: Euro = Field(description="De drempel in euro's.")
    percentage: Percentage = Field(description="De drempel in procenten.")
    standaard: bool = Field(
        description="Waar zolang de gemeente er zelf geen heeft ingesteld (de standaard)."
    )
    versie: int = Field(description="0 voor de standaard.")
    regel: str = Field(default=THRESHOLD_RULE, description="Hoe de drempels worden toegepast.")

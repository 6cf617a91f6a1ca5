"""Extra parties for Arnhem, each with data in every column group, stored straight through a
session (the query-count tests need many)."""

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from app.begrotingen.models import Begroting
from app.core.periods import Granulariteit
from app.rapportages.current import refresh_current
from app.rapportages.models import Meting, Rapportage, RapportageSoort
from app.risicos.models import Risico
from app.servicenormen.models import Eenheid, Richting, Servicenorm, ServicenormVersie
from app.servicenormen.stored_outcomes import judge_stored
from app.verbonden_partijen.models import BbvCategorie, Deelname, Rechtsvorm, VerbondenPartij


async def add_parties(session: AsyncSession, organisatie_id: uuid.UUID, count: int) -> None:
    """`count` gemeenschappelijke regelingen of the municipality with a norm, a report with a
    measurement, a budget and a risk."""
    norm_ids = []
    for number in range(count):
        party = VerbondenPartij(
            naam=f"Extra regeling {number:03d}",
            vestigingsplaats="Arnhem",
            bbv_categorie=BbvCategorie.GEMEENSCHAPPELIJKE_REGELING,
            rechtsvorm=Rechtsvorm.OPENBAAR_LICHAAM,
            openbaar_belang="Test",
            monitoringsniveau=number % 3 + 1,
        )
        session.add(party)
        await session.flush()
        session.add(Deelname(verbonden_partij_id=party.id, organisatie_id=organisatie_id))
        norm = Servicenorm(
            verbonden_partij_id=party.id,
            code="N1",
            naam="Norm",
            eenheid=Eenheid.percentage,
            frequentie=Granulariteit.kwartaal,
        )
        session.add(norm)
        await session.flush()
        norm_ids.append(norm.id)
        session.add(
            ServicenormVersie(
                servicenorm_id=norm.id,
                geldig_vanaf=date(2020, 1, 1),
                doelwaarde=Decimal(90),
                tolerantie=Decimal(5),
                richting=Richting.hoger_is_beter,
            )
        )
        report = Rapportage(
            verbonden_partij_id=party.id,
            periode="2026-Q2",
            periode_start=date(2026, 4, 1),
            soort=RapportageSoort.prestaties,
            revisie=1,
            ontvangen_op=datetime(2026, 7, 10, tzinfo=UTC),
            ingediend_door_rol="partner",
        )
        session.add(report)
        await session.flush()
        session.add(
            Meting(
                rapportage_id=report.id,
                servicenorm_id=norm.id,
                periode="2026-Q2",
                periode_start=date(2026, 4, 1),
                periode_eind=date(2026, 6, 30),
                waarde=Decimal(number % 100),
            )
        )
        session.add(
            Begroting(
                verbonden_partij_id=party.id,
                jaar=date.today().year,
                primitief_lasten=Decimal(1000),
                primitief_baten=Decimal(1000),
                prognose_lasten=Decimal(1200),
                prognose_baten=Decimal(1000),
            )
        )
        session.add(
            Risico(
                organisatie_id=organisatie_id,
                verbonden_partij_id=party.id,
                omschrijving="Risico",
                kans=2,
                impact=3,
            )
        )
    await session.flush()
    # Stored straight, not pushed: decide the outcomes and the current rows as a push would.
    await refresh_current(session, norm_ids)
    await judge_stored(session, norm_ids)
    await session.commit()

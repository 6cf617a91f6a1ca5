"""Two of Arnhem's risks for De Connectie. Illustrative: the figures are examples."""

from decimal import Decimal

from sqlalchemy.ext.asyncio import AsyncSession

from app.demo.accounts import DE_CONNECTIE
from app.demo.context import DemoContext
from app.risicos.models import Risico, RisicoStatus


async def load_risicos(session: AsyncSession, context: DemoContext) -> None:
    arnhem = context.gemeente("Arnhem")
    de_connectie = context.parties[DE_CONNECTIE]
    session.add_all(
        [
            Risico(
                organisatie_id=arnhem.id,
                verbonden_partij_id=de_connectie.id,
                omschrijving="Het verbeterpad Governance loopt vertraging op: de beheersstructuur "
                "blijft onduidelijk en sturing op prestaties blijft uit.",
                kans=3,
                impact=4,
                financiele_omvang=Decimal("150000"),
                maatregelen="Governance agenderen in het algemeen bestuur; de regievoerder volgt "
                "het verbeterpad maandelijks.",
                status=RisicoStatus.OPEN,
                eigenaar="Regievoerder De Connectie",
            ),
            Risico(
                organisatie_id=arnhem.id,
                verbonden_partij_id=de_connectie.id,
                omschrijving="Hogere bijdrage aan De Connectie door stijgende loon- en "
                "licentiekosten.",
                kans=4,
                impact=3,
                financiele_omvang=Decimal("420000"),
                maatregelen="Zienswijze op de begroting; de budgetvoortgang elk kwartaal "
                "bespreken met De Connectie en intern (aanbeveling 10).",
                status=RisicoStatus.OPEN,
                eigenaar="Concerncontroller",
            ),
        ]
    )

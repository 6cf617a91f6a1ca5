"""Illustrative Wgr documents and a regeling's own date. De Connectie's draft budget 2026
arrived late (due 8 April 2025, 12 weeks before the board's default 1 July), so Arnhem's
zienswijze runs until 12 weeks after its receipt. The dates are examples."""

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.demo.accounts import DE_CONNECTIE, DUO
from app.demo.context import DemoContext
from app.wgr.calendar import DocumentSoort, Moment
from app.wgr.models import OntvangenDocument, WgrTermijn

VGGM = "Veiligheids- en Gezondheidsregio Gelderland-Midden"

DEMO_DOCUMENTEN: list[tuple[str, DocumentSoort, int, date, str]] = [
    (DE_CONNECTIE, DocumentSoort.KADERS, 2026, date(2025, 3, 28), "Kaderbrief 2026"),
    (DE_CONNECTIE, DocumentSoort.ONTWERPBEGROTING, 2026, date(2025, 5, 6), "Ontwerpbegroting 2026"),
    (DE_CONNECTIE, DocumentSoort.BEGROTING, 2026, date(2025, 7, 10), "Begroting 2026"),
    (DE_CONNECTIE, DocumentSoort.VOORLOPIGE_JAARREKENING, 2025, date(2026, 4, 24), "Concept 2025"),
    (DE_CONNECTIE, DocumentSoort.JAARREKENING, 2025, date(2026, 7, 3), "Jaarrekening 2025"),
    (DE_CONNECTIE, DocumentSoort.KADERS, 2027, date(2026, 4, 20), "Kaderbrief 2027"),
    (DE_CONNECTIE, DocumentSoort.ONTWERPBEGROTING, 2027, date(2026, 4, 2), "Ontwerpbegroting 2027"),
    (DUO, DocumentSoort.KADERS, 2026, date(2025, 4, 15), "Kadernota 2026"),
    (DUO, DocumentSoort.ONTWERPBEGROTING, 2026, date(2025, 4, 1), "Ontwerpbegroting 2026"),
    (DUO, DocumentSoort.BEGROTING, 2026, date(2025, 7, 20), "Begroting 2026"),
    (VGGM, DocumentSoort.KADERS, 2026, date(2025, 2, 14), "Kaderbrief 2026"),
    (VGGM, DocumentSoort.ONTWERPBEGROTING, 2026, date(2025, 4, 7), "Ontwerpbegroting 2026"),
]
# VGGM's board adopts the budget on 2 July (its own date, not the default 1 July).
DEMO_TERMIJNEN = [(VGGM, Moment.VASTSTELLING_BEGROTING, 7, 2, "Vergadering algemeen bestuur.")]


async def load_wgr(session: AsyncSession, context: DemoContext) -> None:
    for partij, soort, jaar, ontvangen_op, titel in DEMO_DOCUMENTEN:
        session.add(
            OntvangenDocument(
                verbonden_partij_id=context.parties[partij].id,
                soort=soort,
                jaar=jaar,
                ontvangen_op=ontvangen_op,
                titel=titel,
            )
        )
    for partij, moment, maand, dag, toelichting in DEMO_TERMIJNEN:
        session.add(
            WgrTermijn(
                verbonden_partij_id=context.parties[partij].id,
                moment=moment,
                maand=maand,
                dag=dag,
                toelichting=toelichting,
            )
        )

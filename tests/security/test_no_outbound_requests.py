"""Server-side request forgery: the service never fetches a URL a user wrote. The one place
that renders user text into a document that could load resources is the MT report's PDF;
a listener on the loopback interface shows that rendering it contacts nobody."""

import asyncio

from httpx import AsyncClient

from tests.auth_headers import BEHEERDER_ARNHEM, MT_ARNHEM
from tests.verbeterplan.helpers import csv_of, import_csv
from tests.voortgang.steps import open_round


async def test_rendering_the_mt_report_pdf_fetches_no_url_from_user_text(
    client: AsyncClient,
) -> None:
    contacted: list[bytes] = []

    async def record(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        contacted.append(await reader.read(200))
        writer.close()

    listener = await asyncio.start_server(record, "127.0.0.1", 0)
    port = listener.sockets[0].getsockname()[1]
    bait = f'<img src="http://127.0.0.1:{port}/img"> url(http://127.0.0.1:{port}/css)'
    try:
        imported = await import_csv(
            client, csv_of(f"Z;{bait};;Actie {bait};Wie;eind 2025"), BEHEERDER_ARNHEM
        )
        assert imported.status_code == 200, imported.text
        ronde = await open_round(client, "2026-H1", "2026-07-15")

        pdf = await client.get(
            f"/rapportagerondes/{ronde.json()['id']}/mt-rapport",
            headers={**MT_ARNHEM, "Accept": "application/pdf"},
        )
        await asyncio.sleep(0.2)
    finally:
        listener.close()
        await listener.wait_closed()

    assert pdf.status_code == 200, pdf.text
    assert pdf.content.startswith(b"%PDF")
    assert contacted == []

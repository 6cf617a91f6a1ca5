"""A partner delivers a rapportage from a file or the form per norm: through the API's push
(all or nothing, idempotent by the form's key), then the receipt with the outcomes."""

import io
import re

import httpx
from openpyxl import Workbook

from tests.auth_headers import PARTNER_DE_CONNECTIE
from tests.conftest import DemoIds
from tests.web.pages import csrf_of, sign_in, signed_in

KEY = re.compile(r'name="idempotencyKey" value="([^"]+)"')
CSV = "normCode;waarde;toelichting\nINC-8U;98,5;Rustig kwartaal\nBESCHIKBAARHEID;99.9;\n"


async def delivery_form(web: httpx.AsyncClient) -> tuple[str, str]:
    page = await web.get("/partner/aanleveren")
    assert page.status_code == 200
    key = KEY.search(page.text)
    assert key
    return csrf_of(page.text), key.group(1)


async def upload(
    web: httpx.AsyncClient, content: bytes, name: str = "metingen.csv", periode: str = "2026-Q1"
) -> httpx.Response:
    csrf, key = await delivery_form(web)
    return await web.post(
        "/partner/aanleveren/bestand",
        data={"csrf_token": csrf, "idempotencyKey": key, "periode": periode, "soort": "prestaties"},
        files={"bestand": (name, content)},
    )


async def test_a_partner_uploads_a_csv_and_sees_the_outcomes(web: httpx.AsyncClient) -> None:
    await signed_in(web, "partner-de-connectie")

    response = await upload(web, CSV.encode())

    assert response.status_code == 303, response.text
    receipt = await web.get(response.headers["location"])
    assert receipt.status_code == 200
    assert "Rapportage ontvangen" in receipt.text
    assert "INC-8U" in receipt.text
    assert "98,50" in receipt.text
    assert "gehaald" in receipt.text
    assert "Rustig kwartaal" in receipt.text


async def test_an_xlsx_file_is_read_like_a_csv(web: httpx.AsyncClient) -> None:
    await signed_in(web, "partner-de-connectie")
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["NormCode", "Waarde"])
    sheet.append(["INC-8U", 91])
    buffer = io.BytesIO()
    workbook.save(buffer)

    response = await upload(web, buffer.getvalue(), "metingen.xlsx")

    assert response.status_code == 303, response.text
    receipt = await web.get(response.headers["location"])
    assert "niet gehaald" in receipt.text


async def test_the_same_form_sent_twice_stores_one_revision(web: httpx.AsyncClient) -> None:
    await signed_in(web, "partner-de-connectie")
    csrf, key = await delivery_form(web)
    form = {"csrf_token": csrf, "idempotencyKey": key, "periode": "2026-Q1", "soort": "prestaties"}
    files = {"bestand": ("m.csv", CSV.encode())}

    first = await web.post("/partner/aanleveren/bestand", data=form, files=files)
    second = await web.post("/partner/aanleveren/bestand", data=form, files=files)

    assert first.status_code == second.status_code == 303
    assert first.headers["location"] == second.headers["location"]


async def test_a_second_delivery_of_the_period_is_the_next_revision(
    web: httpx.AsyncClient,
) -> None:
    await signed_in(web, "partner-de-connectie")
    first = await upload(web, CSV.encode())
    second = await upload(web, CSV.encode())

    receipt = await web.get(second.headers["location"])

    assert first.headers["location"] != second.headers["location"]
    assert first.headers["location"] in receipt.text  # the earlier revision, linked
    assert "vervangen" in receipt.text


async def test_every_bad_row_is_named_and_nothing_is_stored(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "partner-de-connectie")
    party = demo.party("De Connectie")
    before = await api.get(f"/verbonden-partijen/{party}/rapportages", headers=PARTNER_DE_CONNECTIE)
    content = b"normCode,waarde\nONBEKEND,5\nINC-8U,veel\nINC-8U,150\n"

    response = await upload(web, content)

    assert response.status_code == 400
    assert "Rij 3, waarde: Vul een getal in." in response.text
    after = await api.get(f"/verbonden-partijen/{party}/rapportages", headers=PARTNER_DE_CONNECTIE)
    assert after.json()["aantal"] == before.json()["aantal"]


async def test_the_service_rules_name_their_rows(web: httpx.AsyncClient) -> None:
    await signed_in(web, "partner-de-connectie")
    content = b"normCode,waarde\nONBEKEND,5\nINC-8U,150\n"

    response = await upload(web, content)

    assert response.status_code == 400
    assert "Rij 2, normcode: Deze partij heeft geen norm met deze code." in response.text
    assert "Rij 3, waarde: Deze waarde past niet bij de eenheid" in response.text


async def test_a_file_without_the_required_columns_is_refused(web: httpx.AsyncClient) -> None:
    await signed_in(web, "partner-de-connectie")

    response = await upload(web, b"code;getal\nINC-8U;5\n")

    assert response.status_code == 400
    assert "normCode en waarde ontbreekt" in response.text
    assert 'href="#veld-bestand"' in response.text


async def test_an_old_excel_file_is_refused_on_the_file_field(web: httpx.AsyncClient) -> None:
    await signed_in(web, "partner-de-connectie")

    response = await upload(web, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "oud.xls")

    assert response.status_code == 400
    assert "geen oud .xls" in response.text


async def test_a_bad_period_is_an_error_on_its_field(web: httpx.AsyncClient) -> None:
    await signed_in(web, "partner-de-connectie")

    response = await upload(web, CSV.encode(), periode="vorig jaar")

    assert response.status_code == 400
    assert "Vul een periode in als 2026-H1" in response.text


async def test_the_form_per_norm_stores_the_filled_in_norms(web: httpx.AsyncClient) -> None:
    await signed_in(web, "partner-de-connectie")
    csrf, key = await delivery_form(web)
    form = {
        "csrf_token": csrf,
        "idempotencyKey": key,
        "periode": "2026-Q1",
        "soort": "prestaties",
        "waarde-INC-8U": "96",
        "toelichting-INC-8U": "Net niet",
        "waarde-BESCHIKBAARHEID": "",
    }

    response = await web.post("/partner/aanleveren/formulier", data=form)

    assert response.status_code == 303, response.text
    receipt = await web.get(response.headers["location"])
    assert re.search(r"revisie \d+, 1 meting\.", receipt.text)
    assert "aandacht" in receipt.text


async def test_an_empty_form_per_norm_is_refused(web: httpx.AsyncClient) -> None:
    await signed_in(web, "partner-de-connectie")
    csrf, key = await delivery_form(web)
    form = {"csrf_token": csrf, "idempotencyKey": key, "periode": "2026-Q1", "soort": "prestaties"}

    response = await web.post("/partner/aanleveren/formulier", data=form)

    assert response.status_code == 400
    assert "Vul bij minstens één norm een waarde in." in response.text


async def test_a_bad_value_in_the_form_is_shown_at_its_norm(web: httpx.AsyncClient) -> None:
    await signed_in(web, "partner-de-connectie")
    csrf, key = await delivery_form(web)
    form = {
        "csrf_token": csrf,
        "idempotencyKey": key,
        "periode": "2026-Q1",
        "soort": "prestaties",
        "waarde-INC-8U": "120",
    }

    response = await web.post("/partner/aanleveren/formulier", data=form)

    assert response.status_code == 400
    assert 'href="#veld-waarde-INC-8U"' in response.text
    assert 'value="120"' in response.text  # what the person typed stays


async def test_another_partys_receipt_is_not_found(
    web: httpx.AsyncClient,
) -> None:
    await signed_in(web, "partner-de-connectie")
    response = await upload(web, CSV.encode())
    web.cookies.clear()
    await signed_in(web, "partner-duo")

    other = await web.get(response.headers["location"])

    assert other.status_code == 404


async def test_municipal_accounts_have_no_delivery_page(web: httpx.AsyncClient) -> None:
    await sign_in(web, "regievoerder-arnhem")

    assert (await web.get("/partner/aanleveren")).status_code == 404


async def test_a_delivery_without_the_csrf_token_is_refused(web: httpx.AsyncClient) -> None:
    await signed_in(web, "partner-de-connectie")

    response = await web.post(
        "/partner/aanleveren/bestand",
        data={"periode": "2026-Q1"},
        files={"bestand": ("m.csv", CSV.encode())},
    )

    assert response.status_code == 403

"""Beheer of accounts and tokens: only a beheerder, only its own municipality's accounts,
the secret of a new token shown once, every change audited and refused without CSRF."""

import re

import httpx
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.audit import AuditGebeurtenis
from tests.conftest import DemoIds
from tests.web.pages import csrf_of, sign_in, signed_in

SECRET = re.compile(r'id="nieuw-token" type="text" readonly value="([^"]+)"')
ROW_REVOKE = re.compile(
    r'<th scope="row" class="utrecht-table__header-cell">Power BI</th>'
    r'.*?action="([^"]+/intrekken)"',
    re.S,
)


async def audit_count(db: AsyncSession, actie: str) -> int:
    statement = select(func.count()).where(AuditGebeurtenis.actie == actie)
    return (await db.execute(statement)).scalar_one()


async def test_a_beheerder_sees_the_accounts_of_its_own_municipality_only(
    web: httpx.AsyncClient,
) -> None:
    await signed_in(web, "beheerder-arnhem")

    page = await web.get("/beheer/gebruikers", params={"zoek": "", "page": 1})

    assert page.status_code == 200
    assert "Regievoerder Arnhem" in page.text
    assert "Regievoerder Renkum" not in page.text


async def test_other_roles_have_no_beheer_pages(web: httpx.AsyncClient, demo: DemoIds) -> None:
    await sign_in(web, "regievoerder-arnhem")
    account = demo.account("regievoerder-arnhem")

    for path in ("/beheer/gebruikers", f"/beheer/gebruikers/{account}", "/beheer/partijen"):
        assert (await web.get(path)).status_code == 404, path


async def test_another_municipalitys_account_is_not_found(
    web: httpx.AsyncClient, demo: DemoIds
) -> None:
    await sign_in(web, "beheerder-arnhem")

    response = await web.get(f"/beheer/gebruikers/{demo.account('regievoerder-renkum')}")

    assert response.status_code == 404


async def test_adding_an_account_leads_to_its_page(web: httpx.AsyncClient) -> None:
    page = await signed_in(web, "beheerder-arnhem")
    form = {"csrf_token": csrf_of(page.text), "naam": "Nieuwe Collega", "rol": "lezer"}

    created = await web.post("/beheer/gebruikers", data=form)

    assert created.status_code == 303
    account_page = await web.get(created.headers["location"])
    assert "Account Nieuwe Collega" in account_page.text
    assert "Account Nieuwe Collega toegevoegd." in account_page.text


async def test_a_wrong_account_form_names_every_bad_field_and_stores_nothing(
    web: httpx.AsyncClient, db: AsyncSession
) -> None:
    page = await signed_in(web, "beheerder-arnhem")
    form = {"csrf_token": csrf_of(page.text), "naam": "", "rol": "koning", "email": "x"}
    before = await audit_count(db, "aangemaakt")

    response = await web.post("/beheer/gebruikers", data=form)

    assert response.status_code == 400
    for field in ("naam", "rol", "email"):
        assert f'href="#veld-{field}"' in response.text
        assert f'id="veld-{field}-fout"' in response.text
    assert await audit_count(db, "aangemaakt") == before


async def test_a_taken_email_address_is_an_error_on_that_field(web: httpx.AsyncClient) -> None:
    page = await signed_in(web, "beheerder-arnhem")
    form = {
        "csrf_token": csrf_of(page.text),
        "naam": "Dubbel",
        "rol": "lezer",
        "email": "mt-arnhem@demo.example",
    }

    response = await web.post("/beheer/gebruikers", data=form)

    assert response.status_code == 400
    assert "Er is al een account met dit e-mailadres." in response.text


async def test_the_role_of_an_account_can_be_changed(web: httpx.AsyncClient, demo: DemoIds) -> None:
    await signed_in(web, "beheerder-arnhem")
    url = f"/beheer/gebruikers/{demo.account('lezer-arnhem')}"
    page = await web.get(url)
    form = {"csrf_token": csrf_of(page.text), "naam": "Dashboard Arnhem", "rol": "mt"}

    response = await web.post(url, data=form)

    assert response.status_code == 303
    assert '<option value="mt" selected>' in (await web.get(url)).text


async def test_a_beheerder_cannot_demote_itself(web: httpx.AsyncClient, demo: DemoIds) -> None:
    await signed_in(web, "beheerder-arnhem")
    url = f"/beheer/gebruikers/{demo.account('beheerder-arnhem')}"
    page = await web.get(url)

    response = await web.post(
        url, data={"csrf_token": csrf_of(page.text), "naam": "B", "rol": "lezer"}
    )

    assert response.status_code == 400
    assert "U kunt uw eigen account niet uitschakelen of een andere rol geven." in response.text


async def test_a_deactivated_account_can_no_longer_sign_in(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "beheerder-arnhem")
    url = f"/beheer/gebruikers/{demo.account('lezer-arnhem')}"
    page = await web.get(url)

    response = await web.post(
        f"{url}/activering", data={"csrf_token": csrf_of(page.text), "actief": "false"}
    )

    assert response.status_code == 303
    assert "Account uitgeschakeld." in (await web.get(url)).text
    refused = await api.get("/dashboard", headers={"Authorization": "Bearer demo-lezer-arnhem"})
    assert refused.status_code in (401, 403)


async def test_a_new_tokens_secret_is_shown_once_and_works_until_revoked(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds, db: AsyncSession
) -> None:
    await signed_in(web, "beheerder-arnhem")
    url = f"/beheer/gebruikers/{demo.account('lezer-arnhem')}"
    page = await web.get(url)
    form = {"csrf_token": csrf_of(page.text), "omschrijving": "Power BI", "verlooptOp": ""}

    posted = await web.post(f"{url}/tokens", data=form)
    issued = await web.get(posted.headers["location"])

    assert posted.status_code == 303
    assert posted.headers["location"] == url  # the secret is in no URL
    found = SECRET.search(issued.text)
    assert found, issued.text
    secret = found.group(1)
    headers = {"Authorization": f"Bearer {secret}"}
    assert (await api.get("/dashboard", headers=headers)).status_code == 200
    later = await web.get(url)
    assert secret not in later.text
    assert "Power BI" in later.text
    assert await audit_count(db, "token_uitgegeven") >= 1

    revoke = ROW_REVOKE.search(later.text)
    assert revoke
    revoked = await web.post(revoke.group(1), data={"csrf_token": csrf_of(later.text)})

    assert revoked.status_code == 303
    assert "Token ingetrokken." in (await web.get(url)).text
    assert (await api.get("/dashboard", headers=headers)).status_code == 401
    assert await audit_count(db, "token_ingetrokken") >= 1


async def test_a_token_form_without_a_description_is_refused(
    web: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "beheerder-arnhem")
    url = f"/beheer/gebruikers/{demo.account('lezer-arnhem')}"
    page = await web.get(url)
    form = {"csrf_token": csrf_of(page.text), "omschrijving": "", "verlooptOp": "2001-01-01"}

    response = await web.post(f"{url}/tokens", data=form)

    assert response.status_code == 400
    assert 'href="#veld-omschrijving"' in response.text
    assert 'id="nieuw-token"' not in response.text


async def test_beheer_forms_without_the_csrf_token_are_refused(
    web: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "beheerder-arnhem")
    url = f"/beheer/gebruikers/{demo.account('lezer-arnhem')}"

    for path, form in (
        ("/beheer/gebruikers", {"naam": "X", "rol": "lezer"}),
        (f"{url}/tokens", {"omschrijving": "X"}),
        (f"{url}/activering", {"actief": "false"}),
    ):
        response = await web.post(path, data=form)
        assert response.status_code == 403, path

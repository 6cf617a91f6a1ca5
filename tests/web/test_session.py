"""The browser session: how it ends, what it opens, and what it never opens (the API)."""

from datetime import timedelta

import httpx
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.core.db import utcnow
from app.web.session.models import WebSessie
from tests.auth_headers import BEHEERDER_ARNHEM
from tests.conftest import DemoIds
from tests.web.pages import csrf_of, sign_in, sign_out, signed_in


async def test_signing_out_ends_the_session_server_side(
    web: httpx.AsyncClient, db: AsyncSession
) -> None:
    await sign_in(web, "mt-arnhem")
    cookie = web.cookies["vpm_sessie"]

    response = await sign_out(web)

    assert response.status_code == 303
    assert response.headers["location"] == "/inloggen"
    assert (await db.execute(select(WebSessie))).scalars().all() == []
    web.cookies.set("vpm_sessie", cookie)  # the old cookie, kept by someone
    assert (await web.get("/")).status_code == 303


async def test_after_signing_out_the_sign_in_page_says_so(web: httpx.AsyncClient) -> None:
    await sign_in(web, "mt-arnhem")
    await sign_out(web)

    page = await web.get("/inloggen")

    assert "U bent afgemeld." in page.text
    assert "U bent afgemeld." not in (await web.get("/inloggen")).text  # shown once


async def test_the_sign_out_page_asks_before_signing_out(web: httpx.AsyncClient) -> None:
    await sign_in(web, "mt-arnhem")

    page = await web.get("/uitloggen")

    assert page.status_code == 200
    assert '<form method="post" action="/uitloggen">' in page.text
    assert (await web.get("/")).status_code == 200  # still signed in


async def test_a_deactivated_accounts_session_stops_at_once(
    web: httpx.AsyncClient, api: httpx.AsyncClient, demo: DemoIds
) -> None:
    await signed_in(web, "mt-arnhem")
    account = demo.account("mt-arnhem")
    current = await api.get(f"/gebruikers/{account}", headers=BEHEERDER_ARNHEM)

    deactivated = await api.patch(
        f"/gebruikers/{account}",
        headers={**BEHEERDER_ARNHEM, "If-Match": current.headers.get("etag", "*")},
        json={"actief": False},
    )

    assert deactivated.status_code == 200, deactivated.text
    assert (await web.get("/")).status_code == 303


async def test_an_idle_session_ends(web: httpx.AsyncClient, db: AsyncSession) -> None:
    await sign_in(web, "mt-arnhem")
    idle = utcnow() - timedelta(minutes=31)  # the default idle timeout is 30 minutes
    await db.execute(update(WebSessie).values(laatst_gezien_op=idle))
    await db.commit()

    assert (await web.get("/")).status_code == 303


async def test_a_session_ends_at_its_lifetime_however_active(
    web: httpx.AsyncClient, db: AsyncSession
) -> None:
    await sign_in(web, "mt-arnhem")
    await db.execute(update(WebSessie).values(verloopt_op=utcnow() - timedelta(seconds=1)))
    await db.commit()

    assert (await web.get("/")).status_code == 303


async def test_activity_is_noted_at_most_once_a_minute(
    web: httpx.AsyncClient, db: AsyncSession
) -> None:
    await sign_in(web, "mt-arnhem")
    earlier = utcnow() - timedelta(minutes=5)
    await db.execute(update(WebSessie).values(laatst_gezien_op=earlier))
    await db.commit()

    await web.get("/")
    seen = (await db.execute(select(WebSessie.laatst_gezien_op))).scalar_one()
    await web.get("/")
    seen_again = (await db.execute(select(WebSessie.laatst_gezien_op))).scalar_one()

    assert seen > earlier + timedelta(minutes=4)
    assert seen_again == seen


async def test_a_tampered_cookie_opens_nothing(web: httpx.AsyncClient) -> None:
    await sign_in(web, "mt-arnhem")
    value = web.cookies["vpm_sessie"]
    web.cookies.set("vpm_sessie", value[:-2] + ("AA" if not value.endswith("AA") else "BB"))

    assert (await web.get("/")).status_code == 303


async def test_the_session_cookie_is_never_accepted_on_the_api(
    web: httpx.AsyncClient,
) -> None:
    await sign_in(web, "beheerder-arnhem")

    profile = await web.get("/api/v1/gebruikersprofiel")
    parties = await web.get("/api/v1/verbonden-partijen")
    write = await web.post(
        "/api/v1/verbonden-partijen",
        json={"naam": "Via de cookie", "vestigingsplaats": "Arnhem"},
        headers={"X-CSRF-Token": csrf_of((await web.get("/uitloggen")).text)},
    )

    assert profile.status_code == 401
    assert parties.status_code == 401
    assert write.status_code == 401

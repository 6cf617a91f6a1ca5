"""Every form that changes something carries the session's CSRF token; without it, 403."""

import httpx

from tests.web.pages import csrf_of, sign_in


async def test_a_form_without_the_csrf_token_is_refused_with_a_403_page(
    web: httpx.AsyncClient,
) -> None:
    await sign_in(web, "mt-arnhem")

    response = await web.post("/uitloggen", data={})

    assert response.status_code == 403
    assert response.headers["content-type"].startswith("text/html")
    assert "Dit mag u niet doen" in response.text
    assert (await web.get("/")).status_code == 200  # not signed out


async def test_another_sessions_token_is_refused(web: httpx.AsyncClient, web_app: object) -> None:
    await sign_in(web, "lezer-arnhem")
    other = csrf_of((await web.get("/uitloggen")).text)
    web.cookies.clear()
    await sign_in(web, "mt-arnhem")

    response = await web.post("/uitloggen", data={"csrf_token": other})

    assert response.status_code == 403


async def test_the_token_may_come_in_a_header(web: httpx.AsyncClient) -> None:
    await sign_in(web, "mt-arnhem")
    token = csrf_of((await web.get("/uitloggen")).text)

    response = await web.post("/uitloggen", headers={"X-CSRF-Token": token})

    assert response.status_code == 303


async def test_the_sign_in_form_needs_the_token_of_its_own_cookie(
    web: httpx.AsyncClient,
) -> None:
    page = await web.get("/inloggen")
    token = csrf_of(page.text)
    web.cookies.clear()  # a forged form posted from another site carries no such cookie

    response = await web.post(
        "/inloggen/demo", data={"csrf_token": token, "account": "demo-mt-arnhem"}
    )

    assert response.status_code == 403
    assert "vpm_sessie" not in response.cookies

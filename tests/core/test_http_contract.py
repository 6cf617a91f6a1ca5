"""The cross-cutting behaviour of API.md that every client relies on."""

import httpx
import pytest
from fastapi import FastAPI
from fastapi.routing import iter_route_contexts
from httpx import AsyncClient
from starlette.routing import compile_path

from app import __version__
from tests.auth_headers import BEHEERDER_ARNHEM, LEZER_ARNHEM
from tests.conftest import DemoIds

PROBLEM = "application/problem+json"


async def test_trailing_slash_is_404_not_a_redirect(client: AsyncClient) -> None:
    response = await client.get("/verbonden-partijen/", headers=BEHEERDER_ARNHEM)

    assert response.status_code == 404
    assert response.headers["content-type"] == PROBLEM


async def test_missing_token_is_401_with_bearer_challenge(client: AsyncClient) -> None:
    response = await client.get("/verbonden-partijen")

    assert response.status_code == 401
    assert response.headers["www-authenticate"] == 'Bearer realm="VP Monitor"'
    assert response.headers["content-type"] == PROBLEM


async def test_unknown_token_is_401(client: AsyncClient) -> None:
    response = await client.get(
        "/verbonden-partijen", headers={"Authorization": "Bearer vpm_not-a-token"}
    )

    assert response.status_code == 401


async def test_token_in_query_string_is_not_accepted(client: AsyncClient) -> None:
    response = await client.get("/verbonden-partijen?token=demo-beheerder-arnhem")

    assert response.status_code == 400
    assert [param["name"] for param in response.json()["invalidParams"]] == ["token"]


async def test_unknown_field_in_a_body_is_400(client: AsyncClient, demo: DemoIds) -> None:
    response = await client.patch(
        f"/verbonden-partijen/{demo.party('De Connectie')}",
        headers={**BEHEERDER_ARNHEM, "If-Match": '"1"'},
        json={"id": "00000000-0000-4000-8000-000000000000"},
    )

    assert response.status_code == 400
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["invalidParams"] == [
        {"name": "id", "reason": "Unknown field; it cannot be set."}
    ]


async def test_several_bad_fields_are_all_listed(client: AsyncClient) -> None:
    response = await client.post(
        "/verbonden-partijen",
        headers=BEHEERDER_ARNHEM,
        json={
            "naam": "",
            "vestigingsplaats": "Arnhem",
            "bbvCategorie": "kerkgenootschap",
            "rechtsvorm": "nv",
            "openbaarBelang": "x",
            "monitoringsniveau": 9,
        },
    )

    assert response.status_code == 400
    named = {param["name"] for param in response.json()["invalidParams"]}
    assert named == {"naam", "bbvCategorie", "monitoringsniveau"}


async def test_rule_violations_across_fields_are_all_listed(client: AsyncClient) -> None:
    response = await client.post(
        "/verbonden-partijen",
        headers=BEHEERDER_ARNHEM,
        json={
            "naam": "Werkbedrijf",
            "vestigingsplaats": "Arnhem",
            "bbvCategorie": "stichting_vereniging",
            "rechtsvorm": "nv",
            "openbaarBelang": "Werk",
            "begindatum": "2026-01-01",
            "einddatum": "2025-01-01",
        },
    )

    assert response.status_code == 400
    named = {param["name"] for param in response.json()["invalidParams"]}
    assert named == {"rechtsvorm", "einddatum"}


async def test_invalid_json_is_400(client: AsyncClient) -> None:
    response = await client.post(
        "/verbonden-partijen",
        headers={**BEHEERDER_ARNHEM, "Content-Type": "application/json"},
        content=b"{not json",
    )

    assert response.status_code == 400
    assert response.headers["content-type"] == PROBLEM


async def test_page_size_over_100_is_400(client: AsyncClient) -> None:
    response = await client.get("/verbonden-partijen?pageSize=101", headers=BEHEERDER_ARNHEM)

    assert response.status_code == 400
    assert response.json()["invalidParams"][0]["name"] == "pageSize"


async def test_wrong_method_is_405_problem(client: AsyncClient) -> None:
    response = await client.put("/verbonden-partijen", headers=BEHEERDER_ARNHEM, json={})

    assert response.status_code == 405
    assert response.headers["content-type"] == PROBLEM


async def test_wrong_method_lists_every_method_of_the_path_in_allow(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.put(
        f"/deelnames/{demo.party('De Connectie')}", headers=BEHEERDER_ARNHEM, json={}
    )

    assert response.status_code == 405
    assert response.headers["allow"] == "DELETE, GET, HEAD, PATCH"


@pytest.mark.parametrize("method", ["GET", "PATCH", "PUT", "DELETE"])
async def test_another_method_on_an_action_path_is_405_allowing_only_its_own(
    client: AsyncClient, method: str
) -> None:
    """`/aanbevelingen/{id}` takes UUIDs only, so it does not swallow `/aanbevelingen/_import`
    (schemathesis found PATCH answered 400 and the wrong `Allow`)."""
    response = await client.request(method, "/aanbevelingen/_import", headers=BEHEERDER_ARNHEM)

    assert response.status_code == 405
    assert response.headers["content-type"] == PROBLEM
    assert response.headers["allow"] == "POST"


def test_no_route_with_a_parameter_swallows_a_fixed_path(app: FastAPI) -> None:
    routes = [r for r in iter_route_contexts(app.routes) if r.path and r.methods]
    swallowed = [
        (fixed.path, route.path)
        for fixed in routes
        for route in routes
        if "{" in route.path
        and fixed.path != route.path
        and compile_path(route.path)[0].match(fixed.path)
    ]

    assert swallowed == []


async def test_body_over_the_limit_is_413(client: AsyncClient) -> None:
    too_large = b"x" * (5 * 1024 * 1024 + 1)
    response = await client.post(
        "/verbonden-partijen",
        headers={**BEHEERDER_ARNHEM, "Content-Type": "application/json"},
        content=too_large,
    )

    assert response.status_code == 413
    assert response.headers["content-type"] == PROBLEM


async def test_streamed_body_over_the_limit_is_413(client: AsyncClient) -> None:
    async def chunks():  # type: ignore[no-untyped-def]
        for _ in range(6):
            yield b"x" * (1024 * 1024)

    response = await client.post(
        "/verbonden-partijen",
        headers={**BEHEERDER_ARNHEM, "Content-Type": "application/json"},
        content=chunks(),
    )

    assert response.status_code == 413


@pytest.mark.parametrize(
    ("method", "path", "headers"),
    [
        ("GET", "/health", {}),
        ("GET", "/verbonden-partijen", BEHEERDER_ARNHEM),
        ("GET", "/verbonden-partijen", {}),
        ("POST", "/verbonden-partijen", LEZER_ARNHEM),
        ("GET", "/nergens", {}),
        ("GET", "/openapi.json", {}),
    ],
)
async def test_every_response_carries_api_version_and_security_headers(
    client: AsyncClient, method: str, path: str, headers: dict[str, str]
) -> None:
    response = await client.request(method, path, headers=headers, json={})

    assert response.headers["api-version"] == __version__
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["x-request-id"]


async def test_request_id_from_the_caller_is_echoed(client: AsyncClient) -> None:
    response = await client.get("/health", headers={"X-Request-ID": "trace-123"})

    assert response.headers["x-request-id"] == "trace-123"


async def test_collection_envelope_has_absolute_links(client: AsyncClient) -> None:
    first = await client.get("/verbonden-partijen?pageSize=2", headers=BEHEERDER_ARNHEM)
    body = first.json()

    assert body["aantal"] == 6
    assert len(body["resultaten"]) == 2
    assert body["_links"]["previous"] is None
    assert body["_links"]["next"].startswith("http://testserver/api/v1/verbonden-partijen?")
    assert "page=2" in body["_links"]["next"]
    last = await client.get("/verbonden-partijen?pageSize=4&page=2", headers=BEHEERDER_ARNHEM)
    assert last.json()["_links"]["next"] is None
    assert "page=1" in last.json()["_links"]["previous"]
    assert len(last.json()["resultaten"]) == 2


async def test_index_links_to_the_api(client: AsyncClient) -> None:
    response = await client.get("http://testserver/api/v1")

    assert response.status_code == 200
    assert response.json()["_links"]["openapi"].endswith("/api/v1/openapi.json")


async def test_site_root_sends_a_browser_to_the_sign_in_page(client: AsyncClient) -> None:
    response = await client.get("http://testserver/", follow_redirects=True)

    assert response.status_code == 200
    assert response.url.path == "/inloggen"
    assert "VP Monitor" in response.text


async def test_docs_are_served(client: AsyncClient) -> None:
    response = await client.get("/docs")

    assert response.status_code == 200
    assert "swagger" in response.text.lower()


async def test_health_reports_the_database(client: AsyncClient) -> None:
    response = await client.get("/health")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


async def test_openapi_document_follows_the_nl_rules(client: AsyncClient) -> None:
    document = (await client.get("/openapi.json")).json()

    assert document["openapi"].startswith("3.")
    assert document["info"]["version"] == __version__
    assert set(document["info"]["contact"]) >= {"name", "url", "email"}
    assert document["servers"][0]["url"] == "/api/v1"
    for path, item in document["paths"].items():
        assert not path.endswith("/") or path == "/"
        for method, operation in item.items():
            for status, response in operation["responses"].items():
                if status.startswith(("2", "3")):
                    assert "API-Version" in response["headers"], (method, path, status)
                else:
                    assert list(response["content"]) == [PROBLEM], (method, path, status)


async def test_an_http_client_gets_json_problem_for_an_unexpected_error(
    app: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.verbonden_partijen import service

    async def explode(*_: object, **__: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(service, "list_parties", explode)
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with AsyncClient(transport=transport, base_url="http://testserver/api/v1") as http:
        response = await http.get("/verbonden-partijen", headers=BEHEERDER_ARNHEM)

    assert response.status_code == 500
    assert response.headers["content-type"] == PROBLEM
    assert response.headers["api-version"] == __version__
    assert "boom" not in response.text


async def test_an_unknown_query_parameter_is_400_naming_it(client: AsyncClient) -> None:
    response = await client.get(
        "/verbonden-partijen?zoek=Connectie&foo=bar&foo=baz&pageSize=5", headers=BEHEERDER_ARNHEM
    )

    assert response.status_code == 400
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["invalidParams"] == [
        {"name": "foo", "reason": "Unknown query parameter; this operation does not take it."}
    ]


async def test_declared_query_parameters_of_dependencies_are_known(
    client: AsyncClient, demo: DemoIds
) -> None:
    response = await client.get(
        "/dashboard?formaat=csv&scheidingsteken=puntkomma", headers=BEHEERDER_ARNHEM
    )

    assert response.status_code == 200


async def test_csv_excluded_with_q_0_is_never_served(client: AsyncClient) -> None:
    response = await client.get(
        "/dashboard", headers={**BEHEERDER_ARNHEM, "Accept": "text/*, text/csv;q=0"}
    )

    assert response.status_code == 406
    assert response.headers["content-type"] == PROBLEM

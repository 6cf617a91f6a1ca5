"""Clients find the sign-in: the 401 challenge and RFC 9728 protected resource metadata."""

from httpx import AsyncClient

from tests.oidc.fixtures import Realm

METADATA = "http://testserver/.well-known/oauth-protected-resource"


async def test_a_401_names_the_metadata_and_the_issuers_authorization_endpoint(
    api: AsyncClient, realm: Realm
) -> None:
    response = await api.get("/verbonden-partijen")

    challenge = response.headers["www-authenticate"]
    assert response.status_code == 401
    assert challenge.startswith('Bearer realm="VP Monitor"')
    assert f'resource_metadata="{METADATA}"' in challenge
    assert f'authorization_uri="{realm.issuer}/authorize"' in challenge


async def test_the_protected_resource_metadata_lists_the_trusted_issuers(
    api: AsyncClient, realm: Realm
) -> None:
    response = await api.get(METADATA)
    for_the_api = await api.get(METADATA + "/api/v1")

    assert response.status_code == 200
    assert response.json()["authorization_servers"] == [realm.issuer]
    assert response.json()["bearer_methods_supported"] == ["header"]
    assert for_the_api.json()["resource"] == "http://testserver/api/v1"


async def test_without_an_issuer_the_challenge_names_only_the_realm(client: AsyncClient) -> None:
    response = await client.get("/verbonden-partijen")
    metadata = await client.get(METADATA)

    assert response.headers["www-authenticate"] == 'Bearer realm="VP Monitor"'
    assert metadata.json()["authorization_servers"] == []

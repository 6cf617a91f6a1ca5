"""Tokens the API refuses, each with a 401 problem and an `invalid_token` challenge."""

import base64
import hashlib
import hmac
import json
import secrets
import time

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from fastapi import FastAPI
from httpx import AsyncClient
from jwt import PyJWK

from tests.oidc.conftest import bearer
from tests.oidc.fixtures import API_AUDIENCE, Provider, Realm


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def forged(header: dict[str, object], claims: dict[str, object], key: bytes = b"") -> str:
    """A token as an attacker writes it, signed (or not) by hand."""
    signing_input = f"{b64(json.dumps(header).encode())}.{b64(json.dumps(claims).encode())}"
    signature = hmac.new(key, signing_input.encode(), hashlib.sha256).digest() if key else b""
    return f"{signing_input}.{b64(signature)}"


def valid_claims(realm: Realm, sub: str) -> dict[str, object]:
    now = int(time.time())
    return {"iss": realm.issuer, "sub": sub, "aud": API_AUDIENCE, "iat": now, "exp": now + 600}


async def refused(api: AsyncClient, token: str, reason: str) -> None:
    response = await api.get("/gebruikersprofiel", headers=bearer(token))
    assert response.status_code == 401, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert 'error="invalid_token"' in response.headers["www-authenticate"]
    assert reason in response.json()["detail"]


@pytest.fixture
def sub(realm: Realm) -> str:
    return realm.person("p-100", "beheerder-arnhem@demo.example")


async def test_a_token_of_an_untrusted_issuer_is_refused(
    api: AsyncClient, oidc_provider: Provider, sub: str
) -> None:
    elsewhere = oidc_provider.realm()
    elsewhere.person(sub, "beheerder-arnhem@demo.example")

    await refused(api, elsewhere.access_token(sub), "issuer is not trusted")


async def test_a_token_for_another_audience_is_refused(
    api: AsyncClient, realm: Realm, sub: str
) -> None:
    await refused(api, realm.access_token(sub, aud="api://iets-anders"), "another audience")


async def test_an_expired_token_is_refused(api: AsyncClient, realm: Realm, sub: str) -> None:
    now = int(time.time())
    await refused(api, realm.access_token(sub, exp=now - 61, iat=now - 700), "expired")


async def test_a_token_not_valid_yet_is_refused(api: AsyncClient, realm: Realm, sub: str) -> None:
    await refused(api, realm.access_token(sub, nbf=int(time.time()) + 120), "not valid yet")


async def test_a_token_issued_in_the_future_is_refused(
    api: AsyncClient, realm: Realm, sub: str
) -> None:
    await refused(api, realm.access_token(sub, iat=int(time.time()) + 120), "not valid yet")


async def test_a_token_without_an_expiry_is_refused(
    api: AsyncClient, realm: Realm, sub: str
) -> None:
    await refused(api, realm.access_token(sub, exp=None), '"exp"')


async def test_an_unsigned_token_alg_none_is_refused(
    api: AsyncClient, realm: Realm, sub: str
) -> None:
    await refused(api, forged({"alg": "none"}, valid_claims(realm, sub)), "'none'")


async def test_hs256_signed_with_the_issuers_public_key_is_refused(
    api: AsyncClient, realm: Realm, sub: str
) -> None:
    kid = realm.rotate_keys(keep_old=True)
    published = PyJWK(await _jwk(realm, kid)).key
    pem = published.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    token = forged({"alg": "HS256", "kid": kid}, valid_claims(realm, sub), key=pem)

    await refused(api, token, "'HS256' is not accepted")


async def test_a_token_signed_with_an_unpublished_key_is_refused(
    api: AsyncClient, realm: Realm, sub: str
) -> None:
    token = realm.access_token(sub, header={"kid": "niet-gepubliceerd"})

    await refused(api, token, "key its issuer does not publish")


async def test_a_tampered_token_is_refused(api: AsyncClient, realm: Realm, sub: str) -> None:
    token = realm.access_token(sub)
    head, _, signature = token.split(".")
    claims = {**valid_claims(realm, sub), "sub": "iemand-anders"}

    await refused(api, f"{head}.{b64(json.dumps(claims).encode())}.{signature}", "signature")


async def test_a_flood_of_unknown_kids_fetches_the_keys_at_most_once(
    api: AsyncClient, realm: Realm, sub: str
) -> None:
    assert (await api.get("/gebruikersprofiel", headers=bearer(realm.access_token(sub)))).is_success
    fetched = realm.key_fetches()

    for _ in range(20):
        token = realm.access_token(sub, header={"kid": secrets.token_hex(8)})
        assert (await api.get("/gebruikersprofiel", headers=bearer(token))).status_code == 401

    assert realm.key_fetches() - fetched <= 1


async def test_a_key_rotation_is_picked_up_without_a_restart(
    api: AsyncClient, oidc_app: FastAPI, realm: Realm, sub: str
) -> None:
    clock = FakeClock()
    oidc_app.state.oidc.metadata.clock = clock
    before = await api.get("/gebruikersprofiel", headers=bearer(realm.access_token(sub)))
    realm.rotate_keys()
    rotated = realm.access_token(sub)

    too_soon = await api.get("/gebruikersprofiel", headers=bearer(rotated))
    clock.advance(oidc_app.state.settings.oidc_jwks_refresh_seconds + 1)
    after = await api.get("/gebruikersprofiel", headers=bearer(rotated))

    assert before.status_code == 200
    assert too_soon.status_code == 401  # a refetch a moment after the last one is refused
    assert after.status_code == 200, after.text


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


async def _jwk(realm: Realm, kid: str) -> dict[str, object]:
    """The public key as the provider publishes it (read from its JWKS)."""
    async with httpx.AsyncClient() as http:
        keys = (await http.get(f"{realm.issuer}/jwks")).json()["keys"]
    return next(key for key in keys if key["kid"] == kid)

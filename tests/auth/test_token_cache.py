"""The per-worker token memory (app/auth/token_cache.py), without a database."""

import uuid
from datetime import UTC, datetime, timedelta

from app.auth import token_cache
from app.auth.principal import Principal
from app.auth.roles import Rol

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
PRINCIPAL = Principal(uuid.uuid4(), "Lezer", Rol.LEZER, uuid.uuid4())


def test_a_cached_token_is_refused_once_it_expires() -> None:
    cache = token_cache.TokenCache(60)
    cache.put("h", PRINCIPAL, NOW + timedelta(seconds=1), token_cache.generation())

    assert cache.get("h", NOW) == PRINCIPAL
    assert cache.get("h", NOW + timedelta(seconds=1)) is None


def test_an_auth_change_in_this_process_empties_the_token_cache() -> None:
    cache = token_cache.TokenCache(60)
    cache.put("h", PRINCIPAL, NOW + timedelta(days=1), token_cache.generation())

    token_cache.invalidate_all()

    assert cache.get("h", NOW) is None


def test_a_lookup_that_raced_a_revoke_is_not_remembered() -> None:
    cache = token_cache.TokenCache(60)
    before_query = token_cache.generation()
    token_cache.invalidate_all()  # a revoke committed while the lookup ran
    cache.put("h", PRINCIPAL, NOW + timedelta(days=1), before_query)

    assert cache.get("h", NOW) is None


def test_a_zero_ttl_token_cache_remembers_nothing() -> None:
    cache = token_cache.TokenCache(0)
    cache.put("h", PRINCIPAL, NOW + timedelta(days=1), token_cache.generation())

    assert cache.get("h", NOW) is None

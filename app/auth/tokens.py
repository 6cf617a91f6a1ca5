"""Bearer token secrets: random, shown once, stored as a SHA-256 hash."""

import hashlib
import secrets

TOKEN_PREFIX = "vpm_"  # noqa: S105 - a marker, not a secret


def new_secret() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def hash_secret(secret: str) -> str:
    """SHA-256 suffices: the secrets carry 256 bits of entropy, so there is nothing to guess."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def display_prefix(secret: str) -> str:
    """The start of a secret, to recognise a token in a list without revealing it."""
    return secret[:8]

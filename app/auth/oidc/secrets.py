"""Client secrets of issuers registered with the CLI, encrypted at rest (docs/security.md).

Fernet (AES-128-CBC with HMAC-SHA256, from `cryptography`) with the keys of
`VPM_OIDC_ENCRYPTION_KEYS`: the first key encrypts, every key decrypts, so a key is replaced
by putting the new one first and re-registering (or keeping) the issuers."""

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from pydantic import SecretStr


class SecretKeyMissing(Exception):
    """No (valid) encryption key is configured for the client secrets."""


def new_key() -> str:
    return Fernet.generate_key().decode("ascii")


def _fernet(keys: SecretStr | None) -> MultiFernet:
    names = [key.strip() for key in (keys.get_secret_value() if keys else "").split(",")]
    try:
        return MultiFernet([Fernet(key) for key in names if key])
    except ValueError as error:  # a malformed key, or none at all
        raise SecretKeyMissing(
            "Set VPM_OIDC_ENCRYPTION_KEYS to a Fernet key (`vpmonitor oidc generate-key`)."
        ) from error


def encrypt(secret: str, keys: SecretStr | None) -> str:
    return _fernet(keys).encrypt(secret.encode("utf-8")).decode("ascii")


def decrypt(stored: str, keys: SecretStr | None) -> str:
    try:
        return _fernet(keys).decrypt(stored.encode("ascii")).decode("utf-8")
    except InvalidToken as error:
        raise SecretKeyMissing(
            "The client secret cannot be decrypted with VPM_OIDC_ENCRYPTION_KEYS."
        ) from error

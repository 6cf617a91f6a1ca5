"""Settings: the one place that reads the environment (prefix VPM_)."""

import ipaddress
from functools import lru_cache
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DRIVERS = {
    "postgresql://": "postgresql+asyncpg://",
    "postgres://": "postgresql+asyncpg://",
    "sqlite://": "sqlite+aiosqlite://",
}


def with_async_driver(url: str) -> str:
    """Accept the plain URLs people copy from elsewhere and use the async driver for them."""
    for plain, async_prefix in DRIVERS.items():
        if url.startswith(plain):
            return async_prefix + url.removeprefix(plain)
    return url


LOOPBACK_NAMES = frozenset({"localhost"})


def is_loopback(host: str) -> bool:
    """A name or address of this machine (`localhost`, 127.0.0.0/8, ::1)."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def require_secure_url(url: str) -> str:
    """`https`, or `http` on a loopback address (tests and development); else ValueError.
    Here, at the bottom of the imports, because settings check their URLs with it too."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if not host or parts.username or parts.password:
        raise ValueError(f"{url!r} is not an absolute URL without credentials")
    if parts.scheme == "https" or (parts.scheme == "http" and is_loopback(host)):
        return url
    raise ValueError(f"{url!r} must use https (http only on a loopback address)")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="VPM_", env_file=".env", extra="ignore")

    database_url: SecretStr = SecretStr("sqlite+aiosqlite:///./vpmonitor.db")
    # Connections kept open per worker. Overflow connections are opened and closed per use,
    # which under steady load is a TCP connect (and an SSL attempt, and every statement
    # prepared again) per request: keep the pool at least as large as the usual number of
    # requests in flight. 30 and no overflow: the same 30 connections at most as 20 + 10,
    # without the churn (bench/README.md, 32 clients: the overview while writing 3.4 → 4.3 %
    # of the baseline, the authenticated floor's p99 145 → 79 ms).
    db_pool_size: int = Field(default=30, ge=1)
    db_max_overflow: int = Field(default=0, ge=0)
    db_pool_timeout_seconds: float = Field(default=5.0, gt=0)
    # Connections older than this are replaced on checkout (no pre-ping; app/core/db.py).
    db_pool_recycle_seconds: int = Field(default=1800, ge=-1)
    db_connect_timeout_seconds: float = Field(default=3.0, gt=0)
    db_statement_timeout_ms: int = Field(default=15_000, ge=100)
    sqlite_busy_timeout_ms: int = Field(default=5_000, ge=0)

    max_body_bytes: int = Field(default=5 * 1024 * 1024, ge=1024)
    max_upload_bytes: int = Field(default=2 * 1024 * 1024, ge=1024)
    max_upload_rows: int = Field(default=2_000, ge=10)
    # A dossier document's file (app/dossier/): larger is 413. Its upload routes take bodies
    # this large (plus the multipart framing) whatever `max_body_bytes` says.
    dossier_max_bytes: int = Field(default=20 * 1024 * 1024, ge=1024)
    # The wall time one upload may take to parse (app/core/uploads/); over it, 400.
    upload_parse_seconds: float = Field(default=10.0, gt=0)
    # Request headers: at most this many bytes in all and this many fields; over, 431
    # (app/core/header_limits.py; `vpmonitor serve` also stops reading such a request).
    max_header_bytes: int = Field(default=32 * 1024, ge=1024)
    max_header_count: int = Field(default=100, ge=10)
    cors_origins: list[str] = Field(default_factory=list)
    retry_after_seconds: int = Field(default=5, ge=1)
    partner_push_limit: int = Field(
        default=120, ge=1, description="Partner pushes per token per rate-limit window."
    )
    rate_limit_window_seconds: int = Field(default=60, ge=1)

    # The dashboard overview is kept per worker while the data versions show no write on it,
    # at most this long (app/dashboard/cache.py); 0 computes it on every request.
    dashboard_cache_seconds: float = Field(default=300.0, ge=0)

    # A token's principal is remembered per worker this long (app/auth/token_cache.py); a
    # revoke in the same worker is seen at once, in another worker within this time.
    token_cache_seconds: float = Field(default=5.0, ge=0)

    token_lifetime_days: int = Field(default=90, ge=1)
    token_max_lifetime_days: int = Field(default=366, ge=1)

    # The proxies whose X-Forwarded-For/-Proto uvicorn trusts (client address, https): a
    # comma-separated list of addresses or networks, `*` for any (only behind a proxy that
    # every request passes). uvicorn's own FORWARDED_ALLOW_IPS is not read: this is.
    forwarded_allow_ips: str = "127.0.0.1"

    log_format: Literal["console", "json"] = "console"
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    # The service's public base URL (e.g. https://vpmonitor.example.nl): absolute links in
    # responses, mails and events are built from it, never from the request's Host header.
    public_url: str | None = None
    # Without public_url, the hosts (the Host header, port aside) this service answers to;
    # any other gets 400, so no client chooses the host in a link. Comma-separated.
    allowed_hosts: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["127.0.0.1", "localhost"]
    )

    # Notifications (app/meldingen/, docs/meldingen.md). The organisation's OIN makes the
    # CloudEvents `source` a URN (NL GOV profile); without it the public URL is the source.
    oin: str | None = None
    # Hosts a webhook may reach although they resolve to a private or loopback address, also
    # over plain http (internal receivers, tests): comma-separated, e.g. `hooks.intern,127.0.0.1`.
    webhook_allowed_hosts: Annotated[list[str], NoDecode] = Field(default_factory=list)
    webhook_timeout_seconds: float = Field(default=10.0, gt=0)
    # Mail to people; without a host no mail is sent (logged once).
    smtp_host: str | None = None
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_from: str = "VP Monitor <vpmonitor@example.org>"
    smtp_starttls: bool = True
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_timeout_seconds: float = Field(default=30.0, gt=0)
    # The delivery worker: `vpmonitor worker`, or inside `vpmonitor serve` (`serve_worker`,
    # or `serve --no-worker`), which sets `worker_in_process` for the app it serves.
    serve_worker: bool = True
    worker_in_process: bool = False
    worker_poll_seconds: float = Field(default=5.0, gt=0)
    worker_batch_size: int = Field(default=50, ge=1, le=1000)
    # A claimed delivery not marked within this time (a crashed worker) is taken again.
    worker_claim_seconds: int = Field(default=300, ge=5)
    # Scheduled checks run at most this often; the daily digest is sent from this hour on.
    worker_checks_seconds: float = Field(default=900.0, gt=0)
    digest_hour: int = Field(default=7, ge=0, le=23)
    # The web pages' browser session (app/web/session/). The cookie is signed with this
    # secret; unset, each process makes a random one (fine for one process: `vpmonitor serve`
    # shares one among its workers; with any other multi-process setup set it, or a session
    # signed by one worker is refused by the next). Sessions end after the lifetime, or after
    # the idle time without a page request.
    session_secret: SecretStr | None = None
    session_lifetime_hours: float = Field(default=10.0, gt=0, le=24 * 31)
    session_idle_minutes: float = Field(default=30.0, gt=0)
    # The demo sign-in of /inloggen: a button per demo account (`vpmonitor demo`). Off by
    # default; `make run` turns it on, and the service warns at start while it is on.
    demo_aanmelden: bool = False
    # Sign-on with the municipality's identity provider (OIDC; app/auth/oidc/, docs/aanmelden.md).
    # One issuer by settings; more (a shared national service) with `vpmonitor oidc add`.
    oidc_issuer: str | None = None
    oidc_client_id: str | None = None
    oidc_client_secret: SecretStr | None = None
    oidc_audience: str | None = None  # the `aud` of API access tokens; default: the client id
    oidc_organisatie: str | None = None  # CBS code of the municipality its users belong to
    # Fernet keys (comma-separated, the first encrypts) for the client secrets of issuers
    # registered with the CLI; `vpmonitor oidc generate-key` makes one.
    oidc_encryption_keys: SecretStr | None = None
    oidc_scopes: str = "openid email profile"
    oidc_http_timeout_seconds: float = Field(default=5.0, gt=0)
    # An unknown `kid` refetches the issuer's keys at most once per this many seconds.
    oidc_jwks_refresh_seconds: float = Field(default=60.0, ge=0)
    # Discovery documents and keys are fetched again after this long in any case.
    oidc_metadata_max_age_seconds: float = Field(default=3600.0, gt=0)
    # A browser sign-in must come back from the identity provider within this time.
    oidc_sign_in_seconds: int = Field(default=600, ge=30)

    # `GET /metrics` (Prometheus) answers callers that send this bearer token; unset, 404.
    metrics_token: SecretStr | None = None

    contact_name: str = "VP Monitor"
    contact_url: str = "https://github.com/vpmonitor/vpmonitor"
    contact_email: str = "vpmonitor@example.org"

    @field_validator("database_url", mode="before")
    @classmethod
    def _async_driver(cls, value: object) -> object:
        return with_async_driver(value) if isinstance(value, str) else value

    @field_validator("webhook_allowed_hosts", "allowed_hosts", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            return [item.strip() for item in value.split(",") if item.strip()]
        return value

    @field_validator("oidc_issuer")
    @classmethod
    def _issuer_over_https(cls, value: str | None) -> str | None:
        return require_secure_url(value) if value else None

    @property
    def database_url_plain(self) -> str:
        return self.database_url.get_secret_value()

    @property
    def is_sqlite(self) -> bool:
        return self.database_url_plain.startswith("sqlite")


@lru_cache
def get_settings() -> Settings:
    return Settings()

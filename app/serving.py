"""`vpmonitor serve`: uvicorn with one session secret for all workers, and the addresses of
the pages and the API documentation printed once the server listens."""

import os
import secrets

import typer
import uvicorn

from app.config import Settings, get_settings
from app.core.bounded_http import BoundedHttpToolsProtocol
from app.web import urls

APP = "app.main:create_app"


class AnnouncingServer(uvicorn.Server):
    """A uvicorn server that says where to go, after uvicorn's own start-up lines."""

    def __init__(self, config: uvicorn.Config, announcement: str) -> None:
        super().__init__(config)
        self.announcement = announcement

    async def startup(self, sockets: list[object] | None = None) -> None:  # type: ignore[override]
        await super().startup(sockets)  # type: ignore[arg-type]
        if self.started:
            typer.echo(self.announcement)


def announcement(settings: Settings, host: str, port: int) -> str:
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host  # noqa: S104 - a display name
    base = settings.public_url or f"http://{shown}:{port}"
    return (
        "\nVP Monitor is ready.\n"
        f"  Pages (sign in):    {urls.overzicht(base)}\n"
        f"  API documentation:  {urls.api_docs(base)}\n"
    )


def share_session_secret(settings: Settings) -> None:
    """Without VPM_SESSION_SECRET each worker would sign cookies with its own random secret
    and refuse the others'; one random secret in the environment serves them all (until the
    server stops: a restart signs everyone out)."""
    if settings.session_secret is None:
        os.environ["VPM_SESSION_SECRET"] = secrets.token_urlsafe(32)
        get_settings.cache_clear()  # this process's workers read the settings afresh
        typer.echo("VPM_SESSION_SECRET is not set: sessions end when this server stops.")


def run(settings: Settings, host: str, port: int, workers: int, reload: bool) -> None:
    share_session_secret(settings)
    text = announcement(settings, host, port)
    if workers > 1 or reload:
        typer.echo(text)
        uvicorn.run(
            APP,
            factory=True,
            host=host,
            port=port,
            workers=workers,
            reload=reload,
            access_log=False,
            proxy_headers=True,
            http=BoundedHttpToolsProtocol,
        )
        return
    config = uvicorn.Config(
        APP,
        factory=True,
        host=host,
        port=port,
        access_log=False,
        proxy_headers=True,
        http=BoundedHttpToolsProtocol,
    )
    AnnouncingServer(config, text).run()

"""The app with one extra route behind `PartnerPushRateLimit`, to test the limit through HTTP
before the partner push route itself exists (uvicorn can serve it: `--factory`)."""

from fastapi import FastAPI, status

from app.auth.rate_limits import PartnerPushRateLimit
from app.config import Settings
from app.main import create_app

PROBE_PATH = "/api/v1/_proef-push"


def create_app_with_probe(settings: Settings | None = None) -> FastAPI:
    app = create_app(settings)

    @app.post(PROBE_PATH, status_code=status.HTTP_204_NO_CONTENT, include_in_schema=False)
    async def proef_push(_: PartnerPushRateLimit) -> None:
        """Does nothing but count against the partner push limit."""

    return app

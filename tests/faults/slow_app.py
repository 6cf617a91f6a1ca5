"""The app with one extra route that runs a slow query, to show that the statement timeout
cuts every query off (no route of the app itself is slow on purpose)."""

from fastapi import FastAPI
from sqlalchemy import text

from app.config import Settings
from app.core.db import DbSession
from app.main import create_app

SLOW_PATH = "/api/v1/_traag"


def create_app_with_slow_query(settings: Settings | None = None) -> FastAPI:
    app = create_app(settings)

    @app.get(SLOW_PATH, include_in_schema=False)
    async def traag(session: DbSession, seconds: float = 30) -> dict[str, str]:
        await session.execute(text("SELECT pg_sleep(:seconds)"), {"seconds": seconds})
        return {"status": "klaar"}

    return app

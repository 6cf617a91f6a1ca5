"""The benchmark's baseline: a FastAPI endpoint that reads one row with raw asyncpg.

Served exactly like the real app (same uvicorn options and worker count), against the same
database, so the ratio of the two shows what the dashboard costs beyond FastAPI and one
round trip. `BASELINE_DSN` names the database.
"""

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
from fastapi import FastAPI, HTTPException, Request


def create_app() -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.pool = await asyncpg.create_pool(
            os.environ["BASELINE_DSN"], min_size=10, max_size=20
        )
        try:
            yield
        finally:
            await app.state.pool.close()

    app = FastAPI(lifespan=lifespan)

    @app.get("/baseline/{code}")
    async def one_row(code: str, request: Request) -> dict[str, str]:
        async with request.app.state.pool.acquire() as connection:
            row = await connection.fetchrow(
                "SELECT id, naam FROM organisaties WHERE cbs_code = $1", code
            )
        if row is None:
            raise HTTPException(404)
        return {"id": str(row["id"]), "naam": row["naam"]}

    return app

"""Running the worker: in the app's process (`vpmonitor serve`) or on its own
(`vpmonitor worker`), stopped cleanly either way."""

import asyncio
import signal
from typing import Any

import structlog
from fastapi import FastAPI

from app.config import Settings
from app.core.db import create_engine, create_sessionmaker
from app.meldingen.worker import Worker

log = structlog.get_logger("app.meldingen.runner")


class RunningWorker:
    def __init__(self, worker: Worker) -> None:
        self.worker = worker
        self.stopping = asyncio.Event()
        self.task: asyncio.Task[None] = asyncio.create_task(worker.run_forever(self.stopping))

    async def stop(self) -> None:
        self.stopping.set()
        await self.task
        await self.worker.aclose()


async def start_worker(app: FastAPI) -> RunningWorker:
    """A worker beside the API in this process, on the app's own connection pool."""
    log.info("worker_in_process")
    return RunningWorker(Worker(app.state.sessionmaker, app.state.settings))


async def run_standalone(settings: Settings, **worker_options: Any) -> None:
    """`vpmonitor worker`: until SIGINT or SIGTERM, then finish the round and stop."""
    engine = create_engine(settings)
    running = RunningWorker(Worker(create_sessionmaker(engine), settings, **worker_options))
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, running.stopping.set)
    try:
        await running.task
    finally:
        await running.worker.aclose()
        await engine.dispose()

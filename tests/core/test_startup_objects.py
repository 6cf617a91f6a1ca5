"""What start-up made is frozen out of the garbage collector's sight, once per process."""

import gc

from fastapi import FastAPI

from app.core.startup_objects import freeze_once


def test_a_started_app_has_frozen_the_start_up_objects(app: FastAPI) -> None:
    assert app.state.engine is not None  # started
    assert gc.get_freeze_count() > 10_000


def test_freezing_again_in_the_same_process_freezes_nothing_more() -> None:
    freeze_once()
    frozen = gc.get_freeze_count()
    garbage_to_be = [object() for _ in range(1_000)]

    freeze_once()

    assert gc.get_freeze_count() == frozen
    assert garbage_to_be

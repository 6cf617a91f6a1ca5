"""Every write operation of the API with a scenario that performs it.

Each domain adds a module here with a `SCENARIOS` dict keyed by (method, route path); the
audit test checks that every write route has one, so a new endpoint cannot skip the trail.
"""

import importlib
import pkgutil

from tests.audit.scenarios.base import Scenario


def all_scenarios() -> dict[tuple[str, str], Scenario]:
    scenarios: dict[tuple[str, str], Scenario] = {}
    for module_info in pkgutil.iter_modules(__path__):
        if module_info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        scenarios.update(module.SCENARIOS)
    return scenarios

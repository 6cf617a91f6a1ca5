"""The access matrix: one module per domain, each with `ROWS`, `RESOLVERS` and `PLANTERS`.

A domain adds `tests/security/matrix/<domain>.py` with a row per operationId it adds, a
resolver per new path parameter name, and planters for its private data (values that only
some callers may ever see). `test_access_matrix.py` walks every operation of the OpenAPI
document; an operation without a row fails it.
"""

import functools
import importlib
import pkgutil
from dataclasses import dataclass, field

from tests.security.matrix.base import Planter, Resolver, Row


@dataclass
class Matrix:
    rows: dict[str, Row] = field(default_factory=dict)
    resolvers: dict[str, Resolver] = field(default_factory=dict)
    planters: list[Planter] = field(default_factory=list)

    def resolver(self, operation_id: str, name: str) -> Resolver | None:
        """The resolver of path or query parameter `name` of an operation: its row's own,
        else the one of that name."""
        row = self.rows.get(operation_id)
        own = row.resolvers.get(name) if row else None
        return own or self.resolvers.get(name)


@functools.cache
def load_matrix() -> Matrix:
    matrix = Matrix()
    for module_info in pkgutil.iter_modules(__path__):
        if module_info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        twice = matrix.rows.keys() & module.ROWS.keys()
        assert not twice, f"rows defined twice: {sorted(twice)}"
        matrix.rows.update(module.ROWS)
        matrix.resolvers.update(getattr(module, "RESOLVERS", {}))
        matrix.planters.extend(getattr(module, "PLANTERS", []))
    return matrix

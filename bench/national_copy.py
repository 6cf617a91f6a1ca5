"""COPY for the benchmark's data: rows buffered per table, defaults completed from the
models' metadata, written with asyncpg `copy_records_to_table`."""

import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from typing import Any

import asyncpg
from sqlalchemy import Table

import app.models  # noqa: F401 - registers every table on the metadata
from app.core.db import Base

NOW = datetime.now(UTC)
TABLES = Base.metadata.tables
PERIOD_COLUMNS = {"aangemaakt_op", "gewijzigd_op", "tijdstip"}


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict | list):
        return json.dumps(value)
    return value


@dataclass
class Copier:
    """Buffers rows per table and writes them with COPY, completing defaults."""

    connection: asyncpg.Connection
    rows: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, table_name: str, **values: Any) -> uuid.UUID:
        table: Table = TABLES[table_name]
        if "id" in table.columns and "id" not in values:
            values["id"] = uuid.uuid4()
        self.rows.setdefault(table_name, []).append(
            tuple(_encode(self._value(column, values)) for column in table.columns)
        )
        return values.get("id")  # type: ignore[return-value]

    @staticmethod
    def _value(column: Any, values: dict[str, Any]) -> Any:
        if column.name in values:
            return values[column.name]
        if column.name == "versie":
            return 1
        if column.name in PERIOD_COLUMNS:
            return NOW
        if column.name == "rapportagetermijn_dagen":
            return 30
        if column.nullable:
            return None
        if column.default is not None and column.default.is_scalar:
            return column.default.arg
        raise ValueError(f"{column.table.name}.{column.name} needs a value")

    async def flush(self, table_name: str) -> None:
        rows = self.rows.pop(table_name, [])
        if not rows:
            return
        columns = [column.name for column in TABLES[table_name].columns]
        await self.connection.copy_records_to_table(table_name, records=rows, columns=columns)
        self.counts[table_name] = self.counts.get(table_name, 0) + len(rows)

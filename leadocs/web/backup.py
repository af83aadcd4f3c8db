"""Backup and restore of every record of the web desk as one JSON file.

``dump`` writes every row of every table (ids, versions, password hashes and
the session key included) atomically; ``load`` puts them into an empty database
(SQLite or PostgreSQL, whichever the file came from) in one transaction, so a
restore either happens whole or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from leadocs.errors import DataError, OutputError, UsageError
from leadocs.outputs import write_atomic
from leadocs.web.database import Database
from leadocs.web.schema import Base

__all__ = ["FORMAT", "dump", "load", "snapshot"]

FORMAT = "leadocs-web-backup/1"


def snapshot(db: Database) -> dict[str, Any]:
    """Every row of every table, as JSON-ready data, ordered by primary key."""
    tables: dict[str, list[dict[str, Any]]] = {}
    with db.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            order = list(table.primary_key.columns)
            rows = connection.execute(sa.select(table).order_by(*order)).mappings()
            tables[table.name] = [
                {key: _json_value(value) for key, value in row.items()} for row in rows
            ]
    return {"format": FORMAT, "tables": tables}


def dump(db: Database, target: Path, *, force: bool = False) -> dict[str, int]:
    """Write the backup to ``target``; return the number of rows per table."""
    data = snapshot(db)
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    write_atomic(target, text.encode("utf-8"), force=force)
    return {name: len(rows) for name, rows in data["tables"].items()}


def load(db: Database, source: Path) -> dict[str, int]:
    """Restore a backup into ``db``, which must hold no records yet.

    Raises:
        DataError: the file is not a backup of the web desk.
        UsageError: the database already has records.
    """
    data = _read(source)
    counts: dict[str, int] = {}
    with db.engine.begin() as connection:
        for table in Base.metadata.sorted_tables:
            if connection.execute(sa.select(sa.func.count()).select_from(table)).scalar():
                raise UsageError(
                    f"{db.url}: the table '{table.name}' already has records; "
                    "a backup is loaded into an empty database only",
                    hint="give a new --db, or dump this one first",
                )
        for table in Base.metadata.sorted_tables:
            rows = [_row(table, row) for row in data["tables"].get(table.name, [])]
            if rows:
                connection.execute(table.insert(), rows)
            counts[table.name] = len(rows)
        if connection.dialect.name == "postgresql":
            _reset_sequences(connection)
    return counts


def _read(source: Path) -> dict[str, Any]:
    try:
        data = json.loads(source.read_text("utf-8"))
    except OSError as exc:
        raise OutputError(f"{source}: cannot read the backup: {exc.strerror}") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise DataError.single(source, f"not a JSON backup: {exc}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DataError.single(source, f"not a leadocs web backup (expected format {FORMAT})")
    return data


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.datetime) else value


def _row(table: sa.Table, row: dict[str, Any]) -> dict[str, Any]:
    values = {}
    for column in table.columns:
        value = row.get(column.name)
        if isinstance(column.type, sa.DateTime) and isinstance(value, str):
            value = dt.datetime.fromisoformat(value)
        values[column.name] = value
    return values


def _reset_sequences(connection: sa.Connection) -> None:
    # Rows came with their ids; new rows must continue after them.
    for table in Base.metadata.sorted_tables:
        key = list(table.primary_key.columns)[0]
        if isinstance(key.type, sa.Integer):
            connection.execute(
                sa.text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{key.name}'), "
                    f"COALESCE((SELECT MAX({key.name}) FROM {table.name}), 0) + 1, false)"
                )
            )

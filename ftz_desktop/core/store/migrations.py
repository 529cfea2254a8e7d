"""Upgrading a workspace written by an older version, one schema step at a time, in one transaction.

``MIGRATIONS[n]`` turns schema n into n + 1. The store runs every step the file needs, sets the new
version and writes the audit row in the same transaction, so an interrupted upgrade leaves the old
file untouched and is simply retried at the next start.

Schema history
- 0: the pre-release layout: observations had no qualifier and no note, the audit log had no
  label and no append-only triggers, and there were no snapshots or recipes.
- 1: sources had no publication date and no link.
- 2: no chart pictures were kept.
- 3: the current layout (``core.store.schema``).
"""
from __future__ import annotations

from typing import Callable

from sqlalchemy import MetaData, Table, update
from sqlalchemy.engine import Connection

from ftz_desktop.core.store.audit import WriteBatch
from ftz_desktop.core.store.errors import WorkspaceError
from ftz_desktop.core.store.schema import (
    SCHEMA_VERSION,
    SQLITE_DDL,
    audit,
    chart_pictures,
    meta,
    metadata,
    observations,
    recipes,
    snapshot_indicators,
    snapshot_observations,
    snapshots,
)


def _rebuild(conn: Connection, table: Table, copy_columns: list[str]) -> None:
    """Give ``table`` its current definition, keeping the rows (SQLite cannot alter constraints in place)."""
    scratch = MetaData()
    for fk in table.foreign_keys:         # the copy's foreign keys need their targets beside it
        if fk.column.table.name not in scratch.tables:
            fk.column.table.to_metadata(scratch)
    temp = table.to_metadata(scratch, name=f"{table.name}__new")
    temp.create(conn)
    columns = ", ".join(f'"{c}"' for c in copy_columns)
    conn.exec_driver_sql(f'INSERT INTO "{temp.name}" ({columns}) SELECT {columns} FROM "{table.name}"')
    conn.exec_driver_sql(f'DROP TABLE "{table.name}"')
    conn.exec_driver_sql(f'ALTER TABLE "{temp.name}" RENAME TO "{table.name}"')


def _v0_to_v1(conn: Connection) -> None:
    _rebuild(conn, observations, ["id", "indicator_id", "geography", "period", "value", "status", "source_id"])
    conn.exec_driver_sql("ALTER TABLE audit ADD COLUMN label TEXT DEFAULT '' NOT NULL")
    for index in audit.indexes:
        index.create(conn, checkfirst=True)
    metadata.create_all(conn, tables=[snapshots, snapshot_indicators, snapshot_observations, recipes])
    for ddl in SQLITE_DDL:
        conn.exec_driver_sql(ddl)


def _v1_to_v2(conn: Connection) -> None:
    conn.exec_driver_sql("ALTER TABLE sources ADD COLUMN published TEXT DEFAULT '' NOT NULL")
    conn.exec_driver_sql("ALTER TABLE sources ADD COLUMN url TEXT DEFAULT '' NOT NULL")


def _v2_to_v3(conn: Connection) -> None:
    metadata.create_all(conn, tables=[chart_pictures])     # with its index


MIGRATIONS: dict[int, Callable[[Connection], None]] = {
    0: _v0_to_v1,
    1: _v1_to_v2,
    2: _v2_to_v3,
}


def migrate(batch: WriteBatch, found: int) -> None:
    """Bring a workspace at schema ``found`` to SCHEMA_VERSION inside ``batch``'s transaction."""
    for version in range(found, SCHEMA_VERSION):
        step = MIGRATIONS.get(version)
        if step is None:
            raise WorkspaceError(f"No upgrade from workspace schema {version} is known to this version.")
        step(batch.conn)
    batch.conn.execute(update(meta).where(meta.c.key == "schema_version").values(value=str(SCHEMA_VERSION)))
    batch.record("migrate", "meta", "schema_version", "value", old=str(found), new=str(SCHEMA_VERSION))


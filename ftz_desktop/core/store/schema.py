"""The workspace's tables (SQLAlchemy Core), its schema version and conversions to the model.

Plain Core tables keep the SQL portable: a file (SQLite) and a server (PostgreSQL) hold the same tables. They
are created and upgraded by the Alembic revisions in ``core/store/alembic`` (which also hold the parts only one
backend has: the file's application id, the append-only triggers of each, the server's position columns);
these definitions are what the queries use, and a test holds them equal to what the revisions create.
"""
from __future__ import annotations

from typing import Any, Mapping

from sqlalchemy import (
    CheckConstraint,
    Column,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
    literal_column,
    select,
    text,
)
from sqlalchemy.engine import Connection, CursorResult
from sqlalchemy.sql import Select
from sqlalchemy.sql.elements import ColumnClause, ColumnElement

from ftz_desktop.core.domain.model import OBSERVATION_STATUSES, Indicator, Observation, Source
from ftz_desktop.core.store.file_format import (  # noqa: F401 - the schema's versions, named here too
    APPLICATION_ID,
    OLDEST_READABLE_AS_IS,
    PICTURES_SINCE,
    SCHEMA_VERSION,
    VERSIONS_SINCE,
)

metadata = MetaData()

meta = Table(
    "meta", metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

sources = Table(
    "sources", metadata,
    Column("id", Text, primary_key=True),
    Column("title", Text, nullable=False),
    Column("publisher", Text, nullable=False, server_default=""),
    Column("section", Text, nullable=False, server_default=""),
    Column("reference", Text, nullable=False, server_default=""),
    Column("note", Text, nullable=False, server_default=""),
    Column("published", Text, nullable=False, server_default=""),
    Column("url", Text, nullable=False, server_default=""),
)

geographies = Table(
    "geographies", metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
)

def _indicator_columns() -> list[Column]:
    return [
        Column("id", Text, primary_key=True),
        Column("name", Text, nullable=False),
        Column("unit", Text, nullable=False),
        Column("multiplier", Float, nullable=False, server_default=text("1")),
        Column("currency", Text, nullable=False, server_default=""),
        Column("decimals", Integer, nullable=False, server_default=text("0")),
        Column("min_value", Float, nullable=True),
        Column("max_value", Float, nullable=True),
        Column("section", Text, nullable=False, server_default=""),
        Column("topic", Text, nullable=False, server_default=""),
        Column("description", Text, nullable=False, server_default=""),
    ]


indicators = Table("indicators", metadata, *_indicator_columns(),
                   Column("version", Integer, nullable=False, server_default=text("1")))

_STATUS_CHECK = "status IN ({})".format(", ".join(f"'{s}'" for s in OBSERVATION_STATUSES))


def _observation_columns() -> list[Column]:
    return [
        Column("indicator_id", Text, nullable=False),
        Column("geography", Text, nullable=False),
        Column("period", Text, nullable=False),
        Column("value", Float, nullable=True),
        Column("qualifier", Text, nullable=False, server_default=""),
        Column("status", Text, nullable=False, server_default="A"),
        Column("source_id", Text, nullable=False),
        Column("note", Text, nullable=False, server_default=""),
    ]


# AUTOINCREMENT: an observation id is never reused, so audit rows and undo always mean one row.
observations = Table(
    "observations", metadata,
    Column("id", Integer, primary_key=True),
    *_observation_columns(),
    # Raised by every write of the row (core.store.writes.observations): what a write says it read.
    Column("version", Integer, nullable=False, server_default=text("1")),
    UniqueConstraint("indicator_id", "geography", "period"),
    CheckConstraint(_STATUS_CHECK, name="observation_status"),
    ForeignKeyConstraint(["indicator_id"], ["indicators.id"]),
    ForeignKeyConstraint(["geography"], ["geographies.id"]),
    ForeignKeyConstraint(["source_id"], ["sources.id"]),
    sqlite_autoincrement=True,
)

audit = Table(
    "audit", metadata,
    Column("id", Integer, primary_key=True),
    Column("batch_id", Text, nullable=False),
    Column("at", Text, nullable=False),
    Column("user", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("table_name", Text, nullable=False),
    Column("row_key", Text, nullable=False),
    Column("column_name", Text, nullable=True),
    Column("old_value", Text, nullable=True),     # JSON text; NULL where there was no old value (add)
    Column("new_value", Text, nullable=True),     # JSON text; NULL where there is no new value (remove)
    Column("label", Text, nullable=False, server_default=""),
    sqlite_autoincrement=True,
)
Index("audit_batch", audit.c.batch_id)
Index("audit_row", audit.c.table_name, audit.c.row_key)

snapshots = Table(
    "snapshots", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("created_at", Text, nullable=False),
    Column("user", Text, nullable=False),
    Column("batch_id", Text, nullable=False),
    sqlite_autoincrement=True,
)

snapshot_indicators = Table(
    "snapshot_indicators", metadata,
    Column("snapshot_id", Integer, ForeignKey("snapshots.id", ondelete="CASCADE"), primary_key=True),
    *_indicator_columns(),      # its "id" joins the primary key: (snapshot_id, id)
)

snapshot_observations = Table(
    "snapshot_observations", metadata,
    Column("snapshot_id", Integer, ForeignKey("snapshots.id", ondelete="CASCADE"), primary_key=True),
    Column("id", Integer, primary_key=True),
    *_observation_columns(),
)

recipes = Table(
    "recipes", metadata,
    Column("name", Text, primary_key=True),
    Column("json", Text, nullable=False),
    Column("updated_at", Text, nullable=False),
    Column("version", Integer, nullable=False, server_default=text("1")),
)

# Chart pictures as drawn, kept so that a brief exported again with nothing changed draws none
# (``core.store.pictures``). Derived from the data, never edited: neither audited nor in snapshots.
chart_pictures = Table(
    "chart_pictures", metadata,
    Column("key", Text, primary_key=True),            # a digest of everything the picture depends on
    Column("chart_id", Text, nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("created_at", Text, nullable=False),
)
Index("chart_pictures_by_chart", chart_pictures.c.chart_id, chart_pictures.c.created_at)

def added_order(conn: Connection, table: Table) -> ColumnClause[Any]:
    """The order ``table``'s rows were added in (indicators, sources and geographies keep the study's order):
    SQLite's rowid in a file; on a server the identity column "position" the revisions give these tables."""
    column = "position" if conn.dialect.name == "postgresql" else "rowid"
    return literal_column(f'"{table.name}".{column}')


def by_code_points(conn: Connection, column: ColumnElement[str]) -> ColumnElement[str]:
    """``column`` for ORDER BY in the same order on either backend: by code point, as SQLite compares text (a
    server database's own collation, en_US say, would sort "a" before "B")."""
    return column.collate("C") if conn.dialect.name == "postgresql" else column


def keep_ids_unique(conn: Connection, table: Table) -> None:
    """After rows went into ``table`` under ids given by the caller (an undone delete, a restore): on a server,
    move its id sequence past them, so a later row never gets one of their ids (SQLite's AUTOINCREMENT does
    this by itself)."""
    if conn.dialect.name == "postgresql":
        sequence = f"pg_get_serial_sequence('{table.name}', 'id')"
        conn.exec_driver_sql(
            f"SELECT setval({sequence}, GREATEST(coalesce(max(id), 0), "
            f"coalesce(pg_sequence_last_value({sequence}::regclass), 0), 1)) FROM \"{table.name}\"")


def create_schema(conn: Connection) -> None:
    """Create every table of the current schema in an empty database (inside the caller's transaction), by
    running the Alembic revisions that upgrade an old workspace (``core.store.migrations``): one definition."""
    from ftz_desktop.core.store.migrations import run_revisions

    run_revisions(conn, None)


# --- rows <-> model ----------------------------------------------------------------------------

INDICATOR_FIELDS = tuple(c.name for c in _indicator_columns())
OBSERVATION_FIELDS = ("id",) + tuple(c.name for c in _observation_columns())


def indicator_from_row(row: Mapping[Any, Any]) -> Indicator:
    """The model's Indicator; its version is 0 (not known) for a row read without it, as an Observation's."""
    return Indicator(**{name: row[name] for name in INDICATOR_FIELDS}, version=row.get("version", 0))


def indicator_select(versioned: bool = True) -> Select[Any]:
    """SELECT of the indicators' columns; without their version for a workspace older than schema 5."""
    columns = [indicators.c[name] for name in INDICATOR_FIELDS]
    return select(*columns, indicators.c.version) if versioned else select(*columns)


def indicator_to_row(indicator: Indicator) -> dict[str, Any]:
    return {name: getattr(indicator, name) for name in INDICATOR_FIELDS}


def observation_from_row(row: Mapping[Any, Any]) -> Observation:
    """The model's Observation; its version is 0 (not known) for a row read without it (a snapshot's, an old
    workspace read as it is)."""
    return Observation(**{name: row[name] for name in OBSERVATION_FIELDS}, version=row.get("version", 0))


def observation_select(versioned: bool = True) -> Select[Any]:
    """SELECT of the observations' columns; without their version for a workspace older than schema 4."""
    columns = [observations.c[name] for name in OBSERVATION_FIELDS]
    return select(*columns, observations.c.version) if versioned else select(*columns)


def observation_to_row(obs: Observation) -> dict[str, Any]:
    return {name: getattr(obs, name) for name in OBSERVATION_FIELDS}


def source_from_row(row: Mapping[Any, Any]) -> Source:
    return Source(**{c.name: row[c.name] for c in sources.columns})


def source_to_row(source: Source) -> dict[str, Any]:
    return {c.name: getattr(source, c.name) for c in sources.columns}


def inserted_id(result: CursorResult[Any]) -> int:
    """The primary key an INSERT of one row gave it."""
    key = result.inserted_primary_key
    if key is None:
        raise RuntimeError("the INSERT returned no primary key")
    return int(key[0])

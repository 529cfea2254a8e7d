"""Reading a workspace with the standard library's sqlite3 alone, for a command whose whole run must be
quick: importing SQLAlchemy takes a quarter of a second, about what a brief exported again takes in all.

It reads only a workspace that needs nothing of the store: one that exists, is recognised (SQLite header,
application id, this version's schema), is in the rollback journal with no crashed transaction to roll
back, and passes the integrity check the store's opening makes. For anything else (a file to create, a
schema to upgrade, damage to report, a file in another journal mode) ``quick_reader`` returns None and
the caller opens the store, whose rules decide. It never writes, takes no lock (reading needs none:
SQLite keeps the read consistent) and reads the Dataset exactly as the store does (a test reads both).
This is the one way into a workspace besides the store, and it only reads.
"""
from __future__ import annotations

import logging
import sqlite3
from contextlib import contextmanager
from dataclasses import fields
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from ftz_desktop.core.domain.model import Dataset, Indicator, Observation, Source
from ftz_desktop.core.store.file_format import APPLICATION_ID, JOURNAL_MODE, SCHEMA_VERSION, integrity_pragma

log = logging.getLogger(__name__)
BUSY_TIMEOUT = 5.0             # seconds, as the store waits for another program's write to finish
_IDS_PER_QUERY = 500


def _columns(model: type) -> str:
    # The store's columns are named as the model's fields (core.store.schema).
    return ", ".join(f'"{f.name}"' for f in fields(model))


class QuickReader:
    """A read-only connection to a recognised workspace: ``dataset()``, and ``pictures.find(keys)`` like
    the store's. Use it as a context manager."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self.pictures = _KeptPictures(conn)

    def __enter__(self) -> QuickReader:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._conn.close()

    def dataset(self) -> Dataset:
        """Everything, as the store's ``dataset()`` reads it (indicators, sources and geographies in the order
        they were added, observations by id), in one read transaction."""
        conn = self._conn
        with _read(conn):
            indicators = [Indicator(*row) for row in
                          conn.execute(f"SELECT {_columns(Indicator)} FROM indicators ORDER BY rowid")]
            observations = [Observation(*row) for row in
                            conn.execute(f"SELECT {_columns(Observation)} FROM observations ORDER BY id")]
            sources = [Source(*row) for row in conn.execute(f"SELECT {_columns(Source)} FROM sources ORDER BY rowid")]
            geographies = dict(conn.execute("SELECT id, name FROM geographies ORDER BY rowid").fetchall())
        return Dataset({i.id: i for i in indicators}, observations, {s.id: s for s in sources}, geographies)


class _KeptPictures:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def find(self, keys: Iterable[str]) -> dict[str, bytes]:
        """The chart pictures kept under any of ``keys`` (as ``store.pictures.find``)."""
        wanted = sorted(set(keys))
        found: dict[str, bytes] = {}
        with _read(self._conn):
            for start in range(0, len(wanted), _IDS_PER_QUERY):
                chunk = wanted[start:start + _IDS_PER_QUERY]
                marks = ", ".join("?" * len(chunk))
                found.update((key, bytes(data)) for key, data in self._conn.execute(
                    f"SELECT key, data FROM chart_pictures WHERE key IN ({marks})", chunk))
        return found


@contextmanager
def _read(conn: sqlite3.Connection) -> Iterator[None]:
    """One read transaction: a consistent view while several tables are read."""
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")


def quick_reader(path: Path) -> Optional[QuickReader]:
    """A QuickReader on ``path``, or None when the store must open it (see the module's docstring)."""
    if not path.is_file() or Path(f"{path}-journal").exists() or Path(f"{path}-wal").exists():
        return None     # missing (to create), or a transaction to roll back: the store's business
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, isolation_level=None,
                               timeout=BUSY_TIMEOUT)
    except sqlite3.Error as exc:
        log.info("%s is opened by the store instead of read quickly: %s", path, exc)
        return None
    try:
        if _recognised(conn, path):
            return QuickReader(conn)
    except sqlite3.Error as exc:
        log.info("%s is opened by the store instead of read quickly: %s", path, exc)
    conn.close()
    return None


def _recognised(conn: sqlite3.Connection, path: Path) -> bool:
    conn.execute("PRAGMA trusted_schema = OFF")      # a hostile file's schema runs no functions
    conn.execute("PRAGMA query_only = ON")
    first = _scalar(conn, "PRAGMA application_id")
    if first != APPLICATION_ID or str(_scalar(conn, "PRAGMA journal_mode")).lower() != JOURNAL_MODE:
        return False
    if [row[0] for row in conn.execute(f"PRAGMA {integrity_pragma(path.stat().st_size)}")] != ["ok"]:
        return False
    version = _scalar(conn, "SELECT value FROM meta WHERE key = 'schema_version'")
    return str(version) == str(SCHEMA_VERSION)


def _scalar(conn: sqlite3.Connection, sql: str) -> Any:
    row = conn.execute(sql).fetchone()
    return row[0] if row else None

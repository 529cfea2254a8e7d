"""Helpers for the workspace store tests: digests, raw SQLite access, the audit replayed."""
from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Iterator


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextmanager
def raw_db(path: Path, **kwargs) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection, for looking at (or tampering with) the file behind the store's back."""
    with closing(sqlite3.connect(path, isolation_level=None, **kwargs)) as conn:
        yield conn


def another_program_runs(location, statement: str) -> None:
    """Run ``statement`` on the workspace at ``location`` (a file's path or a server's URL) as another program
    would: a plain sqlite3 or psycopg connection, outside the store."""
    if isinstance(location, Path):
        with raw_db(location) as conn:
            conn.execute(statement)
        return
    import psycopg

    with psycopg.connect(location, autocommit=True) as conn:
        conn.execute(statement)


def table_rows(path: Path, table: str) -> list[tuple]:
    with raw_db(path) as conn:
        return conn.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()


def integrity(path: Path) -> list[str]:
    with raw_db(path) as conn:
        return [r[0] for r in conn.execute("PRAGMA integrity_check")]


def replay_observations(rows) -> dict[str, dict]:
    """The observations table rebuilt from the audit log alone (row id -> row)."""
    table: dict[str, dict] = {}
    for row in sorted(rows, key=lambda r: r.id):
        if row.table_name != "observations":
            continue
        if row.action == "add":
            table[row.row_key] = dict(row.new)
        elif row.action == "remove":
            assert table.pop(row.row_key) == row.old
        else:
            assert table[row.row_key][row.column_name] == row.old
            table[row.row_key][row.column_name] = row.new
    return table


def observations_by_id(store) -> dict[str, dict]:
    """Each observation's content by id (its version, raised by every write, is not content: undo raises it too)."""
    return {str(o.id): {k: v for k, v in o.__dict__.items() if k != "version"} for o in store.observations()}

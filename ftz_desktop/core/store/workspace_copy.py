"""``ftz-desktop workspace copy SRC DST``: a workspace moved between a file and a server, either way.

Everything moves as it is: the figures, the audit history (ids, batches, users and times), snapshots,
recipes, kept chart pictures and the order rows were added in. The destination is a new file or an
empty database (or one that ``server init`` just made, holding only the shipped study it was created
with). The copy is written in one transaction and verified before it is committed: every table's row
count and a digest of its content must equal the source's, or nothing is kept and the error says so.
A file is built under a temporary name and linked into place only when verified.
"""
from __future__ import annotations

import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Optional

from sqlalchemy import Integer, Table, insert, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from ftz_desktop.core.store.addresses import is_server_url
from ftz_desktop.core.store.errors import WorkspaceError
from ftz_desktop.core.store.file_format import SCHEMA_VERSION
from ftz_desktop.core.store.schema import added_order, audit, create_schema, keep_ids_unique, metadata
from ftz_desktop.core.store.seeding import CREATED_LABEL

ORDERED = ("sources", "geographies", "indicators")     # the order rows were added in is part of the data
BATCH_ROWS = 1000


class CopyError(WorkspaceError):
    """The copy could not be made or did not verify; nothing was kept at the destination."""


@dataclass(frozen=True)
class CopyResult:
    source: str
    target: str
    counts: dict[str, int]         # rows per table
    digest: str                    # of every table's content, equal at both ends


def _rows(conn: Connection, table: Table) -> Iterator[dict[str, Any]]:
    order = [added_order(conn, table)] if table.name in ORDERED else list(table.primary_key.columns)
    for row in conn.execute(select(table).order_by(*order)):
        yield dict(row._mapping)


def _value(value: Any) -> Any:
    if isinstance(value, (bytes, memoryview)):
        return hashlib.sha256(bytes(value)).hexdigest()
    if isinstance(value, float):
        return repr(value)
    return value


def content_digest(conn: Connection) -> tuple[dict[str, int], str]:
    """Rows per table and one digest of all of them (in the order a reader sees them)."""
    digest = hashlib.sha256()
    counts: dict[str, int] = {}
    for table in metadata.sorted_tables:
        count = 0
        digest.update(f"\0{table.name}\0".encode())
        for row in _rows(conn, table):
            digest.update(json.dumps([_value(row[c.name]) for c in table.columns], ensure_ascii=False,
                                     default=str).encode("utf-8"))
            count += 1
        counts[table.name] = count
    return counts, digest.hexdigest()


def _copy_rows(source: Connection, target: Connection) -> None:
    for table in metadata.sorted_tables:
        chunk: list[dict[str, Any]] = []
        for row in _rows(source, table):
            chunk.append(row)
            if len(chunk) >= BATCH_ROWS:
                target.execute(insert(table), chunk)
                chunk = []
        if chunk:
            target.execute(insert(table), chunk)
        if "id" in table.c and isinstance(table.c.id.type, Integer) and table.c.id.autoincrement is not False \
                and len(table.primary_key.columns) == 1:
            keep_ids_unique(target, table)         # a later row never gets one of the copied ids


def _verify(source: tuple[dict[str, int], str], target: Connection, name: str) -> None:
    counts, digest = content_digest(target)
    if (counts, digest) != source:
        different = [t for t in counts if counts[t] != source[0].get(t)]
        raise CopyError(f"The copy to {name} did not match the workspace it was made from"
                        + (f" (rows differ in {', '.join(different)})" if different else " (content differs)")
                        + "; nothing was kept.")


# --- the two ends ----------------------------------------------------------------------------------

def _open_source(location: str) -> tuple[Engine, str]:
    if is_server_url(location):
        from ftz_desktop.core.store.server import open_server_engine

        engine, version, name = open_server_engine(location, create=False, read_only=True, busy_timeout=10.0)
    else:
        from ftz_desktop.core.store.sqlite_file import identify, make_engine

        path = Path(location)
        if not path.is_file():
            raise CopyError(f"There is no workspace file '{path}'; nothing was copied.", path)
        engine, name = make_engine(path, "ro", 10.0), str(path)
        with engine.connect() as conn:
            version = identify(conn, path)
    if version != SCHEMA_VERSION:
        engine.dispose()
        raise CopyError(f"The workspace {name} is of an older version; open it once in this version of the "
                        "program (which upgrades it), then copy it.")
    return engine, name


def _prepare_server_target(conn: Connection, name: str) -> None:
    """An empty database gets the schema; one ``server init`` just made is emptied; anything else is refused."""
    from ftz_desktop.core.store.server import identify_server

    found = identify_server(conn, name)
    if found is None:
        create_schema(conn)
        return
    batches = conn.execute(select(audit.c.batch_id, audit.c.label).distinct()).all()
    if found != SCHEMA_VERSION or len(batches) != 1 or batches[0][1] != CREATED_LABEL:
        raise CopyError(f"The database {name} already holds a workspace with changes of its own; copy into an "
                        "empty database (or one just made by 'server init').")
    # The shipped study it was created with goes; the append-only rule is the owner's to lift, here only.
    conn.exec_driver_sql("ALTER TABLE audit DISABLE TRIGGER USER")
    conn.exec_driver_sql("TRUNCATE " + ", ".join(f'"{t.name}"' for t in metadata.sorted_tables) + " CASCADE")
    conn.exec_driver_sql("ALTER TABLE audit ENABLE TRIGGER USER")


def _to_server(source: Connection, location: str, expected: tuple[dict[str, int], str]) -> str:
    from ftz_desktop.core.store.server import display_name, make_server_engine, parse_url
    from ftz_desktop.core.store.server_errors import server_error

    url = parse_url(location)
    name = display_name(url)
    engine = make_server_engine(url, read_only=False, busy_timeout=10.0)
    try:
        with engine.connect().execution_options(ftz_write=True) as target:
            _prepare_server_target(target, name)
            _copy_rows(source, target)
            _verify(expected, target, name)
            target.commit()
    except DBAPIError as exc:
        raise server_error(exc, name, url.password if isinstance(url.password, str) else None) from None
    finally:
        engine.dispose()
    return name


def _to_file(source: Connection, location: str, expected: tuple[dict[str, int], str]) -> str:
    from ftz_desktop.core.store.errors import database_error
    from ftz_desktop.core.store.sqlite_file import fsync_dir, make_engine, set_journal_mode

    path = Path(location)
    if path.exists():
        raise CopyError(f"'{path}' already exists; a copy goes into a new file, so nothing was written.", path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.new")
    engine: Optional[Engine] = None
    try:
        engine = make_engine(temp, "rwc", 10.0)
        set_journal_mode(engine, temp)
        with engine.connect().execution_options(ftz_write=True) as target:
            create_schema(target)
            _copy_rows(source, target)
            _verify(expected, target, str(path))
            target.commit()
        engine.dispose()
        engine = None
        os.link(temp, path)            # never replaces a file that appeared meanwhile
        fsync_dir(path.parent)
    except FileExistsError:
        raise CopyError(f"'{path}' appeared while the copy was made; it was left as it is.", path) from None
    except DBAPIError as exc:
        raise database_error(exc, path) from exc
    finally:
        if engine is not None:
            engine.dispose()
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            leftover.unlink(missing_ok=True)
    return str(path)


def copy_workspace(source_location: str, target_location: str) -> CopyResult:
    """Copy the workspace at ``source_location`` (a file or a server URL) to ``target_location``, verified."""
    engine, source_name = _open_source(source_location)
    try:
        with engine.connect() as source:
            expected = content_digest(source)
            if is_server_url(target_location):
                target = _to_server(source, target_location, expected)
            else:
                target = _to_file(source, target_location, expected)
    finally:
        engine.dispose()
    return CopyResult(source_name, target, expected[0], expected[1])

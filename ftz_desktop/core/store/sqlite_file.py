"""The SQLite file under a workspace: connecting, recognising it, creating it from the shipped study.

Journal mode DELETE (a rollback journal), not WAL: the workspace is a single self-contained file
whenever no transaction is running, so copying it in Explorer, mailing it or putting it on a USB
stick while the program is open takes every committed edit with it (in WAL mode the newest commits
sit in a -wal file until a checkpoint). It also opens on read-only media and network drives, where
WAL's shared-memory index cannot work. The cost, two syncs per commit instead of one, is a few
milliseconds for a desktop edit. synchronous=FULL makes each commit durable before it returns.

A file is recognised as a workspace by its SQLite header, its application id and its meta table,
all read before anything is written: a file that is not a workspace is never modified.
"""
from __future__ import annotations

import logging
import os
import sqlite3
import stat
import uuid
from pathlib import Path
from typing import Any, Optional

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import StaticPool

from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.store.audit import WriteBatch
from ftz_desktop.core.store.errors import (
    CorruptWorkspaceError,
    NewerWorkspaceError,
    NotAWorkspaceError,
    WorkspaceError,
    WorkspaceNotWritableError,
    database_error,
    quoted_path,
)
from ftz_desktop.core.store.file_format import (
    APPLICATION_ID,
    FULL_CHECK_BYTES,
    JOURNAL_MODE,
    SCHEMA_VERSION,
    integrity_pragma,
)
from ftz_desktop.core.store.schema import create_schema, meta
from ftz_desktop.core.store.seeding import CREATED_LABEL, seed_workspace
from ftz_desktop.core.targets import SQLITE_HEADER
from ftz_desktop.core.translate import tr

log = logging.getLogger(__name__)
SYNCHRONOUS_FULL = 2


def make_engine(path: Path, mode: str, busy_timeout: float) -> Engine:
    """An engine on one SQLite connection to ``path``; mode "ro", "rw" or "rwc" (create).

    The driver runs in autocommit mode and the "begin" hook issues BEGIN (reads: a consistent
    snapshot) or BEGIN IMMEDIATE (writes: take the write lock up front, so a locked file is
    reported before any work is done).
    """
    uri = f"{path.absolute().as_uri()}?mode={mode}"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                               timeout=busy_timeout)

    engine = create_engine("sqlite+pysqlite://", creator=connect, poolclass=StaticPool)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: object) -> None:
        cursor = dbapi_conn.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute("PRAGMA trusted_schema = OFF")   # a hostile file's schema runs no functions
            if mode == "ro":
                cursor.execute("PRAGMA query_only = ON")
            else:
                cursor.execute("PRAGMA synchronous = FULL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("ftz_write") else "BEGIN")

    return engine


def set_journal_mode(engine: Engine, path: Path) -> None:
    """Switch a recognised workspace to the rollback journal (outside any transaction)."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        mode = cursor.execute(f"PRAGMA journal_mode = {JOURNAL_MODE}").fetchone()[0]
        cursor.close()
    finally:
        raw.close()
    if str(mode).lower() != JOURNAL_MODE:
        raise WorkspaceError(tr("{name} could not be switched to journal mode {wanted} (it is in {mode} mode and "
                                "another program may have it open).", name=quoted_path(path), wanted=JOURNAL_MODE,
                                mode=str(mode)), path)


def check_pragmas(conn: Connection, path: Path, *, read_only: bool, busy_timeout: float) -> None:
    """Refuse to work on a connection without the durability settings we rely on."""
    found = {
        "foreign_keys": conn.exec_driver_sql("PRAGMA foreign_keys").scalar(),
        "busy_timeout": conn.exec_driver_sql("PRAGMA busy_timeout").scalar(),
    }
    wanted: dict[str, object] = {"foreign_keys": 1, "busy_timeout": int(busy_timeout * 1000)}
    if not read_only:
        found["journal_mode"] = str(conn.exec_driver_sql("PRAGMA journal_mode").scalar()).lower()
        found["synchronous"] = conn.exec_driver_sql("PRAGMA synchronous").scalar()
        wanted.update(journal_mode=JOURNAL_MODE, synchronous=SYNCHRONOUS_FULL)
    wrong = {k: found[k] for k in wanted if found[k] != wanted[k]}
    if wrong:
        raise WorkspaceError(tr("{name}: SQLite settings not applied ({settings}); refusing to edit without them.",
                                name=quoted_path(path), settings=str(wrong)),
                             path)


def check_file(path: Path) -> None:
    """Refuse, by reading only, anything that cannot be a workspace file."""
    if path.is_dir():
        raise NotAWorkspaceError(tr("{name} is a folder, not a workspace file.", name=quoted_path(path)), path)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except FileNotFoundError:
        raise WorkspaceError(tr("The workspace {name} does not exist.", name=quoted_path(path)), path) from None
    except OSError as exc:
        raise WorkspaceError(tr("The workspace {name} cannot be read ({words}).", name=quoted_path(path),
                                words=str(exc.strerror or exc)), path) from None
    if not header:
        raise NotAWorkspaceError(tr("{name} is empty (0 bytes); it is not an ftz-desktop workspace.",
                                    name=quoted_path(path)), path)
    if not header.startswith(SQLITE_HEADER):
        if header.startswith(b"PK\x03\x04"):
            raise NotAWorkspaceError(tr("{name} is not an ftz-desktop workspace (not a database file). It looks like "
                                        "a Word or Excel file (a zip archive).", name=quoted_path(path)), path)
        raise NotAWorkspaceError(tr("{name} is not an ftz-desktop workspace (not a database file).",
                                    name=quoted_path(path)), path)
    if len(header) < 100:
        raise CorruptWorkspaceError(tr("{name} is damaged: its database header is cut short. It has not been "
                                       "changed; restore a backup.", name=quoted_path(path)), path)


def check_writable(path: Path) -> None:
    # The rollback journal is created next to the file, so the folder must be writable too. A file marked
    # read-only stays so even for a user who may write anyway (an administrator): its protection is respected.
    marked_read_only = not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    if marked_read_only or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK | os.X_OK):
        raise WorkspaceNotWritableError(tr(
            "The workspace {name} cannot be written (a read-only file or folder, or no permission). Open it "
            "read-only to view and export, or copy it to a folder you can write to.", name=quoted_path(path)), path)


def identify(conn: Connection, path: Path) -> int:
    """The schema version of the workspace on ``conn``; refuses other SQLite files and damaged ones."""
    app_id = conn.exec_driver_sql("PRAGMA application_id").scalar()
    if app_id != APPLICATION_ID:
        raise NotAWorkspaceError(tr("{name} is a database of another program, not an ftz-desktop workspace.",
                                    name=quoted_path(path)), path)
    # The log says when a file is too large for the full check (file_format.integrity_pragma).
    size = path.stat().st_size if path.exists() else 0
    check = integrity_pragma(size)
    if check.startswith("quick"):
        log.warning("%s is %d MB: checked with quick_check at open (integrity_check above %d MB)", path,
                    size >> 20, FULL_CHECK_BYTES >> 20)
    problems = [row[0] for row in conn.exec_driver_sql(f"PRAGMA {check}")]
    if problems != ["ok"]:
        raise CorruptWorkspaceError(tr("The workspace {name} is damaged ({words}). It has not been changed; "
                                       "restore a backup, or open it read-only to export what can be read.",
                                       name=quoted_path(path), words="; ".join(problems)), path)
    version: Optional[str]
    try:
        version = conn.execute(select(meta.c.value).where(meta.c.key == "schema_version")).scalar()
    except DBAPIError:
        version = None
    if version is None or not str(version).isdigit():
        raise CorruptWorkspaceError(tr("The workspace {name} is damaged: its version record is missing.",
                                       name=quoted_path(path)), path)
    return int(version)


def fsync_dir(folder: Path) -> None:
    if os.name == "posix":    # make the new directory entry durable; Windows has no directory fsync
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def create_workspace_file(path: Path, dataset: Dataset, busy_timeout: float) -> None:
    """Build a new workspace at ``path`` from ``dataset``, all or nothing.

    It is built under a temporary name and only then linked into place, so a crash never leaves a
    half-built file at ``path`` (which the next start would refuse as damaged).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.new")
    try:
        _build(temp, dataset, busy_timeout)
        try:
            os.link(temp, path)          # never replaces a file that appeared meanwhile
        except FileExistsError:
            pass                         # another instance created it first: open that one
        except OSError:
            if not path.exists():        # file systems without hard links (FAT on a USB stick)
                os.replace(temp, path)
        fsync_dir(path.parent)
    except DBAPIError as exc:
        raise database_error(exc, path) from exc
    finally:
        for leftover in (temp, temp.with_name(temp.name + "-journal")):
            leftover.unlink(missing_ok=True)


def _build(temp: Path, dataset: Dataset, busy_timeout: float) -> None:
    engine = make_engine(temp, "rwc", busy_timeout)
    try:
        set_journal_mode(engine, temp)
        with engine.connect().execution_options(ftz_write=True) as conn:
            batch = WriteBatch(conn, CREATED_LABEL)
            create_schema(conn)
            seed_workspace(batch, dataset)
            batch.flush()
            conn.commit()
    finally:
        engine.dispose()


def open_engine(path: Path, *, create: bool, read_only: bool, busy_timeout: float) -> tuple[Engine, int]:
    """An engine on a recognised workspace (created from the shipped study if missing and allowed),
    with its settings checked, and the file's schema version (at most SCHEMA_VERSION)."""
    if not path.exists():
        if not create or read_only:
            raise WorkspaceError(tr("The workspace {name} does not exist.", name=quoted_path(path)), path)
        from ftz_desktop.core.study.shipped import load_shipped_dataset

        create_workspace_file(path, load_shipped_dataset(), busy_timeout)
    check_file(path)
    if not read_only:
        check_writable(path)
    engine = make_engine(path, "ro" if read_only else "rw", busy_timeout)
    try:
        with engine.connect() as conn:
            found = identify(conn, path)
        if found > SCHEMA_VERSION:
            raise NewerWorkspaceError(path, found, SCHEMA_VERSION)
        if not read_only:
            set_journal_mode(engine, path)
        with engine.connect() as conn:
            check_pragmas(conn, path, read_only=read_only, busy_timeout=busy_timeout)
    except BaseException as exc:
        engine.dispose()
        if isinstance(exc, DBAPIError):
            raise database_error(exc, path) from exc
        raise
    return engine, found

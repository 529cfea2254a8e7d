"""Backups of an open workspace through SQLite's online backup API (never a copy of the open file).

The copy is written under a temporary name beside the target, checked page by page and recognised
as a workspace, then moved into place: an older backup at the target stays whole until the new one
is complete and verified.
"""
from __future__ import annotations

import os
import sqlite3
import uuid
from pathlib import Path
from typing import Callable

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from ftz_desktop.core.store.errors import CorruptWorkspaceError, WorkspaceError, quoted_path, translate_db_error
from ftz_desktop.core.store.sqlite_file import fsync_dir, identify, make_engine
from ftz_desktop.core.translate import tr


def verify(path: Path) -> None:
    """Refuse a file that is not an intact, recognisable workspace (read-only; nothing is changed)."""
    engine = make_engine(path, "ro", busy_timeout=5.0)
    try:
        with engine.connect() as conn:
            identify(conn, path)
            problems = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check(20)")]
    finally:
        engine.dispose()
    if problems != ["ok"]:
        raise CorruptWorkspaceError(tr("The backup {name} is damaged: {words}", name=quoted_path(path),
                                       words="; ".join(problems)), path)


def write_backup(copy_into: Callable[[sqlite3.Connection], None], target: Path) -> Path:
    """``copy_into(destination)`` runs the backup API into a fresh database; the result lands at ``target``."""
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.backup")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        dest = sqlite3.connect(temp)
        try:
            copy_into(dest)
        finally:
            dest.close()
        verify(temp)
        os.replace(temp, target)
        fsync_dir(target.parent)
    except (sqlite3.Error, DBAPIError) as exc:
        raise (translate_db_error(exc, target) or
               WorkspaceError(tr("The backup {name} could not be written ({words}).", name=quoted_path(target),
                                 words=str(exc)), target)) from exc
    except OSError as exc:
        raise WorkspaceError(tr("The backup {name} could not be written ({words}).", name=quoted_path(target),
                                words=str(exc.strerror or exc)), target) from exc
    finally:
        try:
            temp.unlink(missing_ok=True)
        except OSError:       # the folder is missing or not a folder: nothing was left there
            pass
    return target


def integrity_problems(conn: Connection, on_server: bool) -> list[str]:
    """["ok"], or the first problems: SQLite's page-by-page check of a file; on a server, whose pages are its own
    business, that the workspace's tables are all there."""
    if on_server:
        from ftz_desktop.core.store.server import missing_tables

        missing = missing_tables(conn)
        return [f"table {t} is missing" for t in missing] if missing else ["ok"]
    return [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check(20)")]

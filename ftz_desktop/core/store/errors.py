"""What can go wrong with a workspace file, as exceptions whose message a user can act on.

SQLite's result codes are mapped here (``translate_db_error``) so the UI shows "Disk full — your
last change was not saved ..." rather than "sqlite3.OperationalError: database or disk is full".
Every failed write has been rolled back by the time one of these is raised: the data committed
before it is intact.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any, Optional, Sequence, Union

from sqlalchemy.exc import DBAPIError

from ftz_desktop.core.errors import DiskFullError, UserError
from ftz_desktop.core.translate import current_language, tr


class WorkspaceError(UserError):
    """A workspace file cannot be opened, read or written; ``path`` names the file."""

    def __init__(self, message: str, path: Optional[Path] = None) -> None:
        super().__init__(message)
        self.path = path


class NotAWorkspaceError(WorkspaceError):
    """The file is not an ftz-desktop workspace (empty, another program's file, a renamed document)."""


class CorruptWorkspaceError(WorkspaceError):
    """The file is a workspace but is damaged; it is never repaired or overwritten."""


class NewerWorkspaceError(WorkspaceError):
    """The workspace was written by a newer version of the program."""

    def __init__(self, path: Union[Path, str], found: int, supported: int) -> None:
        """``path``: the file, or the name of a server workspace."""
        shown = f"'{path}'" if isinstance(path, Path) else path
        super().__init__(f"{shown} was created by a newer version of ftz-desktop (schema {found}); "
                         f"this version reads up to schema {supported}. Update ftz-desktop to open it.",
                         path if isinstance(path, Path) else None)
        self.found = found
        self.supported = supported


class UpgradeNeededError(WorkspaceError):
    """An older workspace opened read-only: it must be upgraded (opened for editing) once."""


class ReadOnlyWorkspaceError(WorkspaceError):
    """An edit was attempted on a workspace opened read-only."""


class WorkspaceNotWritableError(WorkspaceError):
    """The file or its folder cannot be written (read-only medium, permissions)."""


class WorkspaceMovedError(WorkspaceNotWritableError):
    """The file was moved or renamed while open, so writing to it is no longer safe."""


class WorkspaceLockedError(WorkspaceError):
    """Another program holds the workspace locked."""


class WorkspaceConnectionError(WorkspaceError):
    """The server that holds the workspace cannot be reached, or refused the login (its message never holds
    the password). ``batch_id``: the write whose commit was sent as the connection went, so may have landed
    (``WorkspaceStore.landed`` tells, once the server answers again); None when nothing was committed."""

    batch_id: Optional[str] = None


class WorkspaceIOError(WorkspaceError):
    """The operating system reported a read or write error."""


class StaleDataError(WorkspaceError):
    """Rows changed since the caller read them (another window, another program); nothing was written."""

    def __init__(self, message: str, path: Optional[Path], obs_ids: list[int]) -> None:
        super().__init__(message, path)
        self.obs_ids = obs_ids


class ConflictError(StaleDataError):
    """A write was based on a read of rows that others have written since (``core.store.conflicts``); nothing
    was written. ``conflicts``: each refused cell, with who changed its row, when, and both values."""

    def __init__(self, message: str, path: Optional[Path], conflicts: Sequence[Any]) -> None:
        super().__init__(message, path, list(dict.fromkeys(c.obs_id for c in conflicts)))
        self.conflicts = list(conflicts)


class UndoConflictError(WorkspaceError):
    """A batch cannot be reverted: what it wrote has been changed since, or it cannot be undone."""



# sqlite3 primary result codes (the low byte of the extended code)
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26
_READONLY_ROLLBACK, _READONLY_DBMOVED = 776, 1032


def translate_db_error(exc: BaseException, path: Path) -> Optional[UserError]:
    """The WorkspaceError (or DiskFullError) for a database error, or None if ``exc`` is not one we can name."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(orig, sqlite3.Error):
        return None
    code = getattr(orig, "sqlite_errorcode", None)
    if code is None:
        return None
    primary = code & 0xFF
    name = quoted_path(path)
    if primary == _FULL:
        return DiskFullError(tr("Disk full — your last change was not saved. Free space on the drive that holds "
                                "{name} and try again.", name=name), path)
    if primary == _IOERR:
        return WorkspaceIOError(tr("The disk reported an error while writing {name} — your last change was not "
                                   "saved. Check the drive (a removed USB stick or a network drop) and try again.",
                                   name=name), path)
    if primary in (_BUSY, _LOCKED):
        return WorkspaceLockedError(tr("The workspace {name} is being used by another program or another copy of "
                                       "ftz-desktop — your last change was not saved. Close the other program and "
                                       "try again.", name=name), path)
    if code == _READONLY_DBMOVED:
        return WorkspaceMovedError(tr("The workspace file {name} was moved or renamed while open — your last change "
                                      "was not saved. Close the workspace and open it again from its new place.",
                                      name=name), path)
    if code == _READONLY_ROLLBACK:
        return WorkspaceNotWritableError(tr("{name} needs recovery after a crash, which needs write access. Open it "
                                            "once for editing, from a folder you can write to.", name=name), path)
    if primary == _READONLY:
        return WorkspaceNotWritableError(tr("The workspace {name} cannot be written (a read-only file or folder, or "
                                            "no permission) — your last change was not saved. Open it read-only, or "
                                            "copy it to a folder you can write to.", name=name), path)
    if primary in (_CORRUPT, _NOTADB):
        return CorruptWorkspaceError(tr("The workspace {name} is damaged ({words}). It has not been changed; "
                                        "restore a backup, or open it read-only to export what can be read.",
                                        name=name, words=str(orig)), path)
    if primary == _CANTOPEN:
        return WorkspaceError(tr("The workspace {name} cannot be opened ({words}). Check that the file and its "
                                 "folder exist and are accessible.", name=name, words=str(orig)), path)
    return None


def database_error(exc: BaseException, path: Path) -> UserError:
    """The error to raise for a failed database call: the named one, else a WorkspaceError with the
    driver's own words (never SQLAlchemy's, which quote the SQL statement)."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    return translate_db_error(exc, path) or WorkspaceError(
        tr("The workspace {name} failed: {words}", name=quoted_path(path), words=str(orig)), path)


def quoted_path(path: object) -> str:
    """A file named in a message, quoted as its language quotes: 'w.ftzdb', “w.ftzdb”."""
    return f"“{path}”" if current_language() == "zh" else f"'{path}'"

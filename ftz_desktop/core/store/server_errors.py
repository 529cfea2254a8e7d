"""What can go wrong with a workspace on a PostgreSQL server, as the store's own errors (``core.store.errors``).

Messages name the server by host, port and database (``server.display_name``) and never hold the password:
a password given in the URL is also struck from the server's own words before they are shown.
"""
from __future__ import annotations

from typing import Optional

from sqlalchemy.exc import DBAPIError

from ftz_desktop.core.errors import DiskFullError, UserError
from ftz_desktop.core.store.errors import (
    WorkspaceConnectionError,
    WorkspaceError,
    WorkspaceLockedError,
    WorkspaceNotWritableError,
)
from ftz_desktop.core.translate import tr

# SQLSTATE codes (PostgreSQL's appendix A) and their classes
_LOCK_NOT_AVAILABLE, _SERIALIZATION, _DEADLOCK = "55P03", "40001", "40P01"
_INSUFFICIENT_PRIVILEGE, _READ_ONLY_TRANSACTION = "42501", "25006"
_DISK_FULL = "53100"
_CONNECTION_CLASSES = ("08", "28", "57")       # connection, authorization, operator intervention (shutdown)


def server_words(exc: BaseException, password: Optional[str]) -> str:
    """The driver's first line about ``exc`` (never SQLAlchemy's, which quotes the statement), password struck."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    lines = [line.strip() for line in str(orig).splitlines() if line.strip()]
    words = lines[0] if lines else type(orig).__name__
    return words.replace(password, "***") if password else words


def server_error(exc: BaseException, name: str, password: Optional[str] = None, *, lost: bool = False) -> UserError:
    """The error to raise for a failed call to the server that holds the workspace ``name``; ``lost``: the
    workspace was open (the server answered before), so a connection error means the connection was lost."""
    import psycopg

    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    state = getattr(orig, "sqlstate", None) or ""
    words = server_words(exc, password)
    if state.startswith(_CONNECTION_CLASSES) or (not state and isinstance(orig, psycopg.OperationalError)):
        if lost:
            return WorkspaceConnectionError(tr(
                "The connection to the workspace server {name} is lost ({words}) — nothing was saved or changed. "
                "ftz-desktop reconnects by itself when the server is back; then try again.", name=name,
                words=words))
        return WorkspaceConnectionError(tr(
            "The workspace server {name} cannot be reached or refused the connection ({words}). Check the "
            "address, the user name and the password (PGPASSWORD or the password file), and that the server is "
            "running.", name=name, words=words))
    if state in (_LOCK_NOT_AVAILABLE, _SERIALIZATION, _DEADLOCK):
        return WorkspaceLockedError(tr("The workspace {name} is being changed by someone else — your last change "
                                       "was not saved. Try again in a moment.", name=name))
    if state in (_INSUFFICIENT_PRIVILEGE, _READ_ONLY_TRANSACTION):
        return WorkspaceNotWritableError(tr(
            "The workspace {name} may not be changed by this user ({words}) — your last change was not saved. "
            "Ask the administrator for the rights you need.", name=name, words=words))
    if state == _DISK_FULL:
        return DiskFullError(tr("The server holding {name} is out of disk space — your last change was not "
                                "saved. Ask the administrator to free space, then try again.", name=name))
    return WorkspaceError(tr("The workspace {name} failed: {words}", name=name, words=words))

"""The store's one way into the database: a read, or a write batch with its audit rows, under one lock.

``WorkspaceStore`` and its collaborators (history, snapshots, recipes) all read and write through the
same ``Transactions``, so every write is one transaction with its audit rows, committed before any
listener hears of it, and a database error always reaches the caller as a ``WorkspaceError``.
"""
from __future__ import annotations

import threading
from collections import deque
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Optional, Sequence, TypeVar

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from ftz_desktop.core.errors import UserError
from ftz_desktop.core.store.audit import WriteBatch, query_audit
from ftz_desktop.core.store.errors import (
    ReadOnlyWorkspaceError,
    WorkspaceConnectionError,
    WorkspaceError,
    database_error,
)
from ftz_desktop.core.store.events import StoreEvent
from ftz_desktop.core.translate import tr

T = TypeVar("T")

IDS_PER_QUERY = 5_000      # ids per IN (...) statement, well below SQLite's variable limit


def server_user(conn: Connection) -> str:
    """Who a change on a server is recorded under: the database user who made it, with the login name and the
    computer it came from as context ("alice (wang@PC-12)")."""
    import socket

    from ftz_desktop.core.store.audit import current_user

    database_user = str(conn.exec_driver_sql("SELECT current_user").scalar())
    return f"{database_user} ({current_user()}@{socket.gethostname()})"


def chunks(items: Sequence[T], size: int = IDS_PER_QUERY) -> Iterator[Sequence[T]]:
    """``items`` in slices of at most ``size``: for statements over many ids."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


class Transactions:
    def __init__(self, engine: Engine, path: Optional[Path], read_only: bool,
                 on_commit: Callable[[Sequence[StoreEvent]], None], name: Optional[str] = None) -> None:
        self.engine = engine
        self.path = path                 # the file; None for a workspace on a server
        self.name = name or f"'{path}'"  # how messages name the workspace
        self.read_only = read_only
        self.lock = threading.RLock()
        self.closed = False
        self._on_commit = on_commit      # after every commit that changed something, under the lock
        self.committed_counter: Optional[int] = None    # on a server: the change counter our last commit left
        self.own_batches: deque[str] = deque(maxlen=256)  # on a server: our recent batches (their notices are ours)
        self._server_user: Optional[str] = None           # who our changes are recorded under (asked once)
        self._database_user: Optional[str] = None
        self.viewer = False              # on a server: read-only because this login may not change the figures

    def database_user(self) -> str:
        """On a server: the database user this store logs in as (asked once)."""
        if self._database_user is None:
            with self.read() as conn:
                self._database_user = str(conn.exec_driver_sql("SELECT current_user").scalar())
        return self._database_user

    def check_open(self) -> None:
        if self.closed:
            raise WorkspaceError(tr("The workspace {name} is closed.", name=self.name), self.path)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.lock:
            self.check_open()
            try:
                with self.engine.connect() as conn:
                    yield conn
            except DBAPIError as exc:
                raise self.translate(exc) from exc

    @contextmanager
    def write(self, label: str) -> Iterator[WriteBatch]:
        """One transaction: the caller's writes plus their audit rows, then the events after commit."""
        if self.read_only:
            if self.viewer:
                raise ReadOnlyWorkspaceError(tr(
                    "The workspace {name} can only be read by this user: changing it needs the ftz_editor role — "
                    "ask the administrator.", name=self.name), self.path)
            raise ReadOnlyWorkspaceError(tr("The workspace {name} is open read-only; changes are not possible.",
                                            name=self.name), self.path)
        with self.lock:
            self.check_open()
            try:
                with self.engine.connect().execution_options(ftz_write=True) as conn:
                    batch = WriteBatch(conn, label)
                    if self.path is None:
                        self._server_user = self._server_user or server_user(conn)
                        batch.user = self._server_user
                    yield batch
                    batch.flush()
                    if self.path is None and batch.changed:
                        from sqlalchemy import text

                        from ftz_desktop.core.store.server import change_counter
                        from ftz_desktop.core.store.server_notify import notify_sql

                        # Writers take turns (the write lock), so this is the counter right after our commit.
                        self.committed_counter = change_counter(conn)
                        # Delivered to every listening window when (and only if) this commits.
                        conn.execute(text(notify_sql()), {"batch_id": batch.batch_id})
                        self.own_batches.append(batch.batch_id)
                    self._commit(conn, batch)
            except DBAPIError as exc:
                raise self.translate(exc) from exc
            if batch.changed:
                self._on_commit(batch.events())

    def _commit(self, conn: Connection, batch: WriteBatch) -> None:
        try:
            conn.commit()
        except DBAPIError as exc:
            error = self.translate(exc)
            if isinstance(error, WorkspaceConnectionError):
                # The server may have committed before the connection went: a retry asks first (``landed``).
                error.batch_id = batch.batch_id
            raise error from exc

    def landed(self, batch_id: str) -> bool:
        """Whether the batch is in the workspace (a write whose commit was in doubt)."""
        with self.read() as conn:
            return bool(query_audit(conn, batch_id=batch_id, limit=1))

    def translate(self, exc: BaseException) -> UserError:
        if self.path is None:
            from ftz_desktop.core.store.server_errors import server_error

            password = self.engine.url.password
            return server_error(exc, self.name, password if isinstance(password, str) else None, lost=True)
        return database_error(exc, self.path)

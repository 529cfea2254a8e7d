"""The workspace store: one workspace = one SQLite file or one PostgreSQL database, the single source of
truth for the data.

Every change goes through a method here, in one transaction together with its audit rows, and
returns the batch id (uuid4 hex) that groups those rows. Listeners registered with ``subscribe``
get plain ``StoreEvent``s after the commit (never for a change that was rolled back).

Opening (``WorkspaceStore.open``):
- a missing file is created from the shipped study (audit batch "Created from the shipped study");
- a file that is not a workspace (0 bytes, a renamed .docx, another program's database, a damaged
  header) raises ``NotAWorkspaceError``/``CorruptWorkspaceError`` naming it, and is never modified;
- a newer schema raises ``NewerWorkspaceError``; an older one is upgraded in one transaction;
- ``read_only=True`` opens with SQLite's mode=ro and every edit raises ``ReadOnlyWorkspaceError``; a
  read-only file of schema 2 is read as it is (it only lacks the kept chart pictures).
- ``postgresql://USER@HOST:PORT/DB`` (a str) opens a workspace on a server (``core.store.server``): an empty
  database is made one from the shipped study, as a new file is; the same API works on it, except
  ``backup`` to a file (refused: the server's own backups keep it). ``path`` is None for it; ``location``
  names either kind without a password.

Failures while writing become ``WorkspaceError`` subclasses with a message for the user (disk full,
locked by another program, file moved, read-only); the data committed before is intact.
Journal mode and durability settings are explained in ``core.store.sqlite_file``.

The API, method by method, is in docs/INTERFACES.md.

The store and its collaborators share one ``Transactions`` (core.store.transactions): one lock, one
way to read, one way to write a batch with its audit rows.

Thread use: every method holds that lock, so a worker thread may read while the UI thread edits.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any, Callable, Mapping, NamedTuple, Optional, Sequence, Union

from sqlalchemy.engine import Engine

from ftz_desktop.core.domain.model import Dataset, Indicator, Observation, Source
from ftz_desktop.core.domain.parsing import ParseError
from ftz_desktop.core.errors import DiskFullError
from ftz_desktop.core.store.addresses import is_server_url
from ftz_desktop.core.store.audit import AuditRow, BatchInfo
from ftz_desktop.core.store.backup import integrity_problems, write_backup
from ftz_desktop.core.store.cache import DatasetCache
from ftz_desktop.core.store.errors import (
    ConflictError,
    CorruptWorkspaceError,
    NewerWorkspaceError,
    NotAWorkspaceError,
    ReadOnlyWorkspaceError,
    StaleDataError,
    UndoConflictError,
    UpgradeNeededError,
    WorkspaceError,
    WorkspaceIOError,
    WorkspaceLockedError,
    WorkspaceMovedError,
    WorkspaceNotWritableError,
    quoted_path,
)
from ftz_desktop.core.store.events import EventHub, Listener, StoreEvent
from ftz_desktop.core.store.file_format import OLDEST_READABLE_AS_IS, PICTURES_SINCE, SCHEMA_VERSION, VERSIONS_SINCE
from ftz_desktop.core.store.history import History
from ftz_desktop.core.store.migrations import migrate
from ftz_desktop.core.store.pictures import Pictures
from ftz_desktop.core.store.recipes import Recipes
from ftz_desktop.core.store.snapshots import SnapshotDiff, SnapshotInfo, Snapshots
from ftz_desktop.core.store.sqlite_file import open_engine
from ftz_desktop.core.store.transactions import Transactions
from ftz_desktop.core.store.validation import BatchValidationError, CellChange, CellProblem, RecordNotFoundError
from ftz_desktop.core.store.writes import indicators as indicator_edits
from ftz_desktop.core.store.writes import observations as observation_edits
from ftz_desktop.core.store.writes import sources as source_edits
from ftz_desktop.core.translate import tr

__all__ = [
    "WorkspaceStore", "StoreEvent", "CellChange", "CellProblem", "AddResult", "AuditRow", "BatchInfo",
    "SnapshotInfo", "SnapshotDiff", "ParseError", "BatchValidationError", "RecordNotFoundError",
    "WorkspaceError", "NotAWorkspaceError", "CorruptWorkspaceError", "NewerWorkspaceError",
    "UpgradeNeededError", "ReadOnlyWorkspaceError", "WorkspaceNotWritableError", "WorkspaceMovedError",
    "WorkspaceLockedError", "DiskFullError", "WorkspaceIOError", "StaleDataError", "ConflictError", "UndoConflictError",
    "DEFAULT_BUSY_TIMEOUT",
]

DEFAULT_BUSY_TIMEOUT = 5.0      # seconds to wait for another program's lock before reporting it
PathLike = Union[str, "os.PathLike[str]"]
# Indicators, sources and geographies keep the order they were added in (the study's order): a file's rowid,
# a server's position columns (core.store.schema.added_order).


def _may_edit_server(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(conn.exec_driver_sql("SELECT has_table_privilege(current_user, 'observations', 'UPDATE')")
                    .scalar())


class AddResult(NamedTuple):
    batch_id: str
    ids: tuple[int, ...]

    @property
    def id(self) -> int:
        """The id of the (first) added observation."""
        return self.ids[0]


class WorkspaceStore:
    """Use ``WorkspaceStore.open(path)``; close it (or use it as a context manager) when done."""

    def __init__(self, engine: Engine, path: Optional[Path], read_only: bool, schema: int = SCHEMA_VERSION,
                 location: Optional[str] = None) -> None:
        self._engine = engine
        self._path = path
        self._location = location or str(path)
        self._tx = Transactions(engine, path, read_only, self._after_commit,
                                None if location is None else location)
        self._lock = self._tx.lock
        self._events = EventHub()
        # Observations (and, from schema 5, indicators) carry their version; an older file is read without.
        self._cache = DatasetCache(self._tx, self._events, versioned=schema >= VERSIONS_SINCE)
        self.history = History(self._tx)
        self.snapshots = Snapshots(self._tx)
        self.recipes = Recipes(self._tx)
        self.pictures = Pictures(self._tx, available=schema >= PICTURES_SINCE)
        self._listener: Any = None       # a ChangeListener while watch_server() is on

    # --- opening and closing --------------------------------------------------------------------

    @classmethod
    def open(cls, path: PathLike, *, create: bool = True, read_only: bool = False,
             busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> "WorkspaceStore":
        if is_server_url(path):
            from ftz_desktop.core.store.server import open_server_engine

            engine, found, name = open_server_engine(str(path), create=create, read_only=read_only,
                                                     busy_timeout=busy_timeout)
            if found > SCHEMA_VERSION:
                engine.dispose()
                raise NewerWorkspaceError(name, found, SCHEMA_VERSION)
            # A login without the right to change the figures (an ftz_viewer) reads: the server would refuse
            # every write, so the store says so before anyone types (``may_edit``).
            viewer = not read_only and not _may_edit_server(engine)
            store = cls(engine, None, read_only or viewer, found, location=name)
            store._tx.viewer = viewer
        else:
            path = Path(path)
            engine, found = open_engine(path, create=create, read_only=read_only, busy_timeout=busy_timeout)
            store = cls(engine, path, read_only, found)
        if found < SCHEMA_VERSION and not (read_only and found >= OLDEST_READABLE_AS_IS):
            try:
                store._upgrade(found)
            except BaseException:
                engine.dispose()
                raise
        return store

    def _upgrade(self, found: int) -> None:
        path, name = self._path, self._tx.name
        if self.read_only:
            raise UpgradeNeededError(tr("{name} was written by an older version of ftz-desktop (schema {found}) and "
                                        "must be upgraded once: open it for editing.", name=name, found=found), path)
        try:
            with self._tx.write(f"Upgraded the workspace from schema {found} to {SCHEMA_VERSION}") as batch:
                migrate(batch, found)
        except (WorkspaceError, DiskFullError) as exc:
            raise type(exc)(f"{name} could not be upgraded from schema {found} to {SCHEMA_VERSION}; "
                            f"it has not been changed. {exc}", path) from exc
        self.pictures.available = True
        self._cache.versioned = True

    def watch_server(self, on_state: Optional[Callable[[bool], None]] = None) -> bool:
        """On a server: hear colleagues' commits as they happen (``core.store.server_notify``); their changes
        reach the listeners as the same events as our own. ``on_state(online)`` tells when the connection
        is lost or back. False (and nothing started) for a file."""
        if not self.is_server or self._listener is not None:
            return self._listener is not None
        from ftz_desktop.core.store.server_notify import ChangeListener

        self._listener = ChangeListener(self._engine.url, self._on_remote_batch, on_state).start()
        return True

    def landed(self, batch_id: str) -> bool:
        """Whether a write whose commit was in doubt (WorkspaceConnectionError.batch_id) is in the workspace; if it
        is, the figures are read again and listeners get a "reset" (its events were never sent)."""
        found = self._tx.landed(batch_id)
        if found:
            self._cache.forget()
        return found

    def check_connection(self) -> None:
        """A write lost its connection: the live updates look at theirs at once (``on_state`` tells if lost)."""
        if self._listener is not None:
            self._listener.check()

    def _on_remote_batch(self, batch_id: str) -> None:
        from ftz_desktop.core.store.server_notify import remote_events

        with self._lock:
            if self._tx.closed or batch_id in self._tx.own_batches:
                return
            if batch_id == "*":
                events = [StoreEvent("reset", "*")]
            else:
                events = remote_events(self.history.audit(batch_id=batch_id), self._cache.current)
            if events:
                self._cache.take(events)

    def close(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.stop()
        with self._lock:
            if not self._tx.closed:
                self._tx.closed = True
                self._events.clear()
                self._cache.forget(tell=False)
                self._engine.dispose()

    def __enter__(self) -> "WorkspaceStore":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def path(self) -> Optional[Path]:
        """The workspace file; None for a workspace on a server."""
        return self._path

    @property
    def location(self) -> str:
        """The file's path, or the server workspace's URL without its password."""
        return self._location

    @property
    def is_server(self) -> bool:
        return self._path is None

    @property
    def read_only(self) -> bool:
        return self._tx.read_only

    @property
    def closed(self) -> bool:
        return self._tx.closed

    # --- reading (core.store.cache keeps the Dataset current) -------------------------------------------

    def _after_commit(self, events: Sequence[StoreEvent]) -> None:
        self._cache.after_commit(events)

    def dataset(self) -> Dataset:
        """Everything, as a Dataset: cached until the next change (ours, or another program's, which
        also sends listeners a "reset"). Shared by all callers: treat it as read-only. A server out of reach
        leaves the figures last read (the window says it is offline); with none read yet, the error."""
        return self._cache.get()

    def refresh(self) -> bool:
        """Look for changes another program committed (a second window, the command line); if there
        are any, drop the cache, send listeners a "reset" and return True."""
        return self._cache.refresh()

    def indicators(self) -> dict[str, Indicator]:
        return self.dataset().indicators

    def observations(self) -> list[Observation]:
        return self.dataset().observations

    def observation(self, obs_id: int) -> Observation:
        try:
            return self._cache.by_id()[obs_id]
        except KeyError:
            raise RecordNotFoundError(tr("Observation {id} does not exist.", id=obs_id)) from None

    def sources(self) -> dict[str, Source]:
        return self.dataset().sources

    def geographies(self) -> dict[str, str]:
        return self.dataset().geographies

    # --- observation edits --------------------------------------------------------------------------

    def update_observation(self, obs_id: int, column: str, raw: object, label: str = "Edit", *,
                           expected_version: Optional[int] = None, check_typed: bool = False) -> str:
        """Set one cell; ParseError(column, reason) or RecordNotFoundError if refused. With ``check_typed``
        a likely slip is a BatchValidationError whose problem has kind "unusual" (the user confirms, then
        the caller writes again without the check). ``expected_version``: the row's version the caller read
        (Observation.version); written since, ConflictError naming who, when and both values."""
        change = CellChange(obs_id, column, raw, expected_version or 0)
        try:
            return self.apply_changes([change], label, check_typed=check_typed)
        except BatchValidationError as exc:
            problem = exc.problems[0]
            if problem.kind == "unusual":
                raise
            if problem.kind == "missing":
                raise RecordNotFoundError(tr("Observation {id} does not exist (it may have been deleted).",
                                             id=obs_id)) from None
            raise ParseError(problem.column, problem.reason) from None

    def apply_changes(self, changes: Sequence[CellChange], label: str = "Edit cells", *,
                      check_typed: bool = False) -> str:
        """Set many cells, all or nothing; BatchValidationError lists every refused cell. With
        ``check_typed`` a value about 100 times off the indicator's others is refused too (kind "unusual"):
        what a person types is checked, what a program restores is not. A change whose ``version`` (the row's
        version the caller read) is no longer the row's: ConflictError (core.store.conflicts)."""
        if self.is_server and any(c.version for c in changes):
            # Refused before queueing for the write lock when already stale (colleagues' writes need not wait
            # for it); the check inside the write transaction is the one that counts.
            with self._tx.read() as conn:
                observation_edits.check_versions(conn, list(changes))
        with self._tx.write(label) as batch:
            observation_edits.apply_cell_changes(batch, list(changes), check_typed=check_typed)
        return batch.batch_id

    def add_observation(self, indicator_id: str, geography: str, period: str, value: object = None, *,
                        source_id: str, qualifier: str = "", status: str = "A", note: str = "",
                        obs_id: Optional[int] = None, label: str = "Add observation",
                        check_typed: bool = False) -> AddResult:
        """Add one observation (``obs_id`` re-uses a free id, as undo of a delete does)."""
        row = {"indicator_id": indicator_id, "geography": geography, "period": period, "value": value,
               "source_id": source_id, "qualifier": qualifier, "status": status, "note": note, "id": obs_id}
        try:
            return self.add_observations([row], label, check_typed=check_typed)
        except BatchValidationError as exc:
            if exc.problems[0].kind == "unusual":
                raise
            raise ParseError(exc.problems[0].column, exc.problems[0].reason) from None

    def add_observations(self, rows: Sequence[Mapping[str, Any]], label: str = "Add observations", *,
                         check_typed: bool = False) -> AddResult:
        """Add many observations (dicts of raw field values), all or nothing; slips as ``apply_changes``."""
        with self._tx.write(label) as batch:
            ids = observation_edits.add_observation_rows(batch, list(rows), check_typed=check_typed)
        return AddResult(batch.batch_id, tuple(ids))

    def apply_edits(self, changes: Sequence[CellChange] = (), additions: Sequence[Mapping[str, Any]] = (),
                    label: str = "Edit", *, expected: Sequence[Observation] = (),
                    check_typed: bool = False) -> AddResult:
        """Cell changes and new observations in one all-or-nothing batch (an import, a paste that
        adds rows). ``expected``: the observations as the caller read them; if any has changed
        since, StaleDataError and nothing is written."""
        with self._tx.write(label) as batch:
            stale = observation_edits.stale_ids(batch.conn, list(expected))
            if stale:
                shown = ", ".join(str(i) for i in stale[:10]) + (" …" if len(stale) > 10 else "")
                raise StaleDataError(tr("The data changed since it was read (observation {ids}); nothing was "
                                        "changed. Reload and try again.", ids=shown), self._path, stale)
            check = check_typed
            if changes:
                observation_edits.apply_cell_changes(batch, list(changes), check_typed=check)
            ids = observation_edits.add_observation_rows(batch, list(additions), check_typed=check) if additions else []
        return AddResult(batch.batch_id, tuple(ids))

    def delete_observation(self, obs_id: int, label: str = "Delete observation") -> str:
        return self.delete_observations([obs_id], label)

    def delete_observations(self, obs_ids: Sequence[int], label: str = "Delete observations") -> str:
        with self._tx.write(label) as batch:
            observation_edits.delete_observation_rows(batch, list(obs_ids))
        return batch.batch_id

    # --- indicator edits ------------------------------------------------------------------------------

    def add_source(self, source: Source, label: str = "Add source") -> str:
        """Add the publication new figures come from (ParseError names a bad field)."""
        with self._tx.write(label) as batch:
            source_edits.add_source_row(batch, source)
        return batch.batch_id

    def delete_source(self, source_id: str, label: str = "Delete source") -> str:
        """Remove a source no observation cites."""
        with self._tx.write(label) as batch:
            source_edits.remove_source_row(batch, source_id)
        return batch.batch_id

    def add_indicator(self, indicator: Indicator, label: str = "Add indicator") -> str:
        with self._tx.write(label) as batch:
            indicator_edits.add_indicator_row(batch, indicator)
        return batch.batch_id

    def update_indicator(self, indicator_id: str, column: str, raw: object, label: str = "Edit indicator", *,
                         expected_version: Optional[int] = None) -> str:
        """Set one field of an indicator; ``expected_version`` as for ``update_observation``."""
        with self._tx.write(label) as batch:
            indicator_edits.update_indicator_cell(batch, indicator_id, column, raw, expected_version or 0)
        return batch.batch_id

    def delete_indicator(self, indicator_id: str, label: str = "Delete indicator") -> str:
        """Delete an indicator and all its observations, in one audited batch."""
        with self._tx.write(label) as batch:
            indicator_edits.delete_indicator_row(batch, indicator_id)
        return batch.batch_id

    # --- the file as a whole -----------------------------------------------------------------------------

    def backup(self, target_path: PathLike) -> Path:
        """A consistent, verified copy via SQLite's online backup API (see ``core.store.backup``)."""
        target = Path(target_path)
        if self._path is None:
            raise WorkspaceError(tr("The workspace {name} is on a server: the server's own backups keep it "
                                    "(pg_dump); nothing was written to {target}.", name=self._tx.name,
                                    target=quoted_path(target)), target)
        if target.exists() and target.resolve() == self._path.resolve():
            raise WorkspaceError(tr("A backup cannot overwrite the open workspace {target}.",
                                    target=quoted_path(target)), target)

        def copy_into(dest: sqlite3.Connection) -> None:
            with self._lock:          # between two commits, never inside one
                self._tx.check_open()
                raw = self._engine.raw_connection()
                try:
                    raw.driver_connection.backup(dest)  # type: ignore[union-attr]
                finally:
                    raw.close()

        return write_backup(copy_into, target)

    def integrity_check(self) -> None:
        """Full page-by-page check; CorruptWorkspaceError listing the first problems. On a server, whose pages
        are its own business, the check is that the workspace's version record and tables are all there."""
        with self._tx.read() as conn:
            problems = integrity_problems(conn, self.is_server)
        if problems != ["ok"]:
            raise CorruptWorkspaceError(f"The workspace {self._tx.name} is damaged: {'; '.join(problems)}",
                                        self._path)

    # --- events ----------------------------------------------------------------------------------------

    def subscribe(self, callback: Listener) -> Callable[[], None]:
        """Call ``callback(StoreEvent)`` after each commit; returns the function that unsubscribes."""
        return self._events.subscribe(callback)



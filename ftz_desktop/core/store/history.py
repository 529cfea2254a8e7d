"""The history side of the workspace store: audit log, undo, snapshots, recipes and backups.

A mixin of ``WorkspaceStore`` (kept apart so each module stays small); it uses the store's
``_read``/``_write`` transactions and lock, so every write here is audited like any other edit.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional, Union

from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.store import recipes as recipes_store
from ftz_desktop.core.store import snapshots as snaps
from ftz_desktop.core.store import undo
from ftz_desktop.core.store.audit import AuditRow, BatchInfo, query_audit, query_batches
from ftz_desktop.core.store.backup import write_backup
from ftz_desktop.core.store.errors import CorruptWorkspaceError, WorkspaceError
from ftz_desktop.core.store.snapshots import SnapshotDiff, SnapshotInfo

if TYPE_CHECKING:
    import threading
    from contextlib import AbstractContextManager

    from sqlalchemy.engine import Connection, Engine

    from ftz_desktop.core.store.audit import WriteBatch

PathLike = Union[str, "os.PathLike[str]"]


class HistoryMixin:
    if TYPE_CHECKING:
        _engine: Engine
        _path: Path
        _lock: threading.RLock

        def _read(self) -> AbstractContextManager[Connection]: ...
        def _write(self, label: str) -> AbstractContextManager[WriteBatch]: ...
        def _check_open(self) -> None: ...

    # --- audit and undo --------------------------------------------------------------------------------

    def audit(self, table: Optional[str] = None, row_key: object = None, column: Optional[str] = None,
              batch_id: Optional[str] = None, limit: Optional[int] = None) -> list[AuditRow]:
        """Audit rows matching every given filter, newest first."""
        with self._read() as conn:
            return query_audit(conn, table=table, row_key=row_key, column=column, batch_id=batch_id, limit=limit)

    def revert_batch(self, batch_id: str, label: Optional[str] = None) -> str:
        """Undo a batch as a new audited batch (revert that one to redo). UndoConflictError if what the
        batch wrote has been changed since, or it cannot be undone (creation, upgrade, snapshot)."""
        with self._read() as conn:
            original = undo.batch_label(conn, batch_id)
        with self._write(label or f"Undo {original}") as batch:
            undo.revert(batch, batch_id)
        return batch.batch_id

    def batches(self, limit: Optional[int] = None) -> list[BatchInfo]:
        """One summary per audited batch, newest first."""
        with self._read() as conn:
            return query_batches(conn, limit)

    # --- snapshots -------------------------------------------------------------------------------------

    def create_snapshot(self, name: str) -> int:
        with self._write(f"Snapshot '{name}'") as batch:
            sid = snaps.create(batch, name)
        return sid

    def snapshots(self) -> list[SnapshotInfo]:
        with self._read() as conn:
            return snaps.list_all(conn)

    def snapshot_dataset(self, snapshot_id: int) -> Dataset:
        with self._read() as conn:
            return snaps.dataset_of(conn, snapshot_id)

    def compare_snapshot(self, snapshot_id: int) -> list[SnapshotDiff]:
        with self._read() as conn:
            return snaps.compare(conn, snapshot_id)

    def restore_snapshot(self, snapshot_id: int) -> str:
        """Make the data equal the snapshot, as a new audited batch; listeners get one "reset"."""
        with self._read() as conn:
            name = snaps.info_of(conn, snapshot_id).name
        with self._write(f"Restore snapshot '{name}'") as batch:
            snaps.restore(batch, snapshot_id)
        return batch.batch_id

    # --- recipes ----------------------------------------------------------------------------------------

    def save_recipe(self, name: str, data: dict[str, Any]) -> str:
        with self._write(f"Save recipe '{name}'") as batch:
            recipes_store.save(batch, name, data)
        return batch.batch_id

    def recipe_names(self) -> list[str]:
        with self._read() as conn:
            return recipes_store.names(conn)

    def load_recipe(self, name: str) -> dict[str, Any]:
        with self._read() as conn:
            return recipes_store.load(conn, name)

    def delete_recipe(self, name: str) -> str:
        with self._write(f"Delete recipe '{name}'") as batch:
            recipes_store.remove(batch, name)
        return batch.batch_id

    # --- backup -------------------------------------------------------------------------------------------

    def backup(self, target_path: PathLike) -> Path:
        """A consistent, verified copy via SQLite's online backup API (see ``core.store.backup``)."""
        target = Path(target_path)
        if target.exists() and target.resolve() == self._path.resolve():
            raise WorkspaceError(f"A backup cannot overwrite the open workspace '{target}'.", target)

        def copy_into(dest: sqlite3.Connection) -> None:
            with self._lock:          # between two commits, never inside one
                self._check_open()
                raw = self._engine.raw_connection()
                try:
                    raw.driver_connection.backup(dest)
                finally:
                    raw.close()

        return write_backup(copy_into, target)

    def integrity_check(self) -> None:
        """Full page-by-page check; CorruptWorkspaceError listing the first problems."""
        with self._read() as conn:
            problems = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check(20)")]
        if problems != ["ok"]:
            raise CorruptWorkspaceError(f"The workspace '{self._path}' is damaged: {'; '.join(problems)}",
                                        self._path)

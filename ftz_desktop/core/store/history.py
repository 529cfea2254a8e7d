"""The workspace's history: the audit log, its batches, and undo (reverting a batch as a new batch)."""
from __future__ import annotations

from typing import Optional

from ftz_desktop.core.store import undo
from ftz_desktop.core.store.audit import AuditRow, BatchInfo, query_audit, query_batches
from ftz_desktop.core.store.transactions import Transactions


class History:
    """``store.history``: read the audit log and revert batches; every revert is audited like any edit."""

    def __init__(self, tx: Transactions) -> None:
        self._tx = tx

    def audit(self, table: Optional[str] = None, row_key: object = None, column: Optional[str] = None,
              batch_id: Optional[str] = None, limit: Optional[int] = None) -> list[AuditRow]:
        """Audit rows matching every given filter, newest first."""
        with self._tx.read() as conn:
            return query_audit(conn, table=table, row_key=row_key, column=column, batch_id=batch_id, limit=limit)

    def batches(self, limit: Optional[int] = None) -> list[BatchInfo]:
        """One summary per audited batch, newest first."""
        with self._tx.read() as conn:
            return query_batches(conn, limit)

    def revert(self, batch_id: str, label: Optional[str] = None) -> str:
        """Undo a batch as a new audited batch (revert that one to redo). UndoConflictError if what the
        batch wrote has been changed since, or it cannot be undone (creation, upgrade, snapshot)."""
        with self._tx.read() as conn:
            original = undo.batch_label(conn, batch_id)
        with self._tx.write(label or f"Undo {original}") as batch:
            undo.revert(batch, batch_id)
        return batch.batch_id

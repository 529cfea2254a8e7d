"""The audit log: one row per changed cell (or whole row for adds and removes), grouped in batches.

Values are stored as JSON text, so ``None`` (an empty cell, ``null``), ``""`` and ``0`` stay distinct
and undo can re-apply exactly what was there. SQL NULL in old_value/new_value means "no such side"
(no old value for an add, no new value for a remove). The table is append-only (a trigger on either backend).
"""
from __future__ import annotations

import getpass
import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterable, Optional

from sqlalchemy import func, insert, select
from sqlalchemy.engine import Connection

from ftz_desktop.core.store.events import StoreEvent
from ftz_desktop.core.store.schema import audit

ABSENT: Any = object()    # "this side does not exist" (old of an add, new of a remove)


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, sort_keys=True)


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:      # noqa: BLE001 - no login name in the environment (a service account); still audit
        return "unknown"


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class AuditRow:
    id: int
    batch_id: str
    at: str                      # UTC, ISO 8601
    user: str
    action: str                  # "add", "update", "remove", "migrate"
    table_name: str
    row_key: str
    column_name: Optional[str]
    old_value: Optional[str]     # JSON text, or None when there was no old side
    new_value: Optional[str]
    label: str

    @property
    def old(self) -> Any:
        """The old value decoded from JSON (None also when there was no old side)."""
        return None if self.old_value is None else json.loads(self.old_value)

    @property
    def new(self) -> Any:
        return None if self.new_value is None else json.loads(self.new_value)


@dataclass(frozen=True)
class BatchInfo:
    batch_id: str
    at: str
    user: str
    label: str
    changes: int                 # audit rows in the batch
    tables: tuple[str, ...]


@dataclass
class WriteBatch:
    """One edit in progress: its connection, the audit rows and the events it will publish on commit."""

    conn: Connection
    label: str
    batch_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    at: str = field(default_factory=utc_now)
    user: str = field(default_factory=current_user)
    rows: list[dict[str, Any]] = field(default_factory=list)
    _events: dict[tuple[str, str], tuple[list[Any], set[str], set[str]]] = field(default_factory=dict)

    def record(self, action: str, table: str, row_key: object, column: Optional[str] = None,
               old: Any = ABSENT, new: Any = ABSENT) -> None:
        self.rows.append({
            "batch_id": self.batch_id, "at": self.at, "user": self.user, "action": action,
            "table_name": table, "row_key": str(row_key), "column_name": column,
            "old_value": None if old is ABSENT else to_json(old),
            "new_value": None if new is ABSENT else to_json(new),
            "label": self.label,
        })

    def event(self, kind: str, table: str, keys: Iterable[object], columns: Iterable[str] = (),
              indicators: Iterable[str] = ()) -> None:
        """Collect changed keys and the indicators they touch; one event per (kind, table) after commit."""
        bucket_keys, bucket_columns, bucket_indicators = self._events.setdefault((kind, table), ([], set(), set()))
        bucket_keys.extend(keys)
        bucket_columns.update(columns)
        bucket_indicators.update(indicators)

    def reset_events(self) -> None:
        """Replace the collected events by one "reset": listeners reload everything."""
        self._events = {("reset", "*"): ([], set(), set())}

    def events(self) -> list[StoreEvent]:
        out = []
        for (kind, table), (keys, columns, indicators) in self._events.items():
            unique = tuple(dict.fromkeys(keys))
            out.append(StoreEvent(kind=kind, table=table, keys=unique, columns=tuple(sorted(columns)),
                                  batch_id=self.batch_id, indicators=frozenset(indicators)))
        return out

    def flush(self) -> None:
        if self.rows:
            self.conn.execute(insert(audit), self.rows)

    @property
    def changed(self) -> bool:
        return bool(self.rows)


def _row(r: Any) -> AuditRow:
    return AuditRow(**{c.name: r._mapping[c.name] for c in audit.columns})


def query_audit(conn: Connection, *, table: Optional[str] = None, row_key: object = None,
                column: Optional[str] = None, batch_id: Optional[str] = None,
                limit: Optional[int] = None) -> list[AuditRow]:
    """Audit rows matching every given filter, newest first."""
    stmt = select(audit).order_by(audit.c.id.desc())
    if table is not None:
        stmt = stmt.where(audit.c.table_name == table)
    if row_key is not None:
        stmt = stmt.where(audit.c.row_key == str(row_key))
    if column is not None:
        stmt = stmt.where(audit.c.column_name == column)
    if batch_id is not None:
        stmt = stmt.where(audit.c.batch_id == batch_id)
    if limit is not None:
        stmt = stmt.limit(int(limit))
    return [_row(r) for r in conn.execute(stmt)]


def query_batches(conn: Connection, limit: Optional[int] = None) -> list[BatchInfo]:
    """One entry per batch, newest first."""
    stmt = (select(audit.c.batch_id, func.min(audit.c.at), func.min(audit.c.user), func.min(audit.c.label),
                   func.count(), func.aggregate_strings(audit.c.table_name, ","))
            .group_by(audit.c.batch_id).order_by(func.max(audit.c.id).desc()))
    if limit is not None:
        stmt = stmt.limit(int(limit))
    return [BatchInfo(batch_id=b, at=at, user=user, label=label, changes=n,
                      tables=tuple(sorted(set((tables or "").split(",")) - {""})))
            for b, at, user, label, n, tables in conn.execute(stmt)]

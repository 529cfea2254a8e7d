"""Reverting an audited batch: the inverse of every row it wrote, applied as a new audited batch.

This is what an undo step (and, reverting the undo, a redo) does: the audit log only grows. Each
row is reverted only if the data still holds what the batch wrote; otherwise nothing is changed and
``UndoConflictError`` names the first cell that moved on. Rows are undone newest first, consecutive
rows of one kind together (a 10,000-cell paste is reverted by one apply_cell_changes).
"""
from __future__ import annotations

import json
from itertools import groupby
from typing import Any, Callable

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from ftz_desktop.core.domain.model import Indicator, Source
from ftz_desktop.core.store import recipes as recipes_store
from ftz_desktop.core.store.audit import AuditRow, WriteBatch, query_audit
from ftz_desktop.core.store.errors import UndoConflictError, quoted_path
from ftz_desktop.core.store.schema import indicator_select, indicators, observations, recipes
from ftz_desktop.core.store.validation import CellChange, RecordNotFoundError
from ftz_desktop.core.store.writes import indicators as indicator_edits
from ftz_desktop.core.store.writes import observations as observation_edits
from ftz_desktop.core.store.writes import sources as source_edits
from ftz_desktop.core.translate import tr

_SKIPPED = {("restore", "snapshots")}     # a note in the log, not a change of data


def _conflict(what: str) -> UndoConflictError:
    return UndoConflictError(tr("Cannot undo: {what} has changed since; nothing was undone.", what=what))


def _observation_updates(batch: WriteBatch, rows: list[AuditRow]) -> None:
    old: dict[tuple[int, str], Any] = {}
    expected: dict[tuple[int, str], Any] = {}
    for row in rows:                    # newest first: the newest "new" is what must be there now,
        cell = (int(row.row_key), str(row.column_name))     # the oldest "old" is what comes back
        expected.setdefault(cell, row.new)
        old[cell] = row.old
    current = observation_edits.fetch_rows(batch.conn, {oid for oid, _ in old})
    for (oid, column), value in expected.items():
        if oid not in current or current[oid][column] != value:
            raise _conflict(tr("observation {id} ({column})", id=oid, column=column))
    observation_edits.apply_cell_changes(batch, [CellChange(oid, col, value) for (oid, col), value in old.items()])


def _observation_adds(batch: WriteBatch, rows: list[AuditRow]) -> None:
    current = observation_edits.fetch_rows(batch.conn, [int(r.row_key) for r in rows])
    for row in rows:
        if current.get(int(row.row_key)) != row.new:
            raise _conflict(tr("observation {id}", id=row.row_key))
    observation_edits.delete_observation_rows(batch, [int(r.row_key) for r in rows])


def _observation_removes(batch: WriteBatch, rows: list[AuditRow]) -> None:
    if observation_edits.fetch_rows(batch.conn, [int(r.row_key) for r in rows]):
        raise _conflict(tr("an observation id that was deleted"))
    observation_edits.add_observation_rows(batch, [dict(r.old) for r in reversed(rows)])


def _indicator_row(batch: WriteBatch, indicator_id: str) -> dict[str, Any] | None:
    row = batch.conn.execute(indicator_select().where(indicators.c.id == indicator_id)).first()
    # What the audit keeps of it: its fields, not its version.
    return None if row is None else {k: v for k, v in row._mapping.items() if k != "version"}


def _indicator_updates(batch: WriteBatch, rows: list[AuditRow]) -> None:
    for row in rows:
        current = _indicator_row(batch, row.row_key)
        column = str(row.column_name)       # an update row always names its column
        if current is None or current[column] != row.new:
            raise _conflict(tr("indicator {id} ({column})", id=row.row_key, column=column))
        indicator_edits.update_indicator_cell(batch, row.row_key, column, row.old)


def _indicator_adds(batch: WriteBatch, rows: list[AuditRow]) -> None:
    for row in rows:
        used = batch.conn.execute(select(func.count()).select_from(observations)
                                  .where(observations.c.indicator_id == row.row_key)).scalar()
        if _indicator_row(batch, row.row_key) != row.new or used:
            raise _conflict(tr("indicator {id}", id=row.row_key))
        indicator_edits.delete_indicator_row(batch, row.row_key)


def _indicator_removes(batch: WriteBatch, rows: list[AuditRow]) -> None:
    for row in rows:
        if _indicator_row(batch, row.row_key) is not None:
            raise _conflict(tr("indicator {id}", id=row.row_key))
        indicator_edits.add_indicator_row(batch, Indicator(**row.old))


def _source_adds(batch: WriteBatch, rows: list[AuditRow]) -> None:
    for row in rows:
        if source_edits.fetch_source(batch, row.row_key) != row.new or \
                source_edits.citing_observations(batch, row.row_key):
            raise _conflict(tr("source {id}", id=row.row_key))
        source_edits.remove_source_row(batch, row.row_key)


def _source_removes(batch: WriteBatch, rows: list[AuditRow]) -> None:
    for row in rows:
        if source_edits.fetch_source(batch, row.row_key) is not None:
            raise _conflict(tr("source {id}", id=row.row_key))
        source_edits.add_source_row(batch, Source(**row.old))


def _recipes(batch: WriteBatch, rows: list[AuditRow]) -> None:
    for row in rows:
        stored = batch.conn.execute(select(recipes.c.json).where(recipes.c.name == row.row_key)).scalar()
        if (None if stored is None else json.loads(stored)) != row.new:
            raise _conflict(tr("recipe {name}", name=quoted_path(row.row_key)))
        if row.action == "add":
            recipes_store.remove(batch, row.row_key)
        else:
            recipes_store.save(batch, row.row_key, row.old)


_HANDLERS: dict[tuple[str, str], Callable[[WriteBatch, list[AuditRow]], None]] = {
    ("update", "observations"): _observation_updates,
    ("add", "observations"): _observation_adds,
    ("remove", "observations"): _observation_removes,
    ("update", "indicators"): _indicator_updates,
    ("add", "indicators"): _indicator_adds,
    ("remove", "indicators"): _indicator_removes,
    ("add", "sources"): _source_adds,
    ("remove", "sources"): _source_removes,
    ("add", "recipes"): _recipes,
    ("update", "recipes"): _recipes,
    ("remove", "recipes"): _recipes,
}


def batch_label(conn: Connection, batch_id: str) -> str:
    rows = query_audit(conn, batch_id=batch_id, limit=1)
    if not rows:
        raise RecordNotFoundError(tr("There is no change (batch {batch}) to undo.", batch=batch_id))
    return rows[0].label


def revert(batch: WriteBatch, batch_id: str) -> None:
    """Write the inverse of batch ``batch_id`` into ``batch``."""
    rows = query_audit(batch.conn, batch_id=batch_id)       # newest first
    if not rows:
        raise RecordNotFoundError(tr("There is no change (batch {batch}) to undo.", batch=batch_id))
    for (action, table), run in groupby(rows, key=lambda r: (r.action, r.table_name)):
        if (action, table) in _SKIPPED:
            continue
        handler = _HANDLERS.get((action, table))
        if handler is None:
            raise UndoConflictError(tr("{label} cannot be undone ({action} in {table}); nothing was undone.",
                                       label=quoted_path(rows[0].label), action=action, table=table))
        handler(batch, list(run))

"""Indicator writes inside one audited batch: add, change a field, delete (with its observations)."""
from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, insert, or_, select, update

from ftz_desktop.core.domain.model import Indicator
from ftz_desktop.core.domain.parsing import ParseError
from ftz_desktop.core.store.audit import WriteBatch
from ftz_desktop.core.store.conflicts import indicator_conflict
from ftz_desktop.core.store.schema import indicator_to_row, indicators, observations
from ftz_desktop.core.store.validation import RecordNotFoundError, indicator_cell, indicator_row_problems, new_indicator
from ftz_desktop.core.store.versions import version_for_reuse
from ftz_desktop.core.store.writes.observations import delete_observation_rows
from ftz_desktop.core.translate import tr


def _fetch(batch: WriteBatch, indicator_id: str) -> dict[str, Any]:
    row = batch.conn.execute(select(indicators).where(indicators.c.id == indicator_id)).first()
    if row is None:
        raise RecordNotFoundError(tr("Indicator '{id}' does not exist.", id=indicator_id))
    return dict(row._mapping)


def add_indicator_row(batch: WriteBatch, indicator: Indicator) -> str:
    row = new_indicator(indicator_to_row(indicator))
    exists = batch.conn.execute(select(indicators.c.id).where(indicators.c.id == row["id"])).first()
    if exists is not None:
        raise ParseError("id", tr("an indicator '{id}' already exists", id=row["id"]))
    batch.conn.execute(insert(indicators).values(version=version_for_reuse(batch.conn, "indicators", row["id"])),
                       [row])
    batch.record("add", "indicators", row["id"], new=row)
    batch.event("added", "indicators", [row["id"]], indicators=[row["id"]])
    return row["id"]


def _outside_range(batch: WriteBatch, indicator_id: str, low: Any, high: Any) -> int:
    conditions = []
    if low is not None:
        conditions.append(observations.c.value < low)
    if high is not None:
        conditions.append(observations.c.value > high)
    if not conditions:
        return 0
    stmt = (select(func.count()).select_from(observations)
            .where(observations.c.indicator_id == indicator_id, or_(*conditions)))
    return int(batch.conn.execute(stmt).scalar() or 0)


def update_indicator_cell(batch: WriteBatch, indicator_id: str, column: str, raw: object,
                          expected_version: int = 0) -> None:
    """``expected_version``: the row's version the caller read (0: not checked); written since, a
    ConflictError names who changed it, when, and both values."""
    current = _fetch(batch, indicator_id)
    if expected_version and current["version"] != expected_version:
        raise indicator_conflict(batch.conn, current, column, raw)
    if column == "id":
        raise ParseError("id", tr("cannot be changed: the text, charts and briefs refer to the indicator by it"))
    new = indicator_cell(column, raw)
    final = {**current, column: new}
    for col, reason in indicator_row_problems(final):
        raise ParseError(col, reason)
    if column in ("min_value", "max_value"):
        outside = _outside_range(batch, indicator_id, final["min_value"], final["max_value"])
        if outside:
            raise ParseError(column, tr("{count} observation(s) of {indicator} lie outside the new range; "
                                        "correct them first", count=outside, indicator=indicator_id))
    if current[column] == new and type(current[column]) is type(new):
        return
    # Writers take turns (the write lock), so the row is still at the version just read.
    batch.conn.execute(update(indicators).where(indicators.c.id == indicator_id)
                       .values({column: new, "version": indicators.c.version + 1}))
    batch.record("update", "indicators", indicator_id, column, old=current[column], new=new)
    batch.event("updated", "indicators", [indicator_id], [column], [indicator_id])


def delete_indicator_row(batch: WriteBatch, indicator_id: str) -> None:
    current = _fetch(batch, indicator_id)
    ids = list(batch.conn.execute(select(observations.c.id).where(observations.c.indicator_id == indicator_id)
                                  .order_by(observations.c.id)).scalars())
    delete_observation_rows(batch, ids)
    batch.conn.execute(delete(indicators).where(indicators.c.id == indicator_id))
    batch.record("remove", "indicators", indicator_id, old={k: v for k, v in current.items() if k != "version"})
    batch.event("removed", "indicators", [indicator_id], indicators=[indicator_id])

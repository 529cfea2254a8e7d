"""Optimistic concurrency: a write that says which version of a row it read is refused when the row has been
written since (by a colleague on the server, another window on the file); nothing of the batch is written.

The check is made inside the write transaction, where writers take turns (SQLite's BEGIN IMMEDIATE, the
server's write lock), and the UPDATE itself is guarded (``WHERE id = ? AND version = ?``): of two writes
based on one read, exactly one succeeds. The refusal names who changed the row, when, and both values, read
from the newest audit rows of that row: "Chengdu's goods exports (Chengdu), 2022: alice changed the value to
378.9 at 10:42; yours was 380.0 — nothing was written."
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Mapping, Optional, Sequence

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ftz_desktop.core.domain.formatting import format_with_unit
from ftz_desktop.core.domain.model import Indicator
from ftz_desktop.core.domain.periods import period_label
from ftz_desktop.core.store.audit import AuditRow, query_audit
from ftz_desktop.core.store.errors import ConflictError
from ftz_desktop.core.store.schema import geographies, indicator_from_row, indicator_select, indicators
from ftz_desktop.core.translate import current_language, tr

SHOWN = 5          # conflicts spelt out in one message; the rest are counted


@dataclass(frozen=True)
class Conflict:
    """One cell this user wrote on a stale read: what they typed, and the newest change of the row since."""

    obs_id: int
    column: str                  # the cell this user wrote
    mine: object                 # what this user typed
    read_version: int            # the row's version this user read
    version: int                 # its version now
    changed_column: str          # the cell the newest change of the row wrote (usually ``column``)
    theirs: Any                  # that cell's value now
    user: str                    # who made the newest change ("" when the audit does not say)
    at: str                      # when (UTC, ISO 8601; "" when not known)
    figure: str                  # how a message names the row
    indicator: Optional[Indicator] = None    # the row's indicator: values are said with its unit


def _column_word(column: str) -> str:
    words = {"value": tr("the value"), "qualifier": tr("the qualifier"), "status": tr("the status"),
             "source_id": tr("the source"), "note": tr("the note"), "period": tr("the period"),
             "geography": tr("the geography"), "name": tr("the name"), "unit": tr("the unit"),
             "multiplier": tr("the unit's scale"), "currency": tr("the currency"), "decimals": tr("the decimals"),
             "min_value": tr("the lowest allowed value"), "max_value": tr("the highest allowed value"),
             "section": tr("the section"), "topic": tr("the topic"), "description": tr("the description")}
    return words.get(column, column)


def _shown(value: Any) -> str:
    if value is None or value == "":
        return tr("(empty)")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)


def _local_time(at: str) -> str:
    """"10:42" today, "2026-11-30 10:42" another day, in this PC's time zone."""
    try:
        when = datetime.fromisoformat(at).astimezone()
    except ValueError:
        return at
    same_day = when.date() == datetime.now().astimezone().date()
    return when.strftime("%H:%M" if same_day else "%Y-%m-%d %H:%M")


def _indicator_name(indicator_id: str, stored: Optional[str]) -> str:
    """The indicator's name in the message's language (data/<language>/indicators.csv), else as stored."""
    from ftz_desktop.core.study.names import load_names

    named = load_names(current_language()).indicators.get(indicator_id, {}).get("name")
    return named or stored or indicator_id


def _figure(conn: Connection, row: Mapping[str, Any]) -> str:
    from ftz_desktop.core.study.names import load_names

    name = conn.execute(select(indicators.c.name).where(indicators.c.id == row["indicator_id"])).scalar()
    where = conn.execute(select(geographies.c.name).where(geographies.c.id == row["geography"])).scalar()
    name = _indicator_name(row["indicator_id"], name)
    where = load_names(current_language()).geographies.get(row["geography"]) or where or row["geography"]
    period = period_label(row["period"], current_language())
    if where in name:
        return tr("{name}, {period}", name=name, period=period)
    return tr("{name} ({where}), {period}", name=name, where=where, period=period)


def _newest_change(conn: Connection, obs_id: object, column: str, table: str = "observations") -> Optional[AuditRow]:
    """The newest audit row of the row's newest batch, that of ``column`` if that batch wrote it."""
    rows = query_audit(conn, table=table, row_key=obs_id, limit=50)
    if not rows:
        return None
    newest = [r for r in rows if r.batch_id == rows[0].batch_id]
    return next((r for r in newest if r.column_name == column), newest[0])


def find_conflicts(conn: Connection, current: Mapping[int, Mapping[str, Any]],
                   seen: Sequence[tuple[int, str, object, int]]) -> list[Conflict]:
    """A Conflict for each (obs id, column, typed, version read) whose row is no longer at that version (0: the
    caller does not know it; not checked). Rows that do not exist are left to the caller."""
    found = []
    for oid, column, raw, version in seen:
        row = current.get(oid)
        if not version or row is None or row["version"] == version:
            continue
        change = _newest_change(conn, oid, column)
        changed = (change.column_name or column) if change else column
        found.append(Conflict(oid, column, raw, version, row["version"], changed,
                              row.get(changed, row.get(column)), change.user if change else "",
                              change.at if change else "", _figure(conn, row), _indicator(conn, row["indicator_id"])))
    return found


def _indicator(conn: Connection, indicator_id: str) -> Optional[Indicator]:
    found = conn.execute(indicator_select(versioned=False).where(indicators.c.id == indicator_id)).first()
    return indicator_from_row(found._mapping) if found is not None else None


def _said(value: Any, column: str, indicator: Optional[Indicator]) -> str:
    """A value as the message says it: a figure with its unit, in the language's convention (4605.9亿元, 460.59
    billion yuan); anything else as it is."""
    if column == "value" and indicator is not None and value not in (None, ""):
        try:
            number = float(str(value).replace(",", ""))
        except ValueError:
            return _shown(value)
        return format_with_unit(number, indicator, current_language())
    return _shown(value)


def indicator_conflict(conn: Connection, row: Mapping[str, Any], column: str, mine: object) -> ConflictError:
    """The refusal of a change of ``column`` of the indicator ``row`` (as it is now) made on an older read."""
    change = _newest_change(conn, row["id"], column, table="indicators")
    changed = (change.column_name or column) if change else column
    conflict = Conflict(0, column, mine, 0, row["version"], changed, row.get(changed, row.get(column)),
                        change.user if change else "", change.at if change else "",
                        tr("The indicator “{name}”", name=_indicator_name(row["id"], row["name"])))
    return ConflictError(describe(conflict), None, [])


def when_and_who(change: Optional[AuditRow]) -> tuple[str, str]:
    """Who made ``change`` and when, as a message says them ("someone", "an unknown time" if not known)."""
    user = change.user if change and change.user else tr("someone")
    when = _local_time(change.at) if change and change.at else tr("an unknown time")
    return user, when


def describe(conflict: Conflict) -> str:
    """One line for the user (in the current language)."""
    user = conflict.user or tr("someone")
    when = _local_time(conflict.at) if conflict.at else tr("an unknown time")
    return tr("{figure}: {user} changed {column} to {theirs} at {when}; yours was {mine} — nothing was written.",
              figure=conflict.figure, user=user, column=_column_word(conflict.changed_column),
              theirs=_said(conflict.theirs, conflict.changed_column, conflict.indicator), when=when,
              mine=_said(conflict.mine, conflict.column, conflict.indicator))


def conflict_error(conflicts: Sequence[Conflict]) -> ConflictError:
    lines = [describe(c) for c in conflicts[:SHOWN]]
    if len(conflicts) > SHOWN:
        lines.append(tr("… and {n} more cells changed by others since they were read.", n=len(conflicts) - SHOWN))
    return ConflictError("\n".join(lines), None, list(conflicts))

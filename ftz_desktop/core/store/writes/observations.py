"""Observation writes inside one audited batch: cell changes, added rows, removed rows.

Each function validates everything first (raising before any write), then writes the rows, their
audit records and the event to publish; the caller commits or rolls back the whole batch.
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping, Optional, Sequence

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection

from ftz_desktop.core.domain.parsing import ParseError
from ftz_desktop.core.domain.slips import slip_reason
from ftz_desktop.core.store.audit import WriteBatch
from ftz_desktop.core.store.conflicts import conflict_error, find_conflicts
from ftz_desktop.core.store.schema import (
    OBSERVATION_FIELDS,
    geographies,
    indicator_from_row,
    indicators,
    keep_ids_unique,
    observation_select,
    observations,
    sources,
)
from ftz_desktop.core.store.transactions import chunks
from ftz_desktop.core.store.validation import (
    BatchValidationError,
    CellChange,
    CellProblem,
    RecordNotFoundError,
    References,
    new_observation,
    new_row_name,
    observation_cell,
    observation_name,
    row_problems,
)
from ftz_desktop.core.store.versions import versions_for_reuse as reused
from ftz_desktop.core.study.provenance import not_stated_reason
from ftz_desktop.core.translate import tr

Key = tuple[str, str, str]
# A change to any of these re-asks whether the row's source may be the study's.
_PROVENANCE_COLUMNS = frozenset({"value", "source_id", "indicator_id", "geography", "period"})


def load_references(conn: Connection) -> References:
    return References(
        indicators={r.id: indicator_from_row(r._mapping) for r in conn.execute(select(indicators))},
        sources=frozenset(conn.execute(select(sources.c.id)).scalars()),
        geographies=frozenset(conn.execute(select(geographies.c.id)).scalars()),
    )


def fetch_rows(conn: Connection, ids: Iterable[int], with_version: bool = False) -> dict[int, dict[str, Any]]:
    """Current observation rows by id (ids that do not exist are simply absent): their content (what the audit
    records), and ``with_version`` their version too."""
    wanted = sorted({i for i in ids if isinstance(i, int) and not isinstance(i, bool)})
    found: dict[int, dict[str, Any]] = {}
    for chunk in chunks(wanted):
        for row in conn.execute(observation_select(with_version).where(observations.c.id.in_(chunk))):
            found[row.id] = dict(row._mapping)
    return found


def keys_of(conn: Connection, indicator_ids: Iterable[str]) -> dict[Key, int]:
    """(indicator, geography, period) -> id for every observation of the given indicators."""
    found: dict[Key, int] = {}
    for chunk in chunks(sorted(set(indicator_ids))):
        stmt = select(observations.c.id, observations.c.indicator_id, observations.c.geography,
                      observations.c.period).where(observations.c.indicator_id.in_(chunk))
        for oid, ind, geo, period in conn.execute(stmt):
            found[(ind, geo, period)] = oid
    return found


def _key(row: Mapping[str, Any]) -> Key:
    return (row["indicator_id"], row["geography"], row["period"])


def _key_text(key: Key) -> str:
    return " / ".join(key)


def _holds(where: str, key: Key) -> str:
    """Why a row cannot take ``key``: "observation 12 already holds x / SC / 2022"."""
    return tr("{where} already holds {key}", where=where, key=_key_text(key))


def _values_of(conn: Connection, indicator_ids: Iterable[str]) -> dict[str, dict[int, Optional[float]]]:
    """indicator id -> {observation id: value}: what a new value is compared with for slips."""
    found: dict[str, dict[int, Optional[float]]] = {}
    for chunk in chunks(sorted(set(indicator_ids))):
        stmt = select(observations.c.id, observations.c.indicator_id, observations.c.value).where(
            observations.c.indicator_id.in_(chunk))
        for oid, ind, value in conn.execute(stmt):
            found.setdefault(ind, {})[oid] = value
    return found


# A new value to look at for slips: (observation id or None, new row or None, indicator id, as typed, parsed).
NewValue = tuple[Optional[int], Optional[int], str, object, Optional[float]]


def _slip_problems(conn: Connection, refs: References, cells: Sequence[NewValue]) -> list[CellProblem]:
    """A problem (kind "unusual") for each new value that looks like a slip beside the indicator's others."""
    others = _values_of(conn, (ind for _, _, ind, _, _ in cells))
    problems = []
    for oid, row, indicator_id, raw, value in cells:
        compared = [v for other, v in others.get(indicator_id, {}).items() if other != oid]
        reason = slip_reason(raw, value, refs.indicators[indicator_id], compared)
        if reason:
            problems.append(CellProblem(oid, "value", reason, row=row, kind="unusual"))
    return problems


def _not_stated(rows: Mapping[Any, Mapping[str, Any]], row_of: Mapping[Any, Optional[int]] = {}) -> list[CellProblem]:
    """A problem (kind "not_stated") for each figure that cites the study although the study does not state it."""
    problems = []
    for oid, row in rows.items():
        reason = not_stated_reason(_key(row), row["value"], row["source_id"])
        if reason:
            problems.append(CellProblem(oid if row_of.get(oid) is None else None, "source_id", reason,
                                        row=row_of.get(oid), kind="not_stated"))
    return problems


def check_versions(conn: Connection, changes: Sequence[CellChange]) -> dict[int, dict[str, Any]]:
    """The rows the changes touch, as they are now; ConflictError when one was written since the version its
    change read."""
    current = fetch_rows(conn, (c.obs_id for c in changes), with_version=True)
    conflicts = find_conflicts(conn, current, [(c.obs_id, c.column, c.raw, c.version) for c in changes])
    if conflicts:
        raise conflict_error(conflicts)
    return current


def apply_cell_changes(batch: WriteBatch, changes: Sequence[CellChange], check_typed: bool = False) -> None:
    """Validate every cell, then write them all (BatchValidationError lists every refused cell).
    ``check_typed`` (what a person typed): also refuse, for the user to confirm, a value about 100 times
    off the indicator's others (kind "unusual")."""
    conn = batch.conn
    current = check_versions(conn, changes)           # first: a refused write holds the write lock briefly
    refs = load_references(conn)
    problems: list[CellProblem] = []
    new_cells: dict[int, dict[str, Any]] = {}
    for change in changes:
        oid, column = change.obs_id, change.column
        if oid not in current:
            problems.append(CellProblem(oid, column, tr("no such observation (it may have been deleted)"),
                                        kind="missing"))
            continue
        cells = new_cells.setdefault(oid, {})
        if column in cells:
            problems.append(CellProblem(oid, column, tr("is changed twice in one batch"), kind="conflict"))
            continue
        indicator = refs.indicators[current[oid]["indicator_id"]]
        try:
            cells[column] = observation_cell(column, change.raw, indicator, refs)
        except ParseError as exc:
            problems.append(CellProblem(oid, column, exc.reason))
    final = {oid: {**current[oid], **cells} for oid, cells in new_cells.items()}
    for oid, cells in new_cells.items():
        problems.extend(CellProblem(oid, col, reason) for col, reason in row_problems(final[oid], cells))
    problems.extend(_not_stated({oid: final[oid] for oid, cells in new_cells.items()
                                 if _PROVENANCE_COLUMNS.intersection(cells)}))
    if check_typed and not problems:
        raw_of = {(c.obs_id, c.column): c.raw for c in changes}
        changed_values = [oid for oid, cells in new_cells.items()
                          if "value" in cells and cells["value"] != current[oid]["value"]]
        problems.extend(_slip_problems(conn, refs, [
            (oid, None, final[oid]["indicator_id"], raw_of[(oid, "value")], final[oid]["value"])
            for oid in changed_values]))
    moved = [oid for oid in new_cells if _key(final[oid]) != _key(current[oid])]
    if moved and not problems:
        problems.extend(_key_collisions(conn, final, new_cells, moved))
    if problems:
        raise BatchValidationError(problems)
    read = {c.obs_id: c.version for c in changes if c.version}
    _write_cells(batch, current, new_cells, moved, read)


def _key_collisions(conn: Connection, final: dict[int, dict[str, Any]], new_cells: dict[int, dict[str, Any]],
                    moved: list[int]) -> list[CellProblem]:
    occupied = {key: oid for key, oid in keys_of(conn, (final[o]["indicator_id"] for o in moved)).items()
                if oid not in moved}
    problems = []
    for oid in moved:
        key = _key(final[oid])
        other = occupied.setdefault(key, oid)
        if other != oid:
            column = "period" if "period" in new_cells[oid] else "geography"
            problems.append(CellProblem(oid, column, _holds(observation_name(other), key), kind="conflict"))
    return problems


def _write_cells(batch: WriteBatch, current: dict[int, dict[str, Any]], new_cells: dict[int, dict[str, Any]],
                 moved: list[int], read: Mapping[int, int]) -> None:
    """Write the changed cells, each row raising its version; ``read``: the version the caller read of a row
    (else the one this transaction read)."""
    conn = batch.conn
    changed: dict[int, dict[str, Any]] = {}
    for oid, cells in new_cells.items():
        real = {col: new for col, new in cells.items() if current[oid][col] != new or
                type(current[oid][col]) is not type(new)}
        if real:
            changed[oid] = real
    if len(moved) > 1:
        # Rows may swap keys (A->B, B->A); SQLite and PostgreSQL check UNIQUE per row, so park them on free
        # keys first: a control character no period can hold (not NUL, which PostgreSQL's text refuses).
        conn.execute(update(observations).where(observations.c.id == bindparam("oid"))
                     .values(period=bindparam("parked")),
                     [{"oid": oid, "parked": f"\x01moving {oid}"} for oid in moved])
    writes = {oid: dict(cells) for oid, cells in changed.items()}
    for oid in moved if len(moved) > 1 else ():
        writes[oid]["period"] = {**current[oid], **new_cells[oid]}["period"]   # un-park
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for oid, cells in writes.items():
        columns = tuple(sorted(cells))
        groups.setdefault(columns, []).append({"oid": oid, **{f"new_{c}": cells[c] for c in columns}})
    for columns, params in groups.items():
        for param in params:
            param["seen"] = read.get(param["oid"], current[param["oid"]]["version"])
        # Guarded by the version read: a row written since is not overwritten (the check above said why).
        stmt = (update(observations)
                .where(observations.c.id == bindparam("oid"), observations.c.version == bindparam("seen"))
                .values({**{c: bindparam(f"new_{c}") for c in columns}, "version": observations.c.version + 1}))
        if conn.execute(stmt, params).rowcount != len(params):
            raise _written_meanwhile(conn, changed, {p["oid"]: p["seen"] for p in params})
    for oid, cells in changed.items():
        for column, new in cells.items():
            batch.record("update", "observations", oid, column, old=current[oid][column], new=new)
    if changed:
        touched = {current[oid]["indicator_id"] for oid in changed}
        touched.update(cells.get("indicator_id", current[oid]["indicator_id"]) for oid, cells in changed.items())
        batch.event("updated", "observations", changed,
                    {c for cells in changed.values() for c in cells}, touched)


def _written_meanwhile(conn: Connection, changed: dict[int, dict[str, Any]], ids: Mapping[int, int]) -> Exception:
    """The ConflictError for rows (id -> version read) that are no longer at that version when written."""
    now = fetch_rows(conn, ids, with_version=True)
    seen = [(oid, column, new, version) for oid, version in ids.items()
            for column, new in list(changed[oid].items())[:1]]
    return conflict_error(find_conflicts(conn, now, seen)) if now else RecordNotFoundError(
        tr("Observation {id} does not exist (it may have been deleted already).", id=next(iter(ids))))


def versions_for_reuse(conn: Connection, ids: Iterable[int]) -> dict[int, int]:
    """Observation id -> the version a row added again under it starts at (``core.store.versions``)."""
    return {int(key): version for key, version in reused(conn, "observations", ids).items()}


def add_observation_rows(batch: WriteBatch, rows: Sequence[Mapping[str, Any]], check_typed: bool = False) -> list[int]:
    """Validate and insert new observations (optionally with a chosen unused id); their ids in order.
    ``check_typed`` as for ``apply_cell_changes``."""
    conn = batch.conn
    refs = load_references(conn)
    problems: list[CellProblem] = []
    valid: list[dict[str, Any]] = []
    for index, data in enumerate(rows, start=1):
        row, found = new_observation(data, refs)
        problems.extend(CellProblem(None, col, reason, row=index) for col, reason in found)
        valid.append(row)
    if not problems:
        problems.extend(_not_stated({index: row for index, row in enumerate(valid, start=1)},
                                    {index: index for index in range(1, len(valid) + 1)}))
    wanted_ids = [r["id"] for r in valid if r["id"] is not None]
    for index, row in enumerate(valid, start=1):
        if row["id"] is not None and (not isinstance(row["id"], int) or isinstance(row["id"], bool)
                                      or row["id"] <= 0):
            problems.append(CellProblem(None, "id", tr("'{id}' is not a positive whole number", id=row["id"]),
                                        row=index))
    if check_typed and not problems:
        problems.extend(_slip_problems(conn, refs, [(None, index, row["indicator_id"], rows[index - 1].get("value"),
                                                     row["value"]) for index, row in enumerate(valid, start=1)]))
    if not problems:
        taken = set(fetch_rows(conn, wanted_ids))
        occupied = keys_of(conn, (r["indicator_id"] for r in valid))
        seen_ids: set[int] = set()
        for index, row in enumerate(valid, start=1):
            if row["id"] is not None and (row["id"] in taken or row["id"] in seen_ids):
                problems.append(CellProblem(None, "id", tr("observation {id} already exists", id=row["id"]),
                                            row=index, kind="conflict"))
            seen_ids.add(row["id"])
            key = _key(row)
            if key in occupied:
                where = observation_name(occupied[key]) if occupied[key] > 0 else new_row_name(-occupied[key])
                problems.append(CellProblem(None, "period", _holds(where, key), row=index, kind="conflict"))
            else:
                occupied[key] = -index
    if problems:
        raise BatchValidationError(problems)
    chosen = [r for r in valid if r["id"] is not None]
    fresh = [{k: v for k, v in r.items() if k != "id"} for r in valid if r["id"] is None]
    if chosen:
        reused = versions_for_reuse(conn, (r["id"] for r in chosen))
        conn.execute(insert(observations), [{**r, "version": reused.get(r["id"], 1)} for r in chosen])
        keep_ids_unique(conn, observations)
    if fresh:
        conn.execute(insert(observations), fresh)
        ids = keys_of(conn, {r["indicator_id"] for r in fresh})
        for row in valid:
            if row["id"] is None:
                row["id"] = ids[_key(row)]
    for row in valid:
        batch.record("add", "observations", row["id"], new={f: row[f] for f in OBSERVATION_FIELDS})
    batch.event("added", "observations", [r["id"] for r in valid], indicators={r["indicator_id"] for r in valid})
    return [r["id"] for r in valid]


def delete_observation_rows(batch: WriteBatch, ids: Sequence[int]) -> None:
    """Remove observations, each with an audit row holding the whole old row."""
    conn = batch.conn
    current = fetch_rows(conn, ids)
    missing = [i for i in ids if i not in current]
    if missing:
        raise RecordNotFoundError(tr("Observation {id} does not exist (it may have been deleted already).",
                                     id=missing[0]))
    order = list(dict.fromkeys(ids))
    for chunk in chunks(order):
        conn.execute(delete(observations).where(observations.c.id.in_(chunk)))
    for oid in order:
        batch.record("remove", "observations", oid, old=current[oid])
    if order:
        batch.event("removed", "observations", order, indicators={current[oid]["indicator_id"] for oid in order})


def stale_ids(conn: Connection, expected: Sequence[Any]) -> list[int]:
    """Ids of the given Observations that no longer match the database (changed or deleted, or written since the
    version they carry, where they carry one)."""
    current = fetch_rows(conn, [o.id for o in expected], with_version=True)
    return [o.id for o in expected
            if o.id not in current or any(current[o.id][f] != getattr(o, f) for f in OBSERVATION_FIELDS)
            or (o.version and current[o.id]["version"] != o.version)]

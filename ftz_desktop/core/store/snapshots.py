"""Named snapshots of the indicators and observations: take, list, read, compare, restore.

A snapshot is a copy inside the workspace (snapshot_indicators, snapshot_observations), taken with
INSERT ... SELECT in the snapshot's own audited batch. Restoring writes the differences back as a new
audited batch, so nothing in the audit log is ever removed and the restore itself can be undone.
Sources and geographies cannot be deleted, so the current ones serve every snapshot.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from sqlalchemy import delete, func, insert, literal, select, update
from sqlalchemy.engine import Connection

from ftz_desktop.core.domain.model import Dataset, Indicator, Observation
from ftz_desktop.core.domain.parsing import parse_text_field
from ftz_desktop.core.store.audit import WriteBatch
from ftz_desktop.core.store.schema import (
    INDICATOR_FIELDS,
    OBSERVATION_FIELDS,
    added_order,
    geographies,
    indicator_from_row,
    indicator_select,
    indicators,
    inserted_id,
    keep_ids_unique,
    observation_from_row,
    observation_select,
    observations,
    snapshot_indicators,
    snapshot_observations,
    snapshots,
    source_from_row,
    sources,
)
from ftz_desktop.core.store.transactions import Transactions
from ftz_desktop.core.store.validation import RecordNotFoundError
from ftz_desktop.core.store.versions import version_for_reuse
from ftz_desktop.core.store.writes.observations import delete_observation_rows, fetch_rows, versions_for_reuse
from ftz_desktop.core.translate import tr

NAME_MAX = 200
_OBS_VALUE_COLUMNS = ("value", "qualifier", "status", "source_id", "note")


@dataclass(frozen=True)
class SnapshotInfo:
    id: int
    name: str
    created_at: str          # UTC, ISO 8601
    user: str
    observations: int
    indicators: int


@dataclass(frozen=True)
class SnapshotDiff:
    """One difference between a snapshot (old) and the workspace now (new).

    table: "indicators" or "observations"; key: (indicator_id,) or (indicator_id, geography, period).
    kind "added" (only now; new is the Indicator/Observation), "removed" (only in the snapshot; old is
    it) or "changed" (column names the field; old and new are the two values).
    """

    table: str
    kind: str
    key: tuple[str, ...]
    column: Optional[str]
    old: Any
    new: Any


def create(batch: WriteBatch, name: object) -> int:
    conn = batch.conn
    name = parse_text_field(name, "snapshot name", NAME_MAX, required=True)
    sid: int = inserted_id(conn.execute(insert(snapshots).values(name=name, created_at=batch.at, user=batch.user,
                                                             batch_id=batch.batch_id)))
    conn.execute(insert(snapshot_indicators).from_select(
        ["snapshot_id", *INDICATOR_FIELDS],
        select(literal(sid), *(indicators.c[f] for f in INDICATOR_FIELDS))))
    conn.execute(insert(snapshot_observations).from_select(
        ["snapshot_id", *OBSERVATION_FIELDS],
        select(literal(sid), *(observations.c[f] for f in OBSERVATION_FIELDS))))
    info = info_of(conn, sid)
    batch.record("add", "snapshots", sid,
                 new={"name": name, "observations": info.observations, "indicators": info.indicators})
    batch.event("added", "snapshots", [sid])
    return sid


def _infos(conn: Connection, sid: Optional[int] = None) -> list[SnapshotInfo]:
    n_obs = (select(func.count()).select_from(snapshot_observations)
             .where(snapshot_observations.c.snapshot_id == snapshots.c.id).scalar_subquery())
    n_ind = (select(func.count()).select_from(snapshot_indicators)
             .where(snapshot_indicators.c.snapshot_id == snapshots.c.id).scalar_subquery())
    stmt = select(snapshots.c.id, snapshots.c.name, snapshots.c.created_at, snapshots.c.user, n_obs, n_ind)
    if sid is not None:
        stmt = stmt.where(snapshots.c.id == sid)
    return [SnapshotInfo(*row) for row in conn.execute(stmt.order_by(snapshots.c.id.desc()))]


def list_all(conn: Connection) -> list[SnapshotInfo]:
    """Every snapshot, newest first."""
    return _infos(conn)


def info_of(conn: Connection, sid: int) -> SnapshotInfo:
    found = _infos(conn, sid)
    if not found:
        raise RecordNotFoundError(tr("Snapshot {id} does not exist.", id=sid))
    return found[0]


def _content(conn: Connection, sid: int) -> tuple[dict[str, Indicator], list[Observation]]:
    info_of(conn, sid)
    inds = {r.id: indicator_from_row(r._mapping) for r in conn.execute(
        select(snapshot_indicators).where(snapshot_indicators.c.snapshot_id == sid))}
    obs = [observation_from_row(r._mapping) for r in conn.execute(
        select(snapshot_observations).where(snapshot_observations.c.snapshot_id == sid)
        .order_by(snapshot_observations.c.id))]
    return inds, obs


def dataset_of(conn: Connection, sid: int) -> Dataset:
    inds, obs = _content(conn, sid)
    return Dataset(indicators=inds, observations=obs,
                   sources={r.id: source_from_row(r._mapping)
                            for r in conn.execute(select(sources).order_by(added_order(conn, sources)))},
                   geographies={r.id: r.name for r in conn.execute(
                       select(geographies).order_by(added_order(conn, geographies)))})


def _current(conn: Connection) -> tuple[dict[str, Indicator], list[Observation]]:
    inds = {r.id: indicator_from_row(r._mapping) for r in conn.execute(indicator_select(versioned=False))}
    obs = [observation_from_row(r._mapping) for r in conn.execute(
        observation_select(versioned=False).order_by(observations.c.id))]
    return inds, obs


def compare(conn: Connection, sid: int) -> list[SnapshotDiff]:
    """What changed since the snapshot: indicators first, then observations, each by key."""
    old_inds, old_obs = _content(conn, sid)
    new_inds, new_obs = _current(conn)
    diffs: list[SnapshotDiff] = []
    for iid in sorted(set(old_inds) | set(new_inds)):
        old, new = old_inds.get(iid), new_inds.get(iid)
        if old is None or new is None:
            diffs.append(SnapshotDiff("indicators", "added" if old is None else "removed", (iid,), None, old, new))
            continue
        for field in INDICATOR_FIELDS:
            if getattr(old, field) != getattr(new, field):
                diffs.append(SnapshotDiff("indicators", "changed", (iid,), field, getattr(old, field),
                                          getattr(new, field)))
    old_by_key = {o.key: o for o in old_obs}
    new_by_key = {o.key: o for o in new_obs}
    for key in sorted(set(old_by_key) | set(new_by_key)):
        old_obs_row, new_obs_row = old_by_key.get(key), new_by_key.get(key)
        if old_obs_row is None or new_obs_row is None:
            diffs.append(SnapshotDiff("observations", "added" if old_obs_row is None else "removed", key, None,
                                      old_obs_row, new_obs_row))
            continue
        for field in _OBS_VALUE_COLUMNS:
            if getattr(old_obs_row, field) != getattr(new_obs_row, field):
                diffs.append(SnapshotDiff("observations", "changed", key, field, getattr(old_obs_row, field),
                                          getattr(new_obs_row, field)))
    return diffs


def restore(batch: WriteBatch, sid: int) -> None:
    """Make indicators and observations equal the snapshot, as audited changes in ``batch``."""
    conn = batch.conn
    info = info_of(conn, sid)
    old_inds, old_obs = _content(conn, sid)
    new_inds, new_obs = _current(conn)
    for iid, ind in old_inds.items():
        if iid not in new_inds:
            row = {f: getattr(ind, f) for f in INDICATOR_FIELDS}
            conn.execute(insert(indicators).values(version=version_for_reuse(conn, "indicators", iid)), [row])
            batch.record("add", "indicators", iid, new=row)
        else:
            for field in INDICATOR_FIELDS:
                before, after = getattr(new_inds[iid], field), getattr(ind, field)
                if before != after:
                    conn.execute(update(indicators).where(indicators.c.id == iid)
                                 .values({field: after, "version": indicators.c.version + 1}))
                    batch.record("update", "indicators", iid, field, old=before, new=after)
    old_by_key = {o.key: o for o in old_obs}
    new_by_key = {o.key: o for o in new_obs}
    delete_observation_rows(batch, [o.id for key, o in new_by_key.items() if key not in old_by_key])
    for key, now in new_by_key.items():
        then = old_by_key.get(key)
        if then is None:
            continue
        for field in _OBS_VALUE_COLUMNS:
            before, after = getattr(now, field), getattr(then, field)
            if before != after:
                conn.execute(update(observations).where(observations.c.id == now.id)
                             .values({field: after, "version": observations.c.version + 1}))
                batch.record("update", "observations", now.id, field, old=before, new=after)
    missing = [o for key, o in old_by_key.items() if key not in new_by_key]
    taken = set(fetch_rows(conn, [o.id for o in missing]))
    for obs in missing:
        row = {f: getattr(obs, f) for f in OBSERVATION_FIELDS}
        version = 1
        if obs.id in taken:       # its old id now names another row: take a fresh one
            del row["id"]
        else:
            version = versions_for_reuse(conn, [obs.id]).get(obs.id, 1)
        row["id"] = inserted_id(conn.execute(insert(observations).values({**row, "version": version})))
        keep_ids_unique(conn, observations)
        batch.record("add", "observations", row["id"], new=row)
    for iid in new_inds:
        if iid not in old_inds:
            conn.execute(delete(indicators).where(indicators.c.id == iid))
            batch.record("remove", "indicators", iid, old={f: getattr(new_inds[iid], f) for f in INDICATOR_FIELDS})
    batch.record("restore", "snapshots", sid, new={"name": info.name})
    batch.reset_events()


class Snapshots:
    """``store.snapshots``: take, list, read, compare and restore named snapshots, each write audited."""

    def __init__(self, tx: Transactions) -> None:
        self._tx = tx

    def create(self, name: str) -> int:
        with self._tx.write(f"Snapshot '{name}'") as batch:
            sid = create(batch, name)
        return sid

    def all(self) -> list[SnapshotInfo]:
        with self._tx.read() as conn:
            return list_all(conn)

    def dataset(self, snapshot_id: int) -> Dataset:
        with self._tx.read() as conn:
            return dataset_of(conn, snapshot_id)

    def compare(self, snapshot_id: int) -> list[SnapshotDiff]:
        with self._tx.read() as conn:
            return compare(conn, snapshot_id)

    def restore(self, snapshot_id: int) -> str:
        """Make the data equal the snapshot, as a new audited batch; listeners get one "reset"."""
        with self._tx.read() as conn:
            name = info_of(conn, snapshot_id).name
        with self._tx.write(f"Restore snapshot '{name}'") as batch:
            restore(batch, snapshot_id)
        return batch.batch_id

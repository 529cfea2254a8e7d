"""The store's Dataset: read whole from the workspace, and kept up to date after the store's own edits.

An edit of a few observations re-reads just those rows: re-reading 100,000 rows after every
keystroke-sized edit would freeze the editor. Any other kind of change reads everything again.
"""
from __future__ import annotations

from typing import Any, Optional, Sequence

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ftz_desktop.core.domain.model import Dataset, Observation
from ftz_desktop.core.store.errors import WorkspaceConnectionError
from ftz_desktop.core.store.events import EventHub, StoreEvent
from ftz_desktop.core.store.schema import (
    added_order,
    geographies,
    indicator_from_row,
    indicator_select,
    indicators,
    observation_from_row,
    observation_select,
    observations,
    source_from_row,
    sources,
)
from ftz_desktop.core.store.transactions import Transactions, chunks

# Tables whose changes leave the Dataset as it is.
_NOT_IN_DATASET = frozenset({"recipes", "snapshots"})


def load_dataset(conn: Connection, versioned: bool = True) -> Dataset:
    """Everything; ``versioned``: the workspace's rows carry their version (file_format.VERSIONS_SINCE)."""
    return Dataset(
        indicators={r.id: indicator_from_row(r._mapping) for r in
                    conn.execute(indicator_select(versioned).order_by(added_order(conn, indicators)))},
        observations=[observation_from_row(r._mapping) for r in
                      conn.execute(observation_select(versioned).order_by(observations.c.id))],
        sources={r.id: source_from_row(r._mapping) for r in conn.execute(select(sources).order_by(
            added_order(conn, sources)))},
        geographies={r.id: r.name for r in conn.execute(
            select(geographies).order_by(added_order(conn, geographies)))},
    )


def dataset_after(conn: Connection, old: Dataset, events: Sequence[StoreEvent],
                  versioned: bool = True) -> Optional[Dataset]:
    """``old`` with the committed ``events`` applied, or None when everything must be read again."""
    obs_ids: set[int] = set()
    for event in events:
        if event.table in _NOT_IN_DATASET:
            continue
        if event.table != "observations" or event.kind == "reset":
            return None
        obs_ids.update(int(key) for key in event.keys)
    if not obs_ids:
        return old
    fresh: dict[int, Observation] = {}
    ids = sorted(obs_ids)
    for chunk in chunks(ids):
        for row in conn.execute(observation_select(versioned).where(observations.c.id.in_(chunk))):
            obs = observation_from_row(row._mapping)
            fresh[obs.id] = obs
    kept = [fresh.pop(o.id) if o.id in fresh else o for o in old.observations
            if o.id not in obs_ids or o.id in fresh]
    added = sorted(fresh.values(), key=lambda o: o.id)
    if added and kept and added[0].id < kept[-1].id:
        # An undone delete brings a row back under its old id: keep the file's order (by id).
        kept = sorted(kept + added, key=lambda o: o.id)
    else:
        kept.extend(added)                                    # new rows have the highest ids
    return Dataset(indicators=old.indicators, observations=kept, sources=old.sources, geographies=old.geographies)


class DatasetCache:
    """The workspace's Dataset as last read, kept current: after our own commits (``after_commit``), after
    another program's (noticed by the change counter: a "reset"), and after a colleague's batch on a server
    (``take``). It shares the store's lock and publishes to the store's listeners."""

    def __init__(self, tx: Transactions, events: EventHub, versioned: bool) -> None:
        self._tx, self._events = tx, events
        self.versioned = versioned       # the rows carry their version (file_format.VERSIONS_SINCE), else read as 0
        self.current: Optional[Dataset] = None
        self._by_id: Optional[dict[int, Observation]] = None
        self._data_version: Optional[int] = None

    def get(self) -> Dataset:
        """Everything, read again only when something changed; a server out of reach leaves the figures last
        read (the window says it is offline); with none read yet, the error."""
        with self._tx.lock:
            try:
                with self._tx.read() as conn:
                    elsewhere = self._changed_elsewhere(conn)
                    if self.current is None or elsewhere:
                        self.current, self._by_id = load_dataset(conn, self.versioned), None
            except WorkspaceConnectionError:
                if self.current is None:
                    raise
                return self.current
            if elsewhere:
                self._events.publish([StoreEvent("reset", "*")])
            return self.current

    def by_id(self) -> dict[int, Observation]:
        with self._tx.lock:
            if self._by_id is None or self.current is None:
                self._by_id = {o.id: o for o in self.get().observations}
            return self._by_id

    def refresh(self) -> bool:
        """Look for another program's commits; if there are any, drop the cache, send a "reset", return True."""
        with self._tx.lock:
            with self._tx.read() as conn:
                elsewhere = self._changed_elsewhere(conn)
            if elsewhere:
                self.current = self._by_id = None
                self._events.publish([StoreEvent("reset", "*")])
            return elsewhere

    def after_commit(self, events: Sequence[StoreEvent]) -> None:
        """Bring the cache up to date after our own commit, then tell the listeners."""
        if self.current is not None:
            with self._tx.engine.connect() as conn:
                self.current = dataset_after(conn, self.current, events, self.versioned)
                if self._tx.path is not None:
                    self._data_version = self._change_counter(conn)
        if self._tx.path is None and self._data_version is not None:
            self._data_version = self._tx.committed_counter
        self._by_id = None
        self._events.publish(list(events))

    def take(self, events: Sequence[StoreEvent]) -> None:
        """A colleague's committed batch (its events), applied to the cache and told to the listeners."""
        with self._tx.lock:
            with self._tx.read() as conn:
                if self.current is not None:
                    self.current = dataset_after(conn, self.current, events, self.versioned)
                self._data_version = self._change_counter(conn)
            self._by_id = None
            self._events.publish(list(events))

    def forget(self, tell: bool = True) -> None:
        """Read everything again next time (``tell``: listeners get a "reset")."""
        with self._tx.lock:
            self.current = self._by_id = self._data_version = None
            if tell:
                self._events.publish([StoreEvent("reset", "*")])

    def _changed_elsewhere(self, conn: Connection) -> bool:
        version = self._change_counter(conn)
        changed = self._data_version is not None and version != self._data_version
        self._data_version = version
        return changed

    def _change_counter(self, conn: Connection) -> Any:
        # SQLite bumps data_version when another connection commits (never for our own commits); on a
        # server the newest audit row tells, as our own commits left it (Transactions.committed_counter).
        if self._tx.path is None:
            from ftz_desktop.core.store.server import change_counter

            return change_counter(conn)
        return conn.exec_driver_sql("PRAGMA data_version").scalar()

"""The store's Dataset: read whole from the workspace, and kept up to date after the store's own edits.

An edit of a few observations re-reads just those rows: re-reading 100,000 rows after every
keystroke-sized edit would freeze the editor. Any other kind of change reads everything again.
"""
from __future__ import annotations

from typing import Optional, Sequence

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ftz_desktop.core.domain.model import Dataset, Observation
from ftz_desktop.core.store.events import StoreEvent
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
from ftz_desktop.core.store.transactions import chunks

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

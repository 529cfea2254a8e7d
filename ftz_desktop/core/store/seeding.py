"""A new workspace's content: its meta records and the shipped study, one audit "add" per row, in the caller's
transaction on a freshly created schema (a file's or a server's)."""
from __future__ import annotations

import uuid

from sqlalchemy import insert
from sqlalchemy.engine import Connection

from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.store.audit import WriteBatch
from ftz_desktop.core.store.file_format import SCHEMA_VERSION
from ftz_desktop.core.store.schema import (
    geographies,
    indicator_to_row,
    indicators,
    inserted_id,
    meta,
    observation_to_row,
    observations,
    source_to_row,
    sources,
)

CREATED_LABEL = "Created from the shipped study"


def seed_workspace(batch: WriteBatch, dataset: Dataset) -> None:
    """The meta records, then ``dataset``'s rows."""
    write_meta(batch.conn, batch.at)
    seed(batch, dataset)


def seed(batch: WriteBatch, dataset: Dataset) -> None:
    """Insert the shipped study into an empty schema, one audit "add" per row."""
    conn = batch.conn
    rows = [source_to_row(s) for s in dataset.sources.values()]
    conn.execute(insert(sources), rows)
    for row in rows:
        batch.record("add", "sources", row["id"], new=row)
    rows = [{"id": gid, "name": name} for gid, name in dataset.geographies.items()]
    conn.execute(insert(geographies), rows)
    for row in rows:
        batch.record("add", "geographies", row["id"], new=row)
    rows = [indicator_to_row(i) for i in dataset.indicators.values()]
    conn.execute(insert(indicators), rows)
    for row in rows:
        batch.record("add", "indicators", row["id"], new=row)
    for obs in dataset.observations:
        row = observation_to_row(obs)
        row["id"] = inserted_id(conn.execute(insert(observations).values({k: v for k, v in row.items() if k != "id"})))
        batch.record("add", "observations", row["id"], new=row)


def write_meta(conn: Connection, created_at: str) -> None:
    """The version record and the identity of a new workspace."""
    from ftz_desktop import __version__

    conn.execute(insert(meta), [
        {"key": "schema_version", "value": str(SCHEMA_VERSION)},
        {"key": "workspace_id", "value": uuid.uuid4().hex},
        {"key": "created_at", "value": created_at},
        {"key": "created_by", "value": f"ftz-desktop {__version__}"},
    ])

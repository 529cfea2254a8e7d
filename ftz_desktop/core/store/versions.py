"""The version a row added again under a key it had before (an undone delete, a restored snapshot, a recipe made
again under a deleted one's name) starts at: above any it had, so a write based on a read of the old row is still
refused. Every write of a row raises its version by one and is one audited batch, so the audit counts them."""
from __future__ import annotations

from typing import Iterable

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from ftz_desktop.core.store.schema import audit
from ftz_desktop.core.store.transactions import chunks


def versions_for_reuse(conn: Connection, table: str, keys: Iterable[object]) -> dict[str, int]:
    """Row key (as the audit keeps it) -> the version to start at; keys never used are left out (start at 1)."""
    found: dict[str, int] = {}
    for chunk in chunks(sorted({str(k) for k in keys})):
        stmt = (select(audit.c.row_key, func.count(func.distinct(audit.c.batch_id)))
                .where(audit.c.table_name == table, audit.c.row_key.in_(list(chunk)))
                .group_by(audit.c.row_key))
        found.update((str(key), int(count) + 1) for key, count in conn.execute(stmt))
    return found


def version_for_reuse(conn: Connection, table: str, key: object) -> int:
    return versions_for_reuse(conn, table, [key]).get(str(key), 1)

"""Chart pictures kept in the workspace, each under a digest of everything it depends on, so that a brief
exported again with nothing changed draws no chart (``brief.chart_images`` makes the keys; the store
only keeps bytes under them).

A picture is derived from the data and never edited: keeping one is not a change of the user's work, so
it writes no audit row, sends no store event and is in no snapshot. Only the newest ``KEPT_PER_CHART``
pictures of each chart stay, so the file grows by a bounded amount. A workspace of schema 2 opened
read-only (``file_format.OLDEST_READABLE_AS_IS``) has no pictures and keeps none.
"""
from __future__ import annotations

from typing import Iterable, Sequence

from sqlalchemy import delete, insert, select

from ftz_desktop.core.store.audit import utc_now
from ftz_desktop.core.store.schema import added_order, chart_pictures
from ftz_desktop.core.store.transactions import Transactions, chunks

KEPT_PER_CHART = 4      # e.g. the brief in English and in Chinese, before and after the latest edit
# (key, chart id, the picture's bytes)
Picture = tuple[str, str, bytes]


class Pictures:
    """``store.pictures``: find the pictures kept under some keys; keep new ones."""

    def __init__(self, tx: Transactions, available: bool = True) -> None:
        self._tx = tx
        self.available = available       # False: a schema-2 workspace read as it is

    def find(self, keys: Iterable[str]) -> dict[str, bytes]:
        """The pictures kept under any of ``keys``, by key (a key with none is left out)."""
        wanted = sorted(set(keys))
        if not self.available or not wanted:
            return {}
        found: dict[str, bytes] = {}
        with self._tx.read() as conn:
            for chunk in chunks(wanted):
                stmt = select(chart_pictures.c.key, chart_pictures.c.data).where(chart_pictures.c.key.in_(chunk))
                found.update((key, bytes(data)) for key, data in conn.execute(stmt))
        return found

    def keep(self, pictures: Sequence[Picture]) -> None:
        """Keep ``pictures`` (key, chart id, bytes) in one transaction, then drop each chart's pictures
        beyond the newest few. Raises the store's errors (read-only, locked, disk full) like any write."""
        if not pictures:
            return
        with self._tx.write("Keep chart pictures") as batch:
            conn, at = batch.conn, utc_now()
            rows = {key: {"key": key, "chart_id": chart_id, "data": data, "created_at": at}
                    for key, chart_id, data in pictures}
            conn.execute(delete(chart_pictures).where(chart_pictures.c.key.in_(list(rows))))
            conn.execute(insert(chart_pictures), list(rows.values()))
            for chart_id in sorted({chart_id for _key, chart_id, _data in pictures}):
                newest = (select(chart_pictures.c.key).where(chart_pictures.c.chart_id == chart_id)
                          .order_by(chart_pictures.c.created_at.desc(), added_order(conn, chart_pictures).desc())
                          .limit(KEPT_PER_CHART))
                conn.execute(delete(chart_pictures).where(chart_pictures.c.chart_id == chart_id,
                                                          chart_pictures.c.key.not_in(newest)))

    def keys(self) -> list[tuple[str, str]]:
        """(chart id, key) of every kept picture, newest first."""
        if not self.available:
            return []
        with self._tx.read() as conn:
            stmt = (select(chart_pictures.c.chart_id, chart_pictures.c.key)
                    .order_by(chart_pictures.c.created_at.desc(), added_order(conn, chart_pictures).desc()))
            return [(chart_id, key) for chart_id, key in conn.execute(stmt)]

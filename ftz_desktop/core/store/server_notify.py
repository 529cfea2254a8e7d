"""Live updates from a team workspace: a colleague's committed change reaches every open window.

Every write batch on a server ends with ``pg_notify('ftz_changes', batch_id)`` in its own transaction, so
the notice goes out exactly when the change is committed (never for one rolled back). A ``ChangeListener``
keeps one dedicated connection that LISTENs and hands each batch id to its callback, on its own thread;
when the connection is lost it says so (``on_state(False)``) and reconnects by itself with a growing pause,
then says so again (``on_state(True)``) and asks for a full reload, since notices sent meanwhile are lost.

``remote_events`` turns a batch's audit rows into the same StoreEvents the store publishes for its own
commits, so tables, charts and the brief refresh the changed rows only.
"""
from __future__ import annotations

import json
import logging
import threading
from typing import Any, Callable, Iterable, Optional

from sqlalchemy.engine import URL

from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.store.audit import AuditRow
from ftz_desktop.core.store.events import StoreEvent

log = logging.getLogger(__name__)
CHANNEL = "ftz_changes"
POLL_SECONDS = 0.5               # how often the listener looks up from waiting, to see if it should stop
RETRY_SECONDS = (1, 2, 5, 10)    # the pauses between attempts to reconnect
# A server that vanished without closing the connection (a cable, a VPN, a sleeping PC) is noticed within
# about 20 s instead of the system's TCP timeout of many minutes.
KEEPALIVES: dict[str, Any] = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 2}
_KINDS = {"add": "added", "update": "updated", "remove": "removed"}
_PER_ROW_TABLES = ("observations",)       # whose changes reach a window row by row; others reload it all


def notify_sql() -> str:
    return f"SELECT pg_notify('{CHANNEL}', :batch_id)"


def _conninfo(url: URL) -> str:
    return url.set(drivername="postgresql").render_as_string(hide_password=False)


class ChangeListener:
    """LISTEN on the workspace's database; ``on_batch(batch_id)`` for every committed batch (ours too:
    the caller skips its own), ``on_state(online)`` when the connection is lost or back."""

    def __init__(self, url: URL, on_batch: Callable[[str], None],
                 on_state: Optional[Callable[[bool], None]] = None) -> None:
        self._conninfo = _conninfo(url)
        self._on_batch = on_batch
        self._on_state = on_state or (lambda online: None)
        self._stop = threading.Event()
        self._check = threading.Event()          # look at the connection now (a write just lost its own)
        self._thread = threading.Thread(target=self._run, name="ftz-change-listener", daemon=True)
        self.online = False
        self.listening = threading.Event()     # set once the first LISTEN is in place

    def start(self) -> "ChangeListener":
        self._thread.start()
        return self

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def check(self) -> None:
        """Make sure the connection still works (within POLL_SECONDS): lost, ``on_state(False)`` follows."""
        self._check.set()

    def _state(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            try:
                self._on_state(online)
            except Exception:      # a listener's bug must not end the live updates
                log.exception("The change listener's state callback failed")

    def _run(self) -> None:
        import psycopg

        attempt = 0
        first = True
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True, connect_timeout=10,
                                     application_name="ftz-desktop live updates", **KEEPALIVES) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    attempt = 0
                    self.listening.set()
                    self._state(True)
                    if not first:
                        self._deliver("*")           # notices sent while we were away are lost: reload all
                    first = False
                    while not self._stop.is_set():
                        for notice in conn.notifies(timeout=POLL_SECONDS):
                            self._deliver(notice.payload)
                        if self._check.is_set():
                            self._check.clear()
                            conn.execute("SELECT 1")     # raises when the server is gone
            except psycopg.Error as exc:
                self._state(False)
                log.warning("Live updates lost their connection (%s); trying again", type(exc).__name__)
                pause = RETRY_SECONDS[min(attempt, len(RETRY_SECONDS) - 1)]
                attempt += 1
                self._stop.wait(pause)

    def _deliver(self, batch_id: str) -> None:
        try:
            self._on_batch(batch_id)
        except Exception:          # one failed refresh must not end the live updates
            log.exception("Applying the change %s from the server failed", batch_id)


def _indicator_of(row: AuditRow, dataset: Dataset, by_id: dict[str, Any]) -> list[str]:
    found = []
    obs = by_id.get(row.row_key)
    if obs is not None:
        found.append(obs.indicator_id)
    for side in (row.old_value, row.new_value):
        values = json.loads(side) if side else None
        if isinstance(values, dict) and isinstance(values.get("indicator_id"), str):
            found.append(values["indicator_id"])
        elif row.column_name == "indicator_id" and isinstance(values, str):
            found.append(values)
    return found


def remote_events(rows: Iterable[AuditRow], dataset: Optional[Dataset]) -> list[StoreEvent]:
    """The StoreEvents of a batch someone else committed, from its audit rows (a "reset" where a window
    must reload everything: indicators, sources, snapshots restored, an upgrade)."""
    rows = list(rows)
    if not rows:
        return []
    by_id = {str(o.id): o for o in dataset.observations} if dataset is not None else {}
    grouped: dict[tuple[str, str], tuple[list[Any], set[str], set[str]]] = {}
    for row in rows:
        kind = _KINDS.get(row.action)
        if kind is None or row.table_name not in _PER_ROW_TABLES:
            if row.table_name in ("recipes", "chart_pictures"):
                continue                        # nothing a window shows from another person's work
            return [StoreEvent("reset", "*", batch_id=row.batch_id)]
        keys, columns, indicators = grouped.setdefault((kind, row.table_name), ([], set(), set()))
        keys.append(int(row.row_key))
        if row.column_name:
            columns.add(row.column_name)
        if dataset is not None:
            indicators.update(_indicator_of(row, dataset, by_id))
    return [StoreEvent(kind, table, tuple(dict.fromkeys(keys)), tuple(sorted(columns)), rows[0].batch_id,
                       frozenset(indicators)) for (kind, table), (keys, columns, indicators) in grouped.items()]

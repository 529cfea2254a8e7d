"""Plain-Python change notifications out of the workspace store (the ui adapts them to Qt signals)."""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Any, Callable

log = logging.getLogger(__name__)

EVENT_KINDS = ("updated", "added", "removed", "reset")
DATA_TABLES = frozenset({"observations", "indicators", "sources", "geographies", "*"})


@dataclass(frozen=True)
class StoreEvent:
    """What one committed batch changed in one table.

    kind: "updated" (cells changed), "added", "removed" (rows), or "reset" (reload everything:
    after a snapshot restore or an import; table is "*").
    keys: observation ids (int), indicator ids, recipe names or snapshot ids, in change order.
    columns: the changed columns for "updated", else empty.
    indicators: the indicators whose figures the change touched: those of the observations changed
    (before and after the change, so moving or deleting an observation counts for its old indicator),
    or the indicators edited themselves. A "reset" touches every indicator (``touches_all``).
    """

    kind: str
    table: str
    keys: tuple[Any, ...] = ()
    columns: tuple[str, ...] = ()
    batch_id: str = ""
    # Not part of equality: it follows from the rows changed, which the fields above name.
    indicators: frozenset[str] = field(default=frozenset(), compare=False)

    @property
    def touches_all(self) -> bool:
        return self.kind == "reset" or self.table == "*"

    @property
    def touches_data(self) -> bool:
        """Whether the data (what charts, checks and the brief read) changed, not just recipes or snapshots."""
        return self.table in DATA_TABLES


Listener = Callable[[StoreEvent], None]


class EventHub:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, callback: Listener) -> Callable[[], None]:
        with self._lock:
            self._listeners.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._listeners:
                    self._listeners.remove(callback)

        return unsubscribe

    def publish(self, events: list[StoreEvent]) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for event in events:
            for listener in listeners:
                try:
                    listener(event)
                except Exception:
                    # The batch is committed; a failing listener must not make it look unsaved
                    # nor starve the other listeners. The log keeps the traceback.
                    log.exception("A store listener failed on %s", event)

    def clear(self) -> None:
        with self._lock:
            self._listeners.clear()

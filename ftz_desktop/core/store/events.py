"""Plain-Python change notifications out of the workspace store (the ui adapts them to Qt signals)."""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Callable

log = logging.getLogger(__name__)

EVENT_KINDS = ("updated", "added", "removed", "reset")


@dataclass(frozen=True)
class StoreEvent:
    """What one committed batch changed in one table.

    kind: "updated" (cells changed), "added", "removed" (rows), or "reset" (reload everything:
    after a snapshot restore or an import; table is "*").
    keys: observation ids (int), indicator ids, recipe names or snapshot ids, in change order.
    columns: the changed columns for "updated", else empty.
    """

    kind: str
    table: str
    keys: tuple = ()
    columns: tuple[str, ...] = ()
    batch_id: str = ""


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

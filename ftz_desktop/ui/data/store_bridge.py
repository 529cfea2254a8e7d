"""The Data tab's adapter from the store's plain-Python events to one Qt signal.

A commit made on the GUI thread (every edit the Data tab makes) is delivered at once, before the
store method returns, so the table shows the committed value by the time an edit, paste or undo
returns. A commit made on another thread (an import worker, a second window's refresh) arrives
queued on the GUI thread. ``close()`` (or destroying the bridge) unsubscribes.

Why not ``ui.store_events.StoreEvents``: that adapter always queues (charts redraw after the edit
returns) and keeps an observation-to-indicator map it refreshes on every event, a cost the Data tab
does not need at 100,000 rows and a delay its cell edits must not have.
"""
from __future__ import annotations

from typing import Callable, Optional

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot


class StoreBridge(QObject):
    store_changed = Signal(object)       # core.store.events.StoreEvent
    _received = Signal(object)           # any thread -> this object's thread (direct when already there)

    def __init__(self, store, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._closed = False
        self._received.connect(self._on_received, Qt.ConnectionType.AutoConnection)
        unsubscribe = store.subscribe(self._on_store_event)
        self._unsubscribe: Optional[Callable[[], None]] = unsubscribe
        self.destroyed.connect(lambda *_: unsubscribe())

    def close(self) -> None:
        self._closed = True
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _on_store_event(self, event) -> None:
        if not self._closed and shiboken6.isValid(self):
            self._received.emit(event)

    @Slot(object)
    def _on_received(self, event) -> None:
        if not self._closed:
            self.store_changed.emit(event)

"""Store events as Qt signals: the one ui module that subscribes to the workspace store.

The main window makes one adapter per open workspace and hands it to every tab in ``AppContext.events``.
The store calls its listeners on whatever thread committed (an import may run in a worker). A commit
made on the GUI thread (every edit of the Data tab) is delivered at once, before the store method
returns, so a table shows the committed value by the time an edit, paste or undo returns; a commit
made on another thread arrives queued on the GUI thread.

Signals:
- ``store_changed(StoreEvent)``: every event, as the store published it (models that map rows use this);
- ``indicators_changed(frozenset[str])``: the indicators whose drawn or written figures may have changed
  (``StoreEvent.indicators``, worked out by the store; a "reset" names every indicator);
- ``dataset_changed()``: the data changed in any way; coalesced, so the events of one batch (or of
  several commits in a row) give one signal once control returns to the event loop.
Events about recipes and snapshots only give ``store_changed``.

Call ``close()`` (or destroy the adapter) to unsubscribe; a closed adapter emits nothing.
"""
from __future__ import annotations

import logging
from typing import Any, Callable, Optional

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from ftz_desktop.core.store.events import StoreEvent

log = logging.getLogger(__name__)


class StoreEvents(QObject):
    store_changed = Signal(object)
    indicators_changed = Signal(object)
    dataset_changed = Signal()
    _received = Signal(object)      # any thread -> this object's thread (direct when already there)

    def __init__(self, store: Any, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._store = store
        self._closed = False
        self._known_indicators = frozenset(store.dataset().indicators)
        self._dataset_timer = QTimer(self)
        self._dataset_timer.setSingleShot(True)
        self._dataset_timer.setInterval(0)
        self._dataset_timer.timeout.connect(self._on_dataset_due)
        self._received.connect(self._on_received, Qt.ConnectionType.AutoConnection)
        unsubscribe = store.subscribe(self._on_store_event)
        self._unsubscribe: Optional[Callable[[], None]] = unsubscribe
        # If the adapter is destroyed with its parent before close(), the store must not keep calling it.
        self.destroyed.connect(lambda *_: unsubscribe())

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Stop listening to the store; safe to call more than once."""
        self._closed = True
        self._dataset_timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    # ----- store side (any thread) ----------------------------------------------------------------------
    def _on_store_event(self, event: StoreEvent) -> None:
        if not self._closed and shiboken6.isValid(self):
            self._received.emit(event)

    # ----- GUI side ---------------------------------------------------------------------------------------
    @Slot(object)
    def _on_received(self, event: StoreEvent) -> None:
        if self._closed or self._store.closed:
            return
        self.store_changed.emit(event)
        if not event.touches_data:
            return
        touched = event.indicators
        if event.touches_all:
            now = frozenset(self._store.dataset().indicators)
            touched, self._known_indicators = self._known_indicators | now, now
        elif event.table == "indicators":
            self._known_indicators = frozenset(self._store.dataset().indicators)
        if touched:
            self.indicators_changed.emit(frozenset(touched))
        self._dataset_timer.start()

    @Slot()
    def _on_dataset_due(self) -> None:
        if not self._closed and not self._store.closed:
            self.dataset_changed.emit()

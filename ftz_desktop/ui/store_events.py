"""Store events as Qt signals: the one adapter between the workspace store's plain-Python events and widgets.

The store calls its listeners on whatever thread committed (an import may run in a worker). This adapter
re-emits each event through a queued connection, so every signal below arrives in the thread the adapter
lives in (the GUI thread), after the commit, never inside it.

Signals, in this order for each event:
- ``store_changed(StoreEvent)``: every event, as the store published it (models that map rows use this);
- ``indicators_changed(frozenset[str])``: the indicators whose drawn or written figures may have changed:
  those of the observations touched (before and after the edit, so moving or deleting an observation
  counts for its old indicator), indicators edited themselves, and the indicators that use an edited source
  or geography; a "reset" (snapshot restore, import) names every indicator;
- ``dataset_changed()``: the data changed in any way (after ``indicators_changed``).
Events about recipes and snapshots only give ``store_changed``.

Call ``close()`` (or destroy the adapter) to unsubscribe; a closed adapter emits nothing.
"""
from __future__ import annotations

import logging
from typing import Callable, Optional

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)

DATA_TABLES = frozenset({"observations", "indicators", "sources", "geographies", "*"})


class StoreEvents(QObject):
    store_changed = Signal(object)
    indicators_changed = Signal(object)
    dataset_changed = Signal()
    _event_received = Signal(object)     # any thread -> this object's thread

    def __init__(self, store, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._store = store
        self._closed = False
        self._indicator_of: dict[int, str] = {}
        self._remember(store.dataset())
        self._event_received.connect(self._on_event_received, Qt.ConnectionType.QueuedConnection)
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
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    # ----- store side (any thread) ----------------------------------------------------------------------
    def _on_store_event(self, event) -> None:
        if self._closed or not shiboken6.isValid(self):
            return
        self._event_received.emit(event)

    # ----- GUI side ---------------------------------------------------------------------------------------
    @Slot(object)
    def _on_event_received(self, event) -> None:
        if self._closed or self._store.closed:
            return
        self.store_changed.emit(event)
        if event.table not in DATA_TABLES:
            return
        dataset = self._store.dataset()
        touched = self._indicators_touched(event, dataset)
        self._remember(dataset)
        if touched:
            self.indicators_changed.emit(frozenset(touched))
        self.dataset_changed.emit()

    def _indicators_touched(self, event, dataset) -> set[str]:
        if event.kind == "reset" or event.table == "*":
            return set(self._indicator_of.values()) | set(dataset.indicators)
        keys = set(event.keys)
        if event.table == "observations":
            before = {self._indicator_of[k] for k in keys if k in self._indicator_of}
            after = {o.indicator_id for o in dataset.observations if o.id in keys}
            return before | after
        if event.table == "indicators":
            return {str(k) for k in keys}
        if event.table == "sources":
            return {o.indicator_id for o in dataset.observations if o.source_id in keys}
        if event.table == "geographies":
            return {o.indicator_id for o in dataset.observations if o.geography in keys}
        return set()

    def _remember(self, dataset) -> None:
        self._indicator_of = {o.id: o.indicator_id for o in dataset.observations}

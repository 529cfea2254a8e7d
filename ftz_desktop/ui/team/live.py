"""Live updates in the window of a team workspace: colleagues' changes arrive as store events (the store's
listener, ``WorkspaceStore.watch_server``), and the status bar says when the connection to the server is lost
and being re-established. The listener calls back on its own thread; the signal carries it to the window's."""
from __future__ import annotations

from typing import Any, Optional

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QLabel, QMainWindow


class LiveUpdates(QObject):
    online_changed = Signal(bool)

    def __init__(self, store: Any, window: QMainWindow) -> None:
        super().__init__(window)
        self._label = QLabel(window)
        self._label.setStyleSheet("color:#a4262c; padding:0 6px;")
        self._label.setVisible(False)
        window.statusBar().addPermanentWidget(self._label)
        self.online_changed.connect(self._show_state)
        if hasattr(window, "set_offline"):
            self.online_changed.connect(lambda online: window.set_offline(not online))
        self.watching = bool(store.watch_server(on_state=self.online_changed.emit))

    @Slot(bool)
    def _show_state(self, online: bool) -> None:
        self._label.setText("" if online else self.tr("Offline: reconnecting to the team workspace…"))
        self._label.setToolTip("" if online else self.tr(
            "The connection to the server was lost. Changes you make are refused until it is back; "
            "colleagues' changes arrive again when it reconnects."))
        self._label.setVisible(not online)

    @property
    def offline_text(self) -> str:
        return self._label.text() if self._label.isVisible() else ""


def watch_live(store: Any, window: QMainWindow) -> Optional[LiveUpdates]:
    """Start live updates for a team workspace shown in ``window``; None for a file."""
    if not getattr(store, "is_server", False):
        return None
    return LiveUpdates(store, window)

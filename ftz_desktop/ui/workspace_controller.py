"""Opens workspaces and keeps one main window per open workspace (File > Open workspace replaces it)."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QObject, QSettings, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from ftz_desktop.errors import user_message

log = logging.getLogger(__name__)


class WorkspaceController(QObject):
    def __init__(self, content, settings: Optional[QSettings] = None, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._content = content
        self._settings = settings
        self.store = None
        self.window = None

    def open(self, path: Path, parent: Optional[QWidget] = None) -> bool:
        """Open the workspace and show it; on failure say why and keep what was open."""
        from ftz_desktop.core.store import WorkspaceStore
        from ftz_desktop.ui.main_window import MainWindow

        try:
            store = WorkspaceStore.open(Path(path))
        except Exception as exc:  # one clear sentence for the user; the details go to the log
            log.exception("Could not open workspace %s", path)
            QMessageBox.critical(parent or self.window, "ftz-desktop", user_message(exc))
            return False
        old_window, old_store = self.window, self.store
        self.store = store
        self.window = MainWindow(store, self._content, settings=self._settings)
        self.window.workspace_open_requested.connect(self._on_workspace_open_requested)
        self.window.show()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_store is not None:
            old_store.close()
        return True

    @Slot(str)
    def _on_workspace_open_requested(self, path: str) -> None:
        self.open(Path(path))

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
        if self.store is not None:
            self.store.close()
            self.store = None

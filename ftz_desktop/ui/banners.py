"""The notes above the main window's tabs: read-only (a file, or a team workspace this user may only read), a team
workspace whose server is out of reach, and a workspace in a risky folder. Their texts keep the main window's
translation context."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


def _banner(parent: QWidget, layout: QVBoxLayout, style: str) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.setVisible(False)
    layout.addWidget(label)
    return label


class WorkspaceBanners:
    def __init__(self, parent: QWidget, layout: QVBoxLayout) -> None:
        self.read_only = _banner(parent, layout, "background:#fff4ce; color:#3b2f00; padding:6px 10px;")
        self.offline = _banner(parent, layout, "background:#fff4ce; color:#3b2f00; padding:6px 10px;")
        self.location = _banner(parent, layout, "background:#fde7e9; color:#5c0b10; padding:6px 10px;")
        self._server = False

    def show_offline(self, offline: bool) -> None:
        self.offline.setVisible(offline)
        self.retranslate()

    def show_for(self, store, *, refused: bool = False) -> None:
        """Read-only when the store is (or the server refused this user's write); the folder's risk for a file."""
        from ftz_desktop.core.store.location import risky_location

        self._server = bool(getattr(store, "is_server", False))
        self.read_only.setVisible(bool(getattr(store, "read_only", False)) or refused)
        risk = risky_location(store.path) if store.path is not None else None
        self.location.setText(QCoreApplication.translate("MainWindow", "Warning: {risk}").format(risk=risk)
                              if risk else "")
        self.location.setVisible(bool(risk))
        self.retranslate()

    def retranslate(self) -> None:
        if self._server:
            text = QCoreApplication.translate(
                "MainWindow", "You can read this team workspace; changing it needs the ftz_editor role — ask the "
                              "administrator.")
        else:
            text = QCoreApplication.translate(
                "MainWindow", "This workspace is open read-only: you can read and export, but not edit. Open a "
                              "writable copy to make changes.")
        self.read_only.setText(text)
        self.offline.setText(QCoreApplication.translate(
            "MainWindow", "The connection to the team workspace's server is lost. Until it is back, the window shows "
                          "the figures as last read and takes no changes; it reconnects by itself. Nothing that was "
                          "saved is lost."))

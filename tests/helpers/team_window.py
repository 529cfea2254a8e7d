"""Driving the Connect to a team workspace dialog in the window tests."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ftz_desktop.ui.team.login import ServerLogin


def fill(dialog, login: ServerLogin, password: str = "") -> None:
    dialog.host.setText(login.host)
    dialog.port.setValue(login.port)
    dialog.database.setText(login.database)
    dialog.user.setText(login.user)
    dialog.password.setText(password)


def connect(qtbot, controller, dialog) -> None:
    """Press Connect and wait for the controller's new window."""
    before = controller.window
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.window is not before, timeout=20_000)

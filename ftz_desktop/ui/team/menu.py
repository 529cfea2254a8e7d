"""The File menu's team entries: Connect to a team workspace… and the recent team workspaces (no passwords)."""
from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ftz_desktop.ui.team.login import ServerLogin
from ftz_desktop.ui.team.recent import RecentTeamWorkspaces


class TeamMenu(QObject):
    def __init__(self, file_menu: QMenu, settings: Optional[QSettings], on_connect: Callable[[], None],
                 on_recent: Callable[[ServerLogin], None], parent: QObject) -> None:
        super().__init__(parent)
        self._on_recent = on_recent
        self.connect_action = QAction(self.tr("Connect to a &team workspace…"), parent)
        self.connect_action.setStatusTip(self.tr("Open the workspace the office keeps on its PostgreSQL server"))
        self.connect_action.triggered.connect(lambda _checked=False: on_connect())
        file_menu.addAction(self.connect_action)
        self.recent_menu = file_menu.addMenu(self.tr("Recent team &workspaces"))
        self.recent_actions: list[QAction] = []
        for login in RecentTeamWorkspaces(settings).logins():
            action = QAction(login.name, self.recent_menu)
            action.setToolTip(self.tr("{name}, encryption: {mode}").format(name=login.name, mode=login.sslmode))
            action.triggered.connect(lambda _checked=False, login=login: self._on_recent(login))
            self.recent_menu.addAction(action)
            self.recent_actions.append(action)
        self.recent_menu.setEnabled(bool(self.recent_actions))

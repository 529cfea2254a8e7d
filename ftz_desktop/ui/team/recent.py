"""The team workspaces this PC connected to, newest first, kept in the settings without any password."""
from __future__ import annotations

import json
import logging
from typing import Optional

from PySide6.QtCore import QSettings

from ftz_desktop.ui.team.login import ServerLogin

log = logging.getLogger(__name__)

KEY = "team_workspaces/recent"
MOST = 8


class RecentTeamWorkspaces:
    def __init__(self, settings: Optional[QSettings]) -> None:
        self._settings = settings

    def logins(self) -> list[ServerLogin]:
        if self._settings is None:
            return []
        raw = self._settings.value(KEY, "")
        try:
            entries = json.loads(raw) if isinstance(raw, str) and raw else []
        except ValueError:
            log.warning("The list of recent team workspaces in the settings could not be read; it starts anew")
            return []
        found = [ServerLogin.from_settings(e) for e in entries if isinstance(e, dict)] if isinstance(entries, list) \
            else []
        return [login for login in found if login is not None]

    def remember(self, login: ServerLogin) -> None:
        """Put ``login`` first (once); the oldest beyond ``MOST`` are dropped."""
        kept = [login] + [other for other in self.logins() if other.name != login.name]
        self._write(kept[:MOST])

    def forget(self, login: ServerLogin) -> None:
        self._write([other for other in self.logins() if other.name != login.name])

    def _write(self, logins: list[ServerLogin]) -> None:
        if self._settings is None:
            return
        self._settings.setValue(KEY, json.dumps([login.to_settings() for login in logins], ensure_ascii=False))
        self._settings.sync()

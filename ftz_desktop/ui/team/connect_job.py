"""Opening a team workspace off the UI thread: the server may take seconds to answer (or ten to time out).

``ConnectJob.start()`` opens the store on a thread of its own; ``finished`` brings back the job and a ``Connected``
(the open store) or a message for the user (the store's own, naming host, port and database, never the
password). ``cancel()`` stops waiting at once: the window goes on, and a store that opens after that is
closed on the job's thread, so nothing is left connected.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import Any, Optional

from PySide6.QtCore import QObject, Signal

from ftz_desktop.ui.team.login import ServerLogin

log = logging.getLogger(__name__)


@dataclass
class Connected:
    login: ServerLogin
    store: Any                      # the open WorkspaceStore
    password: Optional[str]         # as typed or kept (held in memory only, to keep it in the keyring)
    remember: Optional[bool] = None  # the user's "remember the password" choice; None: not asked (a kept one)


class ConnectJob(QObject):
    finished = Signal(object, object)       # this job; Connected, or str: why it failed

    def __init__(self, login: ServerLogin, password: Optional[str], *, read_only: bool = False,
                 remember: Optional[bool] = None, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self._remember = remember
        self.login = login
        self._password = password
        self._read_only = read_only
        self._cancelled = threading.Event()
        self._thread: Optional[threading.Thread] = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="team-connect", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def wait(self, seconds: Optional[float] = None) -> bool:
        """Block until the attempt has ended (tests; closing the app); True if it has."""
        if self._thread is not None:
            self._thread.join(seconds)
        return self._thread is None or not self._thread.is_alive()

    def _run(self) -> None:
        from ftz_desktop.core.store.workspace import WorkspaceStore
        from ftz_desktop.errors import is_user_error

        try:
            store = WorkspaceStore.open(self.login.url(self._password), create=False, read_only=self._read_only)
        except Exception as exc:  # noqa: BLE001 (every failure becomes one sentence at the dialog)
            if is_user_error(exc):
                outcome: object = str(exc)
            else:
                # Unexpected: its type only, never its text (it could quote the URL the driver was given).
                log.error("Connecting to %s failed unexpectedly: %s", self.login.name, type(exc).__name__)
                from ftz_desktop.errors import user_message

                outcome = user_message(exc)
            self._finish(outcome)
            return
        if self._cancelled.is_set():
            store.close()
            return
        self._finish(Connected(self.login, store, self._password, self._remember))

    def _finish(self, outcome: object) -> None:
        if not self._cancelled.is_set():
            self.finished.emit(self, outcome)

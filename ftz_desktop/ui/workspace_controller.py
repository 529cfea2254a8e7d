"""Opens workspaces and keeps one main window per open workspace (File > Open workspace replaces it).

The rules of opening live in core (``core.store.opening``, shared with the command line): one editor
per workspace (a lock; a second window may open it read-only), a read-only file opens read-only with a
banner, a damaged file offers the newest good automatic backup (the damaged file is kept aside). This
controller asks the user where those rules need an answer, and makes a verified backup at close.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Optional, Union

from PySide6.QtCore import QObject, QSettings, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from ftz_desktop.errors import user_message
from ftz_desktop.ui.team.live import watch_live

log = logging.getLogger(__name__)


def _named(location: Union[Path, str]) -> str:
    """A workspace as the log may name it: a server's URL without its password."""
    from ftz_desktop.ui.team.login import ServerLogin

    login = ServerLogin.from_url(location) if isinstance(location, str) and "://" in location else None
    return login.name if login is not None else ("a server workspace" if "://" in str(location) else str(location))


class WorkspaceController(QObject):
    def __init__(self, content=None, settings: Optional[QSettings] = None, parent: Optional[QObject] = None,
                 backup_root: Optional[Path] = None) -> None:
        super().__init__(parent)
        self._content = content  # loaded on first need when not given
        self._settings = settings
        self._backup_root = backup_root
        self.store = None
        self.window = None
        self._lock = None
        self._backup_timer = None
        self.team_dialog = None          # the last "Connect to a team workspace" dialog shown (tests look at it)
        self.live = None                 # live updates of the team workspace shown (None for a file)

    # ----- opening ------------------------------------------------------------------------------------------
    def _ask(self, parent: Optional[QWidget], title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _open_store(self, path: Union[Path, str], parent: Optional[QWidget]):
        """(store, lock) for the path by core's opening rules, asking the user where a choice is needed;
        (None, None) if the user declined."""
        from ftz_desktop.core.store.addresses import is_server_url
        from ftz_desktop.core.store.opening import open_workspace

        opened = open_workspace(
            path if is_server_url(path) else Path(path), backup_root=self._backup_root,
            on_in_use=lambda exc: self._ask(parent, self.tr("Workspace in use"),
                                            self.tr("{error}\n\nOpen it read-only?").format(error=exc)),
            on_damaged=lambda exc, backup: self._ask(
                parent, self.tr("Damaged workspace"),
                self.tr("{error}\n\nRestore the newest good backup ({backup})? "
                        "The damaged file is kept beside it, unchanged.").format(error=exc, backup=backup.stem)))
        if opened is None:
            return None, None
        return opened.store, opened.lock

    def open(self, path: Union[Path, str], parent: Optional[QWidget] = None) -> bool:
        """Open the workspace (a file, or a server's URL) and show it; on failure say why and keep what was open."""
        if self.window is not None and not self.window.may_close():
            return False     # the user chose to stay with what is open (e.g. to save a recipe first)
        try:
            store, lock = self._open_store(path, parent or self.window)
            content = self._load_content()
        except Exception as exc:  # one clear sentence for the user; the details go to the log
            log.exception("Could not open workspace %s", _named(path))
            QMessageBox.critical(parent or self.window, "ftz-desktop", user_message(exc))
            return False
        if store is None:
            return False
        self._show(store, lock, content)
        return True

    def _show(self, store, lock, content) -> None:
        """Close what is open and show ``store`` in a new window."""
        from ftz_desktop.ui.main_window import MainWindow

        self._close_current()
        self.store, self._lock = store, lock
        self.window = MainWindow(store, content, settings=self._settings)
        self._connect_window(self.window)
        self.live = watch_live(store, self.window)      # a team workspace: colleagues' changes as they happen
        self.window.show()
        self._start_daily_backups()

    def _connect_window(self, window) -> None:
        window.workspace_open_requested.connect(self._on_workspace_open_requested)
        window.team_connect_requested.connect(self.connect_to_team_workspace)
        window.team_workspace_requested.connect(self.open_team_workspace)

    # ----- team workspaces (a PostgreSQL server) ----------------------------------------------------------
    @Slot()
    def connect_to_team_workspace(self, login=None, *, start: bool = False, password: Optional[str] = None):
        """File › Connect to a team workspace…: the dialog, prefilled with ``login``; with ``start`` it connects
        at once (with ``password``, kept in the keyring, else libpq's sources). Returns the dialog, shown."""
        from PySide6.QtCore import Qt

        from ftz_desktop.ui.team.connect_dialog import ConnectDialog

        dialog = ConnectDialog(login, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.connected.connect(self._on_team_connected)
        self.team_dialog = dialog
        dialog.open()
        if start and login is not None:
            dialog.start_connecting(password)
        return dialog

    @Slot(object)
    def open_team_workspace(self, login):
        """A recent team workspace: connect with the keyring's password or libpq's own sources; the dialog
        shows the progress and, if the server refuses, stays open prefilled to type the password."""
        from ftz_desktop.ui.team.passwords import kept_password

        return self.connect_to_team_workspace(login, start=True, password=kept_password(login))

    @Slot(object)
    def _on_team_connected(self, connected) -> None:
        from ftz_desktop.ui.team.passwords import forget_password, keep_password
        from ftz_desktop.ui.team.recent import RecentTeamWorkspaces

        dialog = self.sender() if self.sender() is not None else self.team_dialog
        if self.window is not None and not self.window.may_close():
            connected.store.close()          # the user chose to stay (to save a recipe first)
            dialog.reject()
            return
        try:
            content = self._load_content()
        except Exception as exc:  # the study's text could not be read: say so, stay
            log.exception("Could not load the study's text")
            connected.store.close()
            dialog.show_message(user_message(exc))
            return
        RecentTeamWorkspaces(self._settings).remember(connected.login)
        kept_note = None
        if connected.remember and connected.password:
            kept_note = keep_password(connected.login, connected.password)
        elif connected.remember is False:
            forget_password(connected.login)
        dialog.accept()
        self._show(connected.store, None, content)
        if kept_note:
            self.window.show_status_message(kept_note)

    def start(self, path: Union[Path, str], recipe: Optional[Path] = None) -> None:
        """Start-up: show the window at once, open the workspace after its first paint.

        If the workspace cannot be opened the user is told why and the application exits with 2.
        """
        from ftz_desktop.ui.main_window import MainWindow

        self.window = MainWindow(settings=self._settings)
        self._connect_window(self.window)
        self.window.first_painted.connect(lambda: self._attach_at_start(path, recipe))
        self.window.show()

    def _attach_at_start(self, path: Union[Path, str], recipe: Optional[Path] = None) -> None:
        from PySide6.QtWidgets import QApplication

        window = self.window
        try:
            store, lock = self._open_store(path, window)
            content = self._load_content()
        except Exception as exc:
            log.exception("Could not open workspace %s", _named(path))
            QMessageBox.critical(window, "ftz-desktop", user_message(exc))
            store = None
        if store is None:
            window.close()
            QApplication.exit(2)
            return
        self.store, self._lock = store, lock
        window.attach(store, content)
        self._start_daily_backups()
        if recipe is not None:
            window.open_recipe_file(recipe)

    def _load_content(self):
        """The study's text in the window's language (English when that language has none)."""
        from ftz_desktop.core.study.content import ContentError, load_content
        from ftz_desktop.ui.i18n import chosen_language

        language = chosen_language(self._settings)
        if self._content is None or self._content.language != language:
            try:
                self._content = load_content(language)
            except ContentError:
                self._content = load_content("en")
        return self._content

    @Slot(str)
    def _on_workspace_open_requested(self, path: str) -> None:
        self.open(path)

    # ----- closing ------------------------------------------------------------------------------------------
    def _close_current(self) -> None:
        if self._backup_timer is not None:
            self._backup_timer.stop()
        window, store, lock = self.window, self.store, self._lock
        self.window = self.store = self._lock = None
        if window is not None:
            window.close()
            window.deleteLater()
        if store is not None:
            if not store.read_only and not store.is_server:      # a server's own backups keep it
                self._backup(store)
            store.close()
        if lock is not None:
            lock.release()

    def _start_daily_backups(self) -> None:
        """A backup when the newest is a day old: now, and checked every hour while the workspace is open."""
        from PySide6.QtCore import QTimer

        if self._backup_timer is None:
            self._backup_timer = QTimer(self)
            self._backup_timer.setInterval(3600 * 1000)
            self._backup_timer.timeout.connect(self._on_backup_timer)
        self._backup_timer.start()
        self._on_backup_timer()

    @Slot()
    def _on_backup_timer(self) -> None:
        from ftz_desktop.core.store import auto_backup

        store = self.store
        if store is not None and not store.read_only and auto_backup.due(store.path, self._backup_root):
            self._backup(store)

    def _backup(self, store) -> None:
        from ftz_desktop.core.store import auto_backup

        try:
            auto_backup.make_generation(store, root=self._backup_root)
        except Exception:  # a failed backup must not stop the app from closing; it is logged
            log.exception("Automatic backup of %s failed", store.path)

    def close(self) -> None:
        self._close_current()

"""Opens workspaces and keeps one main window per open workspace (File > Open workspace replaces it).

The rules of opening live in core (``core.store.opening``, shared with the command line): one editor
per workspace (a lock; a second window may open it read-only), a read-only file opens read-only with a
banner, a damaged file offers the newest good automatic backup (the damaged file is kept aside). This
controller asks the user where those rules need an answer, and makes a verified backup at close.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QObject, QSettings, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from ftz_desktop.errors import user_message

log = logging.getLogger(__name__)


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

    # ----- opening ------------------------------------------------------------------------------------------
    def _ask(self, parent: Optional[QWidget], title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _open_store(self, path: Path, parent: Optional[QWidget]):
        """(store, lock) for the path by core's opening rules, asking the user where a choice is needed;
        (None, None) if the user declined."""
        from ftz_desktop.core.store.opening import open_workspace

        opened = open_workspace(
            path, backup_root=self._backup_root,
            on_in_use=lambda exc: self._ask(parent, self.tr("Workspace in use"),
                                            self.tr("{error}\n\nOpen it read-only?").format(error=exc)),
            on_damaged=lambda exc, backup: self._ask(
                parent, self.tr("Damaged workspace"),
                self.tr("{error}\n\nRestore the newest good backup ({backup})? "
                        "The damaged file is kept beside it, unchanged.").format(error=exc, backup=backup.stem)))
        if opened is None:
            return None, None
        return opened.store, opened.lock

    def open(self, path: Path, parent: Optional[QWidget] = None) -> bool:
        """Open the workspace and show it; on failure say why and keep what was open."""
        from ftz_desktop.ui.main_window import MainWindow

        path = Path(path)
        if self.window is not None and not self.window.may_close():
            return False     # the user chose to stay with what is open (e.g. to save a recipe first)
        try:
            store, lock = self._open_store(path, parent or self.window)
            content = self._load_content()
        except Exception as exc:  # one clear sentence for the user; the details go to the log
            log.exception("Could not open workspace %s", path)
            QMessageBox.critical(parent or self.window, "ftz-desktop", user_message(exc))
            return False
        if store is None:
            return False
        self._close_current()
        self.store, self._lock = store, lock
        self.window = MainWindow(store, content, settings=self._settings)
        self.window.workspace_open_requested.connect(self._on_workspace_open_requested)
        self.window.show()
        self._start_daily_backups()
        return True

    def start(self, path: Path, recipe: Optional[Path] = None) -> None:
        """Start-up: show the window at once, open the workspace after its first paint.

        If the workspace cannot be opened the user is told why and the application exits with 2.
        """
        from ftz_desktop.ui.main_window import MainWindow

        self.window = MainWindow(settings=self._settings)
        self.window.workspace_open_requested.connect(self._on_workspace_open_requested)
        self.window.first_painted.connect(lambda: self._attach_at_start(Path(path), recipe))
        self.window.show()

    def _attach_at_start(self, path: Path, recipe: Optional[Path] = None) -> None:
        from PySide6.QtWidgets import QApplication

        window = self.window
        try:
            store, lock = self._open_store(path, window)
            content = self._load_content()
        except Exception as exc:
            log.exception("Could not open workspace %s", path)
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
        self.open(Path(path))

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
            if not store.read_only:
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

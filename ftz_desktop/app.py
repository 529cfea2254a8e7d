"""Composition root: builds the QApplication, settings, store and main window, or runs a sub-command."""
from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Optional, Sequence

from ftz_desktop import startup_probe
from ftz_desktop.errors import install_logging

log = logging.getLogger(__name__)


def _wants_cli(argv: Sequence[str]) -> bool:
    from ftz_desktop.cli import SUBCOMMANDS

    return any(arg in SUBCOMMANDS or arg in ("--version", "-V", "--help", "-h") for arg in argv)


def _gui_arguments(argv: Sequence[str]) -> Optional[Path]:
    """The GUI takes only --workspace PATH."""
    import argparse

    parser = argparse.ArgumentParser(prog="ftz-desktop")
    parser.add_argument("--workspace", type=Path, default=None)
    known, _qt_args = parser.parse_known_args(list(argv))
    return known.workspace


class _FirstPaintWatcher:
    """Marks the window's first paint (and quits when the start-up probe asked only for that)."""

    def __init__(self, window) -> None:
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 (Qt naming)
                if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
                    self.done = True
                    startup_probe.mark("first_paint")
                return False

        self.filter = Filter(window)
        window.installEventFilter(self.filter)


def run_gui(workspace: Optional[Path]) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ftz_desktop import __version__
    from ftz_desktop.paths import default_workspace_path

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("ftz_desktop")
    app.setApplicationName("ftz-desktop")
    app.setApplicationVersion(__version__)
    from PySide6.QtGui import QIcon

    from ftz_desktop.paths import resources_dir

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "ftz-desktop.png")))
    from ftz_desktop.errors import install_gui_excepthook, user_message

    install_gui_excepthook()
    try:
        from ftz_desktop.core.content import load_content
        from ftz_desktop.core.store import WorkspaceStore

        store = WorkspaceStore.open(workspace or default_workspace_path())
        content = load_content("en")
    except Exception as exc:  # shown to the user once, logged in full
        message = user_message(exc)
        log.exception("Could not open the workspace")
        QMessageBox.critical(None, "ftz-desktop", message)
        return 2
    from ftz_desktop.ui.main_window import MainWindow

    window = MainWindow(store, content, settings=QSettings())
    if startup_probe.active():
        _watcher = _FirstPaintWatcher(window)  # noqa: F841 (kept alive by the window)
    window.show()
    code = app.exec()
    store.close()
    return code


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    install_logging()
    if _wants_cli(args):
        from ftz_desktop.cli import run

        return run(args)
    return run_gui(_gui_arguments(args))


if __name__ == "__main__":
    raise SystemExit(main())

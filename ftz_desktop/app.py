"""Composition root: builds the QApplication, settings, store and main window, or runs a sub-command."""
from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Sequence, Union, cast

from ftz_desktop import startup_probe
from ftz_desktop.errors import install_logging

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent, QObject

log = logging.getLogger(__name__)


def _wants_cli(argv: Sequence[str]) -> bool:
    from ftz_desktop.subcommands import SUBCOMMANDS

    return any(arg in SUBCOMMANDS or arg in ("--version", "-V", "--help", "-h") for arg in argv)


RECIPE_SUFFIXES = (".ftzrecipe", ".json")


def _gui_arguments(argv: Sequence[str]) -> tuple[Union[Path, str, None], Optional[Path]]:
    """The GUI takes --workspace PATH and optionally a recipe file to open in the Brief tab (what a
    double-click on a .ftzrecipe file passes), plus Qt's own -options; anything else is a typo."""
    import argparse

    from ftz_desktop.errors import UserError

    parser = argparse.ArgumentParser(prog="ftz-desktop")
    parser.add_argument("--workspace", default=None)     # a file, or a team workspace's postgresql:// URL
    known, rest = parser.parse_known_args(list(argv))
    from ftz_desktop.core.store.addresses import is_server_url

    workspace = known.workspace if known.workspace is None or is_server_url(known.workspace) \
        else Path(known.workspace)
    stray = [arg for arg in rest if not arg.startswith("-")]
    recipe = None
    if len(stray) == 1 and stray[0].lower().endswith(RECIPE_SUFFIXES):
        recipe = Path(stray[0])
        if not recipe.is_file():
            raise UserError(f"{recipe}: recipe file not found")
        stray = []
    if stray:
        from ftz_desktop.subcommands import SUBCOMMANDS

        raise UserError(f"unknown command '{stray[0]}'; the commands are {', '.join(SUBCOMMANDS)} "
                        "(see 'ftz-desktop --help')")
    return workspace, recipe


def _display_problem() -> Optional[str]:
    """Qt aborts the process without a screen; say so in one line instead."""
    import os

    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM") \
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        return ("no display found (DISPLAY is not set); run the window on a desktop, "
                "or use a sub-command such as 'ftz-desktop export' (see --help)")
    return None


class _FirstPaintWatcher:
    """Marks the window's first paint (and quits when the start-up probe asked only for that)."""

    def __init__(self, window) -> None:
        from PySide6.QtCore import QEvent, QObject

        class Filter(QObject):
            def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
                if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
                    self.done = True
                    startup_probe.mark("first_paint")
                return False

        self.filter = Filter(window)
        window.installEventFilter(self.filter)


def run_gui(workspace: Union[Path, str, None], recipe: Optional[Path] = None) -> int:
    """Show the window first; the workspace, the study and the charts load after its first paint."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from ftz_desktop.errors import install_gui_excepthook
    from ftz_desktop.paths import default_workspace_path, resources_dir
    from ftz_desktop.ui.workspace_controller import WorkspaceController

    # instance() is typed as the QCoreApplication base; the one this process has is a QApplication.
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setOrganizationName("ftz_desktop")
    app.setApplicationName("ftz-desktop")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "ftz-desktop.png")))
    install_gui_excepthook()
    settings = QSettings()
    from ftz_desktop.ui.i18n import chosen_language, install_language

    install_language(chosen_language(settings), app)     # before any widget exists: every text is translated

    controller = WorkspaceController(settings=settings)
    controller.start(workspace or default_workspace_path(), recipe=recipe)
    if startup_probe.active():
        _watcher = _FirstPaintWatcher(controller.window)  # kept alive by the window
    code = app.exec()
    controller.close()
    return code


def _console_for_commands() -> None:
    """On Windows the gui-script has no console (stdout is None): attach to the console it was started
    from so that sub-commands can print, or write nowhere rather than fail."""
    if sys.platform != "win32" or (sys.stdout is not None and sys.stderr is not None):
        return
    import ctypes
    import os

    if ctypes.windll.kernel32.AttachConsole(-1):  # -1: the parent's console
        sys.stdout = open("CONOUT$", "w", encoding="utf-8", errors="replace")
        sys.stderr = open("CONOUT$", "w", encoding="utf-8", errors="replace")
    else:
        sys.stdout = sys.stderr = open(os.devnull, "w", encoding="utf-8")


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    install_logging()
    if _wants_cli(args):
        _console_for_commands()
        from ftz_desktop.cli import run

        return run(args)
    from ftz_desktop.errors import UserError

    try:
        workspace, recipe = _gui_arguments(args)
        problem = _display_problem()
        if problem:
            raise UserError(problem)
    except UserError as exc:
        _console_for_commands()
        print(f"ftz-desktop: error: {exc}", file=sys.stderr)
        return 2
    return run_gui(workspace, recipe)


if __name__ == "__main__":
    raise SystemExit(main())

"""Make the README's picture of a team workspace: two windows on one PostgreSQL workspace, side by side; a note
typed in the left window arrives in the right one by itself (live updates), where its History shows who changed it.

Run under a real X server (PostgreSQL's initdb installed, as for the server tests):
    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb .venv/bin/python docs/make_team_screenshot.py
Writes docs/screenshots/team-two-windows.png and, in the Chinese edition, team-two-windows-zh.png. A throwaway
cluster (tests/helpers/pg_cluster.py) holds the workspace; two colleagues, each an editor, open it the way
File › Connect to a team workspace does (WorkspaceController), one window each.
"""
from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))        # helpers.pg_cluster: the tests' throwaway PostgreSQL

SCREEN = (1600, 1000)
WINDOW = (800, 960)
GAP, TITLE_BAR = 12, 26                          # Xvfb has no window manager: the picture draws the titles
DATABASE = "sichuan_ftz"
COLLEAGUES = ("wang_fang", "li_ming")            # left window types, right window watches
INDICATOR = "chengdu_goods_exports"
PERIOD = "2022"
NOTES = {"en": "To check with customs data", "zh": "待与海关数据核对"}


def _wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Process events until ``condition`` holds; a clear error if it never does (no fixed sleeps)."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        QApplication.processEvents()
        time.sleep(0.02)


def _settle(seconds: float = 0.5) -> None:
    """Let queued repaints and deferred work run before a grab."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def _no_modal_dialogs() -> None:
    """A message box or dialog would block the script: say what it asked and answer No / Cancel."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    def box(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def show(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
            print(f"[{kind}] {title}: {text}", file=sys.stderr)
            return QMessageBox.StandardButton.No if kind == "question" else QMessageBox.StandardButton.Ok
        return show

    for kind in ("question", "warning", "critical", "information"):
        setattr(QMessageBox, kind, staticmethod(box(kind)))

    def rejected(dialog: QDialog) -> int:
        print(f"[dialog] {dialog.windowTitle()}", file=sys.stderr)
        return int(QDialog.DialogCode.Rejected)

    QDialog.exec = rejected  # type: ignore[method-assign]
    QMessageBox.exec = rejected  # type: ignore[method-assign]


def _log_in_as(login: str) -> None:
    """The audit names the computer's login beside the database user: one process plays several people's
    computers, so each gets its own login name (not whoever runs the script)."""
    for variable in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        os.environ[variable] = login


def _with(url: str, **parts: Any) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(**parts).render_as_string(hide_password=False)


def _make_workspace(server: str) -> dict[str, str]:
    """A new database made a team workspace from the shipped study, and an editor login for each colleague;
    each colleague's URL."""
    import psycopg

    from ftz_desktop.core.store.server_roles import EDITOR, init_server

    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{DATABASE}"')
    _log_in_as("admin")
    init_server(_with(server, database=DATABASE))       # the workspace and the office's three roles
    urls = {}
    with psycopg.connect(server, autocommit=True) as conn:
        for user in COLLEAGUES:
            password = secrets.token_hex(12)
            conn.execute(f'DROP ROLE IF EXISTS "{user}"')
            conn.execute(f"CREATE ROLE \"{user}\" LOGIN PASSWORD '{password}' IN ROLE \"{EDITOR}\"")
            urls[user] = _with(server, database=DATABASE, username=user, password=password)
    return urls


def _data_tab_built(window: Any) -> bool:
    return bool(window.isVisible() and window.tabs.currentWidget().widget is not None)


def _listening(store: Any) -> bool:
    """Live updates hear colleagues once their connection is up (the tests wait on the same flag)."""
    return bool(getattr(getattr(store, "_listener", None), "online", False))


def _show_from_period_to_note(view: Any) -> None:
    """Scroll the table sideways so the note shows whole, and from the period on as much as fits."""
    from ftz_desktop.ui.data.models.observations import C_NOTE, C_PERIOD

    header = view.horizontalHeader()
    note_end = header.sectionPosition(C_NOTE) + header.sectionSize(C_NOTE)
    view.horizontalScrollBar().setValue(max(header.sectionPosition(C_PERIOD), note_end - view.viewport().width()))


def _compose(windows: list[Any], path: Path) -> None:
    """The windows side by side, each under a title bar with its title (who is connected to which workspace)."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    shots = [window.grab() for window in windows]
    width = sum(shot.width() for shot in shots) + GAP * (len(shots) + 1)
    height = max(shot.height() for shot in shots) + TITLE_BAR + 2 * GAP
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#5c6670"))
    painter = QPainter(image)
    font = QFont(windows[0].font())
    font.setBold(True)
    painter.setFont(font)
    x = GAP
    for window, shot in zip(windows, shots, strict=True):
        bar = QRect(x, GAP, shot.width(), TITLE_BAR)
        painter.fillRect(bar, QColor("#2b3440"))
        painter.setPen(QColor("white"))
        painter.drawText(bar.adjusted(10, 0, -10, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         window.windowTitle())
        painter.drawPixmap(x, GAP + TITLE_BAR, shot)
        x += shot.width() + GAP
    painter.end()
    if not image.save(str(path)):
        raise RuntimeError(f"could not write {path}")


def team_shot(out: Path, server: str, home: Path, language: str) -> Path:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from ftz_desktop.ui.data.models.observations import C_NOTE
    from ftz_desktop.ui.i18n import SETTING, install_language
    from ftz_desktop.ui.workspace_controller import WorkspaceController

    app = QApplication.instance() or QApplication([])
    install_language(language, app)
    urls = _make_workspace(server)
    controllers: list[WorkspaceController] = []
    windows: list[Any] = []                           # MainWindow (the controller's attributes are untyped)
    stores: list[Any] = []
    tabs: list[Any] = []
    try:
        for number, user in enumerate(COLLEAGUES):
            # Each colleague's own settings: the language, and the Data tab as the tab they last had open.
            settings = QSettings(str(home / f"{user}-{language}.ini"), QSettings.Format.IniFormat)
            settings.setValue(SETTING, language)
            settings.setValue("main_window/last_tab", "data")
            controller = WorkspaceController(settings=settings, backup_root=home / "backups")
            if not controller.open(urls[user]):
                raise RuntimeError(f"{user} could not open the team workspace")
            window: Any = controller.window
            window.resize(*WINDOW)
            window.move(number * (SCREEN[0] // 2), 0)
            controllers.append(controller)
            windows.append(window)
            stores.append(controller.store)
        for window, store in zip(windows, stores, strict=True):
            _wait_until(partial(_data_tab_built, window), 20, "the Data tab to be built")
            tabs.append(window.tab_widget("data"))
            _wait_until(partial(_listening, store), 20, "live updates to connect")
        left, right = tabs
        obs = next(o for o in stores[0].observations()
                   if o.indicator_id == INDICATOR and o.period == PERIOD)
        note = NOTES[language]
        # Wang Fang types the note in the left window, as the cell's editor hands it to the model.
        _log_in_as(COLLEAGUES[0].replace("_", ""))
        typed = left.observations.index(left.observations.row_of(obs.id), C_NOTE)
        if not left.observations.setData(typed, note, Qt.ItemDataRole.EditRole):
            raise RuntimeError(f"the note was refused: {left.status_line.text()}")
        shown = right.observations.index(right.observations.row_of(obs.id), C_NOTE)
        _wait_until(lambda: right.observations.data(shown) == note, 20, "the note to reach the right window")
        _settle(0.3)                                  # the windows take their final width first
        for tab in tabs:
            tab.show_indicator(INDICATOR)
            cell = tab.observation_proxy.mapFromSource(tab.observations.index(tab.observations.row_of(obs.id),
                                                                              C_NOTE))
            tab.observation_view.setCurrentIndex(cell)
        width = sum(left.splitter.sizes())
        # Wang Fang's window: the whole width for the table (the side panel dragged shut), so the row's period,
        # value and the typed note show together. Li Ming's: over half for the cell's History, who changed it.
        left.splitter.setSizes([width, 0])
        right.side.setCurrentWidget(right.history)
        right.splitter.setSizes([width * 9 // 20, width - width * 9 // 20])
        for column in range(4):                       # when, old, new, who: as a reader would widen them
            right.history.view.resizeColumnToContents(column)
        for tab in tabs:
            _show_from_period_to_note(tab.observation_view)
        windows[1].activateWindow()
        _settle()
        for window in windows:
            if window.width() > WINDOW[0]:
                print(f"note: the window is {window.width()} px wide, not {WINDOW[0]}: its Data tab needs that much",
                      file=sys.stderr)
        path = out / ("team-two-windows.png" if language == "en" else f"team-two-windows-{language}.png")
        _compose(windows, path)
        return path
    finally:
        for controller in controllers:
            controller.close()


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from helpers import pg_cluster

    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--language", choices=("en", "zh"), action="append",
                        help="the edition to picture (default: both)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    _no_modal_dialogs()
    with tempfile.TemporaryDirectory() as home:
        os.environ["FTZ_DESKTOP_HOME"] = home
        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setOrganizationName("ftz_desktop")
        app.setApplicationName("ftz-desktop")
        folder, server = pg_cluster.start()
        try:
            for language in args.language or ("en", "zh"):
                print(f"wrote {team_shot(args.out, server, Path(home), language).name}")
        finally:
            pg_cluster.stop(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

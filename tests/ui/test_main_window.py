"""The main window: tabs, menus, remembered state, About, switching workspaces."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from ftz_desktop import __version__
from ftz_desktop.ui.main_window import MainWindow
from ftz_desktop.ui.tab_registry import TABS


def _settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_window_has_every_tab_and_menu(qtbot, store, content):
    window = MainWindow(store, content)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Overview", "Status", "Shortcomings", "Opportunities", "Recommendations", "Data", "Brief"]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert "Ctrl+Y" in [s.toString() for s in window.redo_action.shortcuts()]


def test_every_tab_builds_a_real_widget(qtbot, store, content):
    window = MainWindow(store, content)
    qtbot.addWidget(window)
    window.build_all_tabs()
    for entry in TABS:
        widget = window.tab_widget(entry.key)
        assert type(widget).__name__ == entry.class_name


def test_geometry_and_last_tab_are_remembered(qtbot, store, content, tmp_path):
    settings = _settings(tmp_path)
    window = MainWindow(store, content, settings=settings)
    qtbot.addWidget(window)
    window.resize(701, 555)
    window.select_tab("opportunities")
    window.close()
    again = MainWindow(store, content, settings=_settings(tmp_path))
    qtbot.addWidget(again)
    assert again.tabs.tabText(again.tabs.currentIndex()) == "Opportunities"
    assert again.size().width() == 701


def test_about_names_version_licence_and_sources(qtbot, store, content, monkeypatch):
    window = MainWindow(store, content)
    qtbot.addWidget(window)
    shown = {}
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.update(text=text))
    window.about_action.trigger()
    assert __version__ in shown["text"]
    assert "Licence" in shown["text"]
    assert "section 2.1" in shown["text"]


def test_open_workspace_asks_the_controller(qtbot, store, content, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    window = MainWindow(store, content)
    qtbot.addWidget(window)
    target = str(tmp_path / "other.ftzdb")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (target, ""))
    with qtbot.waitSignal(window.workspace_open_requested) as blocker:
        window.open_action.trigger()
    assert blocker.args == [target]


def test_controller_switches_workspace_and_reports_bad_files(qtbot, content, tmp_path, monkeypatch):
    from ftz_desktop.ui.workspace_controller import WorkspaceController

    controller = WorkspaceController(content)
    assert controller.open(tmp_path / "first.ftzdb")
    first = controller.window
    qtbot.addWidget(first)
    errors = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: errors.append(text))
    bad = tmp_path / "notes.txt"
    bad.write_text("not a workspace", encoding="utf-8")
    assert not controller.open(bad)
    assert controller.window is first and errors and "notes.txt" in errors[0]
    assert bad.read_text(encoding="utf-8") == "not a workspace"
    assert controller.open(tmp_path / "second.ftzdb")
    qtbot.addWidget(controller.window)
    assert controller.store.path.name == "second.ftzdb"
    controller.close()


def test_second_window_gets_read_only_with_a_banner(qtbot, content, tmp_path, monkeypatch):
    from ftz_desktop.ui.workspace_controller import WorkspaceController

    path = tmp_path / "shared.ftzdb"
    first = WorkspaceController(content, backup_root=tmp_path / "backups")
    assert first.open(path)
    qtbot.addWidget(first.window)
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, buttons: asked.append(text) or QMessageBox.StandardButton.Yes)
    second = WorkspaceController(content, backup_root=tmp_path / "backups")
    assert second.open(path)
    qtbot.addWidget(second.window)
    assert "being used by" in asked[0]
    assert second.store.read_only
    assert second.window.read_only_banner.isVisibleTo(second.window)
    assert not first.window.read_only_banner.isVisibleTo(first.window)
    second.close()
    first.close()


def test_damaged_workspace_offers_the_backup_and_keeps_the_original(qtbot, content, tmp_path, monkeypatch):
    from ftz_desktop.ui.workspace_controller import WorkspaceController

    path = tmp_path / "w.ftzdb"
    controller = WorkspaceController(content, backup_root=tmp_path / "backups")
    assert controller.open(path)
    obs = controller.store.observations()[0]
    controller.store.update_observation(obs.id, "note", "kept by the backup")
    controller.close()  # makes the automatic backup
    path.write_bytes(b"\x00" * 2048)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert controller.open(path)
    qtbot.addWidget(controller.window)
    assert controller.store.observation(obs.id).note == "kept by the backup"
    kept = list(tmp_path.glob("w.ftzdb.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"\x00" * 2048
    controller.close()


def test_start_shows_the_window_before_the_workspace_opens(qtbot, tmp_path):
    from ftz_desktop.ui.workspace_controller import WorkspaceController

    controller = WorkspaceController(backup_root=tmp_path / "backups")
    controller.start(tmp_path / "w.ftzdb")
    window = controller.window
    qtbot.addWidget(window)
    assert window.context is None  # painted first, attached after
    qtbot.waitUntil(lambda: window.context is not None, timeout=10000)
    qtbot.waitUntil(lambda: window._hosts["overview"].widget is not None, timeout=10000)
    assert controller.store.path.name == "w.ftzdb"
    controller.close()


def test_start_with_a_bad_workspace_says_why_and_exits_2(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from ftz_desktop.ui.workspace_controller import WorkspaceController

    bad = tmp_path / "report.docx"
    bad.write_bytes(b"PK\x03\x04 not a workspace")
    messages, codes = [], []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: messages.append(text))
    monkeypatch.setattr(QApplication, "exit", staticmethod(lambda code=0: codes.append(code)))
    controller = WorkspaceController(backup_root=tmp_path / "backups")
    controller.start(bad)
    qtbot.addWidget(controller.window)
    qtbot.waitUntil(lambda: codes == [2], timeout=10000)
    assert "report.docx" in messages[0]
    assert bad.read_bytes() == b"PK\x03\x04 not a workspace"


def test_start_with_a_recipe_file_opens_it_in_the_brief_tab(qtbot, tmp_path):
    import json

    from ftz_desktop.charts.catalog import CHARTS
    from ftz_desktop.core.recipe import default_recipe
    from ftz_desktop.core.study.content import load_content
    from ftz_desktop.core.study.shipped import load_shipped_dataset
    from ftz_desktop.ui.workspace_controller import WorkspaceController

    recipe = default_recipe(load_content("en"), load_shipped_dataset(), list(CHARTS))
    recipe.title = "Brief for the director"
    recipe.charts = ["ftz_fdi_share"]
    path = tmp_path / "director.ftzrecipe"
    path.write_text(recipe.to_json(), encoding="utf-8")
    controller = WorkspaceController(backup_root=tmp_path / "backups")
    controller.start(tmp_path / "w.ftzdb", recipe=path)
    qtbot.addWidget(controller.window)
    qtbot.waitUntil(lambda: controller.window._hosts["brief"].widget is not None, timeout=10000)
    composer = controller.window.tab_widget("brief")
    current = composer.current_recipe()
    assert current.title == "Brief for the director"
    assert current.charts == ["ftz_fdi_share"]
    assert json.loads(path.read_text(encoding="utf-8"))["title"] == "Brief for the director"
    controller.close()


def test_a_missing_recipe_file_is_one_line_and_exit_2(capsys):
    from ftz_desktop.app import main

    assert main(["no-such.ftzrecipe"]) == 2
    assert "no-such.ftzrecipe: recipe file not found" in capsys.readouterr().err


def test_a_workspace_in_a_synced_folder_shows_a_warning(qtbot, content, tmp_path):
    from ftz_desktop.core.store.workspace import WorkspaceStore

    synced = tmp_path / "OneDrive - Bureau"
    synced.mkdir()
    with WorkspaceStore.open(synced / "w.ftzdb") as store:
        window = MainWindow(store, content)
        qtbot.addWidget(window)
        assert window.location_banner.isVisibleTo(window)
        assert "synced folder" in window.location_banner.text()
    with WorkspaceStore.open(tmp_path / "local.ftzdb") as store:
        local = MainWindow(store, content)
        qtbot.addWidget(local)
        assert not local.location_banner.isVisibleTo(local)


def test_every_tab_gets_the_windows_one_store_adapter_and_closing_stops_it(qtbot, store, content):
    window = MainWindow(store, content)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: any(host.widget is not None for host in window._hosts.values()))
    events = window.context.events
    built = [host.widget for host in window._hosts.values() if host.widget is not None]
    assert all(w.events is events for w in built)
    window.close()
    assert events.closed

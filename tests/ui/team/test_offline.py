"""The window when the team workspace's server goes away (a cluster of the test's own, stopped and started again):
a value typed as it goes is kept and written on Retry once the server is back; while it is away the window says it
is offline, takes no changes and still shows the figures last read; when it is back the window is as before."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import make_url

from ftz_desktop.core.store.workspace import WorkspaceStore
from ftz_desktop.ui.team.login import ServerLogin
from helpers import pg_cluster
from helpers.team_window import connect, fill


def _open(qtbot, controller, url: str):
    dialog = controller.connect_to_team_workspace()
    fill(dialog, ServerLogin.from_url(url), make_url(url).password)
    connect(qtbot, controller, dialog)
    store = controller.store
    qtbot.waitUntil(lambda: store._listener is not None and store._listener.online, timeout=10_000)
    return controller.window, store


def _note_index(tab, store, n: int = 0):
    from ftz_desktop.ui.data.models.observations import C_NOTE

    obs = store.observations()[n]
    return obs, tab.observations.index(tab.observations.row_of(obs.id), C_NOTE)


def test_a_value_typed_as_the_server_goes_is_kept_and_written_on_retry(qtbot, controller, private_postgres,
                                                                        monkeypatch):
    folder, url = private_postgres
    window, store = _open(qtbot, controller, url)
    tab = window.select_tab("data")
    obs, index = _note_index(tab, store)
    asked: list[str] = []

    def retry_once_the_server_is_back(parent, title, text, *args, **kwargs):
        asked.append(text)
        pg_cluster.resume(folder)            # the administrator restarts the server while the question is open
        return QMessageBox.StandardButton.Retry

    monkeypatch.setattr(QMessageBox, "question", retry_once_the_server_is_back)
    pg_cluster.pause(folder)
    assert tab.observations.setData(index, "typed as the server went", Qt.ItemDataRole.EditRole) is True
    assert len(asked) == 1 and "is lost" in asked[0] and "press Retry when the server is back" in asked[0]
    assert make_url(url).password not in asked[0]
    assert tab.observations.data(index) == "typed as the server went"
    assert window.undo_stack.count() == 1
    with WorkspaceStore.open(url, create=False) as fresh:
        assert fresh.observation(obs.id).note == "typed as the server went"
    qtbot.waitUntil(lambda: not window.banners.offline.isVisibleTo(window), timeout=30_000)


def test_while_the_server_is_away_the_window_reads_only_and_says_so_then_edits_again(qtbot, controller, dialogs,
                                                                                     private_postgres):
    folder, url = private_postgres
    window, store = _open(qtbot, controller, url)
    tab = window.select_tab("data")
    obs, index = _note_index(tab, store, 1)
    assert tab.observations.flags(index) & Qt.ItemFlag.ItemIsEditable
    pg_cluster.pause(folder)
    qtbot.waitUntil(lambda: window.banners.offline.isVisibleTo(window), timeout=10_000)
    assert "reconnects by itself" in window.banners.offline.text()
    assert "(offline)" in window._workspace_label.text()
    assert "reconnecting" in controller.live.offline_text
    assert not tab.observations.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not tab.buttons["add_observation"].isEnabled() and tab.buttons["export"].isEnabled()
    assert tab.observations.data(index) == obs.note                      # the figures last read, still shown
    assert tab.status_line.text().startswith("Offline: the tables show the figures as last read")
    status = window.select_tab("status")                                 # a tab built meanwhile, from them
    qtbot.waitUntil(status.isVisible)
    assert not dialogs.texts("critical") and not dialogs.texts("warning")
    pg_cluster.resume(folder)
    qtbot.waitUntil(lambda: not window.banners.offline.isVisibleTo(window), timeout=30_000)
    assert "(offline)" not in window._workspace_label.text() and tab.status_line.text().startswith("Type to edit")
    window.select_tab("data")
    assert tab.observations.flags(index) & Qt.ItemFlag.ItemIsEditable and tab.buttons["add_observation"].isEnabled()
    assert tab.observations.setData(index, "after the server came back", Qt.ItemDataRole.EditRole) is True
    with WorkspaceStore.open(url, create=False) as fresh:
        assert fresh.observation(obs.id).note == "after the server came back"


def test_retry_after_a_commit_that_landed_writes_nothing_twice_and_asks_about_no_conflict(qtbot, postgres_workspace,
                                                                                        monkeypatch):
    from PySide6.QtGui import QUndoStack

    from ftz_desktop.ui.data.actions.editing import DataEditor
    from helpers.lost_commit import commit_then_lose_the_answer

    with WorkspaceStore.open(postgres_workspace) as store:
        asked: list[str] = []
        stack = QUndoStack()
        editor = DataEditor(store, stack, ask_retry=lambda text, offline: asked.append(text) or True,
                            resolve_conflict=lambda text: pytest.fail(f"asked about a conflict with itself: {text}"))
        obs = store.observations()[0]
        commit_then_lose_the_answer(monkeypatch, lands=True)
        assert editor.edit_observation(obs.id, "note", "typed once", obs.version) is None
        assert len(asked) == 1 and stack.count() == 1
        rows = [r for r in store.history.audit(table="observations", row_key=obs.id) if r.new == "typed once"]
        assert len(rows) == 1 and store.observation(obs.id).note == "typed once"
        stack.undo()
        assert store.observation(obs.id).note == obs.note

"""The window on a team workspace (a real PostgreSQL server): connecting from the dialog, a wrong password, a
viewer's read-only window, the recent list, and never a password in the settings."""
from __future__ import annotations

import uuid

import psycopg
from PySide6.QtCore import Qt

from ftz_desktop.core.store.server_roles import EDITOR, VIEWER, init_server
from ftz_desktop.core.store.workspace import WorkspaceStore
from ftz_desktop.ui.team.login import ServerLogin
from ftz_desktop.ui.team.recent import RecentTeamWorkspaces
from helpers.team_window import connect as _connect
from helpers.team_window import fill as _fill


def _settings_text(settings) -> str:
    settings.sync()
    return "\n".join(f"{key}={settings.value(key)}" for key in settings.allKeys())


def _viewer(url: str, role: str = VIEWER) -> tuple[ServerLogin, str]:
    init_server(url)
    name, password = f"user_{uuid.uuid4().hex[:8]}", uuid.uuid4().hex
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{name}" LOGIN PASSWORD \'{password}\' IN ROLE "{role}"')
    login = ServerLogin.from_url(url)
    return ServerLogin(login.host, login.database, name, login.port), password


def test_a_viewer_login_opens_a_read_only_window_with_the_banner_at_once(qtbot, controller, server):
    viewer, password = _viewer(server[0])
    dialog = controller.connect_to_team_workspace()
    _fill(dialog, viewer, password)
    _connect(qtbot, controller, dialog)
    assert controller.store.read_only
    assert controller.window.read_only_banner.isVisibleTo(controller.window)
    assert "needs the ftz_editor role" in controller.window.read_only_banner.text()


def test_the_dialog_connects_and_the_window_names_the_server_workspace(qtbot, controller, server, settings,
                                                                       monkeypatch, caplog):
    url, login, password = server
    caplog.set_level("DEBUG")
    opened: list[str] = []
    real_open = WorkspaceStore.open.__func__

    def spy(cls, location, **kwargs):
        opened.append(str(location))
        return real_open(cls, location, **kwargs)

    monkeypatch.setattr(WorkspaceStore, "open", classmethod(spy))
    dialog = controller.connect_to_team_workspace()
    _fill(dialog, login, password)
    _connect(qtbot, controller, dialog)

    assert opened == [login.url(password)]                  # the password reached the store, in the URL
    store, window = controller.store, controller.window
    assert store.is_server and not store.read_only
    name = f"{login.user}@{login.host}:{login.port}/{login.database}"
    assert name in window._workspace_label.text() and name in window.windowTitle()
    assert password not in window._workspace_label.toolTip() + window.windowTitle() + window.about_text()
    assert not window.read_only_banner.isVisibleTo(window)
    assert RecentTeamWorkspaces(settings).logins() == [login]
    assert [a.text() for a in window.team_menu.recent_actions] == [name]
    assert password not in _settings_text(settings) and password not in caplog.text
    assert window.select_tab("data").observations.rowCount() == len(store.observations())


def test_a_wrong_password_is_said_at_the_dialog_which_stays_and_nothing_is_remembered(qtbot, controller, server,
                                                                                      settings, caplog):
    url, login, _ = server
    caplog.set_level("DEBUG")
    first = controller.window
    dialog = controller.connect_to_team_workspace()
    _fill(dialog, login, "not-the-password")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)

    text = dialog.message.text()
    assert "cannot be reached or refused the connection" in text
    assert f"{login.host}:{login.port}/{login.database}" in text and "not-the-password" not in text
    assert dialog.isVisible() and dialog.connect_button.isEnabled()
    assert controller.window is first and not controller.store.is_server
    assert RecentTeamWorkspaces(settings).logins() == []
    assert "not-the-password" not in _settings_text(settings) and "not-the-password" not in caplog.text


def test_cancel_while_connecting_stops_waiting_and_keeps_what_is_open(qtbot, controller, server):
    _, login, password = server
    first = controller.window
    dialog = controller.connect_to_team_workspace()
    _fill(dialog, login, password)
    dialog.start_connecting()
    job = dialog.job
    assert dialog.progress.isVisibleTo(dialog) and not dialog.host.isEnabled()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.job is None and dialog.isVisible() and dialog.host.isEnabled()
    assert job.wait(20)                                    # the attempt ended; what it opened was closed
    assert controller.window is first and not controller.store.is_server


def test_an_editor_whose_role_is_taken_away_gets_the_banner_when_the_server_refuses_a_write(qtbot, controller,
                                                                                               server):
    from ftz_desktop.ui.data.models.observations import C_NOTE

    editor, password = _viewer(server[0], EDITOR)
    dialog = controller.connect_to_team_workspace()
    _fill(dialog, editor, password)
    _connect(qtbot, controller, dialog)
    window, store = controller.window, controller.store
    assert not store.read_only and not window.read_only_banner.isVisibleTo(window)
    with psycopg.connect(server[0], autocommit=True) as conn:      # the DBA makes them a viewer mid-session
        conn.execute(f'GRANT "{VIEWER}" TO "{editor.user}"')
        conn.execute(f'REVOKE "{EDITOR}" FROM "{editor.user}"')
    tab = window.select_tab("data")
    obs = store.observations()[0]
    index = tab.observations.index(tab.observations.row_of(obs.id), C_NOTE)

    assert tab.observations.setData(index, "a viewer's note", Qt.ItemDataRole.EditRole) is False
    assert "may not be changed by this user" in tab.status_line.text()
    assert window.read_only_banner.isVisibleTo(window)
    assert "needs the ftz_editor role" in window.read_only_banner.text()
    assert "(read-only)" in window._workspace_label.text()
    assert not tab.buttons["add_observation"].isEnabled() and tab.buttons["export"].isEnabled()
    assert not tab.observations.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert store.observation(obs.id).note == obs.note and password not in tab.status_line.text()


def test_a_read_only_open_shows_the_team_banner_at_once(qtbot, controller, server):
    viewer, password = _viewer(server[0])
    dialog = controller.connect_to_team_workspace()
    _fill(dialog, viewer, password)
    dialog.read_only.setChecked(True)
    _connect(qtbot, controller, dialog)
    assert controller.store.read_only
    assert controller.window.read_only_banner.isVisibleTo(controller.window)
    assert "ask the administrator" in controller.window.read_only_banner.text()
    controller.window.build_all_tabs()          # every tab reads a server workspace as it reads a file
    assert not controller.window.select_tab("data").buttons["delete"].isEnabled()


def test_a_recent_team_workspace_reopens_with_libpqs_password(qtbot, controller, server, settings, monkeypatch):
    _, login, password = server
    RecentTeamWorkspaces(settings).remember(login)
    monkeypatch.setenv("PGPASSWORD", password)
    from ftz_desktop.ui.main_window import MainWindow

    window = MainWindow(settings=settings)          # a window built after the list changed shows it
    qtbot.addWidget(window)
    assert [a.text() for a in window.team_menu.recent_actions] == [login.name]
    window.team_workspace_requested.connect(controller.open_team_workspace)
    window.team_menu.recent_actions[0].trigger()
    qtbot.waitUntil(lambda: controller.store is not None and controller.store.is_server, timeout=20_000)
    assert login.name in controller.window.windowTitle()
    assert password not in _settings_text(settings)


def test_a_recent_workspace_without_a_password_anywhere_opens_the_dialog_prefilled(qtbot, controller, server,
                                                                                    settings):
    _, login, password = server
    first = controller.window
    dialog = controller.open_team_workspace(login)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    assert dialog.isVisible() and "refused the connection" in dialog.message.text()
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text(), dialog.user.text()) == \
        (login.host, login.port, login.database, login.user)
    dialog.password.setText(password)
    _connect(qtbot, controller, dialog)
    assert controller.window is not first and controller.store.is_server


def test_remember_keeps_the_password_in_the_keyring_only_and_a_recent_uses_it(qtbot, controller, server, settings,
                                                                             memory_keyring):
    from ftz_desktop.ui.team.passwords import SERVICE

    _, login, password = server
    dialog = controller.connect_to_team_workspace()
    assert dialog.remember.isEnabled()
    _fill(dialog, login, password)
    dialog.remember.setChecked(True)
    _connect(qtbot, controller, dialog)
    assert memory_keyring.kept == {(SERVICE, login.name): password}
    assert password not in _settings_text(settings)

    again = controller.window
    controller.open_team_workspace(login)      # no PGPASSWORD, no password file: the keyring's is used
    qtbot.waitUntil(lambda: controller.window is not again, timeout=20_000)
    assert controller.store.is_server and login.name in controller.window.windowTitle()


def test_a_colleagues_edit_reaches_the_open_window_and_a_lost_connection_is_shown(qtbot, controller, server):
    from ftz_desktop.ui.data.models.observations import C_NOTE

    editor, password = _viewer(server[0], EDITOR)
    dialog = controller.connect_to_team_workspace()
    _fill(dialog, editor, password)
    _connect(qtbot, controller, dialog)
    window, store = controller.window, controller.store
    assert controller.live is not None and controller.live.watching
    qtbot.waitUntil(lambda: store._listener.online, timeout=10_000)
    tab = window.select_tab("data")
    obs = store.observations()[2]
    index = tab.observations.index(tab.observations.row_of(obs.id), C_NOTE)
    with WorkspaceStore.open(server[0], create=False) as colleague:
        colleague.update_observation(obs.id, "note", "a colleague's note")
    qtbot.waitUntil(lambda: tab.observations.data(index) == "a colleague's note", timeout=5_000)
    # The server drops the window's connections: the status bar says so, and the window reconnects by itself.
    with psycopg.connect(server[0], autocommit=True) as conn:
        conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                     "WHERE application_name = 'ftz-desktop live updates' AND pid <> pg_backend_pid()")
    qtbot.waitUntil(lambda: "reconnecting" in controller.live.offline_text, timeout=10_000)
    qtbot.waitUntil(lambda: controller.live.offline_text == "", timeout=20_000)


def test_a_recipe_the_server_refuses_to_keep_raises_the_team_banner(qtbot, controller, server, dialogs, monkeypatch):
    from ftz_desktop.ui.brief import recipe_dialogs

    editor, password = _viewer(server[0], EDITOR)
    dialog = controller.connect_to_team_workspace()
    _fill(dialog, editor, password)
    _connect(qtbot, controller, dialog)
    window = controller.window
    with psycopg.connect(server[0], autocommit=True) as conn:      # the DBA makes them a viewer mid-session
        conn.execute(f'GRANT "{VIEWER}" TO "{editor.user}"')
        conn.execute(f'REVOKE "{EDITOR}" FROM "{editor.user}"')
    monkeypatch.setattr(recipe_dialogs, "ask_recipe_name", lambda *args: "Weekly brief")
    assert window.select_tab("brief").recipes.save_to_workspace() is None
    assert "may not be changed by this user" in dialogs.texts("warning")[-1]
    assert window.read_only_banner.isVisibleTo(window) and "(read-only)" in window._workspace_label.text()

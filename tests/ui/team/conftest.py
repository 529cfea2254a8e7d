"""Team workspace UI tests: a window on a file workspace whose controller connects to a real PostgreSQL server
(``postgres_workspace``), settings in a file of the test's own, and a keyring of the test's own."""
from __future__ import annotations

import sys
import types

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url


class MemoryKeyring:
    """The ``keyring`` package's calls the window makes, kept in a dict (the test's own keyring)."""

    def __init__(self) -> None:
        self.kept: dict[tuple[str, str], str] = {}

    def module(self) -> types.ModuleType:
        fail = types.ModuleType("keyring.backends.fail")
        fail.Keyring = type("Keyring", (), {})
        backends = types.ModuleType("keyring.backends")
        backends.fail = fail
        module = types.ModuleType("keyring")
        module.backends = backends
        module.get_keyring = lambda: self
        module.get_password = lambda service, user: self.kept.get((service, user))
        module.set_password = lambda service, user, password: self.kept.__setitem__((service, user), password)
        module.delete_password = lambda service, user: self.kept.pop((service, user))
        return module


@pytest.fixture
def memory_keyring(monkeypatch) -> MemoryKeyring:
    ring = MemoryKeyring()
    module = ring.module()
    for name, part in (("keyring", module), ("keyring.backends", module.backends),
                       ("keyring.backends.fail", module.backends.fail)):
        monkeypatch.setitem(sys.modules, name, part)
    return ring


@pytest.fixture(autouse=True)
def no_keyring_package(monkeypatch):
    """The keyring package is not a dependency: tests run without it unless they ask for ``memory_keyring``."""
    monkeypatch.setitem(sys.modules, "keyring", None)


@pytest.fixture
def no_password_sources(monkeypatch, tmp_path):
    """libpq finds no password of its own: no PGPASSWORD, an empty password file."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    empty = tmp_path / "pgpass"
    empty.write_text("")
    empty.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(empty))


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def controller(qtbot, content, settings, workspace_path, tmp_path, dialogs, no_password_sources):
    """A controller showing a window on a file workspace (as the app starts), closed after the test."""
    from ftz_desktop.ui.workspace_controller import WorkspaceController

    controller = WorkspaceController(content, settings=settings, backup_root=tmp_path / "backups")
    assert controller.open(workspace_path)
    yield controller
    controller.close()


@pytest.fixture
def server(postgres_workspace):
    """The server workspace's URL and its parts: (url, login as the database's owner, password)."""
    from ftz_desktop.ui.team.login import ServerLogin

    url = make_url(postgres_workspace)
    return postgres_workspace, ServerLogin.from_url(postgres_workspace), url.password

"""The connection dialog on its own: the URL its fields make, the field a refusal names, the keyring's box."""
from __future__ import annotations

import sys
import types

import pytest
from sqlalchemy.engine import make_url

from ftz_desktop.ui.team.connect_dialog import ConnectDialog
from ftz_desktop.ui.team.login import ServerLogin


def test_the_fields_make_the_url_the_store_opens_and_the_name_the_window_shows(tmp_path):
    ca = tmp_path / "office-ca.crt"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    login = ServerLogin(host="stats-server", database="ftz_team", user="li.wei", port=6543, sslmode="verify-full",
                        ca_file=str(ca))
    url = make_url(login.url("p@ss:w/rd"))
    assert (url.host, url.port, url.database, url.username, url.password) == \
        ("stats-server", 6543, "ftz_team", "li.wei", "p@ss:w/rd")
    assert dict(url.query) == {"sslmode": "verify-full", "sslrootcert": str(ca)}
    assert make_url(login.url()).password is None           # empty: libpq's own sources
    assert ServerLogin("h", "d", "u").url() == "postgresql://u@h:5432/d"      # prefer: libpq's default
    assert login.name == "li.wei@stats-server:6543/ftz_team"
    assert ServerLogin.from_url(login.url("secret")) == login       # the password is dropped
    assert login.problem() is None


@pytest.mark.parametrize("changes, field, words", [
    ({"host": ""}, "host", "Host: please fill it in."),
    ({"database": " "}, "database", "Database: please fill it in."),
    ({"user": "li.wei "}, "user", "User name: remove the spaces"),
    ({"ca_file": "/nowhere/ca.crt"}, "ca_file", "CA certificate: the file /nowhere/ca.crt does not exist."),
])
def test_a_field_that_cannot_be_used_is_named_and_nothing_is_tried(qtbot, changes, field, words):
    dialog = ConnectDialog(ServerLogin(host="stats-server", database="ftz_team", user="li.wei"))
    qtbot.addWidget(dialog)
    for name, value in changes.items():
        getattr(dialog, name).setText(value)
    dialog.start_connecting()
    assert dialog.job is None
    assert words in dialog.message.text() and dialog.message.isVisibleTo(dialog)


def test_without_the_keyring_package_the_remember_box_is_disabled_and_says_why(qtbot, monkeypatch):
    monkeypatch.setitem(sys.modules, "keyring", None)          # import keyring raises ImportError
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled()
    assert "keyring package is not installed" in dialog.remember.toolTip()
    assert dialog.port.value() == 5432 and dialog.password.echoMode() == dialog.password.EchoMode.Password


def test_a_keyring_without_a_backend_disables_the_box(qtbot, monkeypatch):
    fail = types.ModuleType("keyring.backends.fail")

    class FailKeyring:
        priority = 0

    fail.Keyring = FailKeyring
    backends = types.ModuleType("keyring.backends")
    backends.fail = fail
    keyring = types.ModuleType("keyring")
    keyring.backends = backends
    keyring.get_keyring = FailKeyring
    for name, module in (("keyring", keyring), ("keyring.backends", backends), ("keyring.backends.fail", fail)):
        monkeypatch.setitem(sys.modules, name, module)
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    assert not dialog.remember.isEnabled() and "no keyring" in dialog.remember.toolTip()

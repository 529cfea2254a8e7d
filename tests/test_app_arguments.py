"""The window's command line: --workspace names a file or a team workspace's URL, kept as typed."""
from __future__ import annotations

from pathlib import Path

from ftz_desktop.app import _gui_arguments


def test_a_server_url_stays_a_url_and_a_file_becomes_a_path():
    url = "postgresql://alice@db.office.lan:5432/ftz?sslmode=verify-full"
    assert _gui_arguments(["--workspace", url]) == (url, None)
    assert _gui_arguments(["--workspace", "office.ftzdb"]) == (Path("office.ftzdb"), None)
    assert _gui_arguments([]) == (None, None)

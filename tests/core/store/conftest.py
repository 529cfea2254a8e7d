"""The store's tests run on both backends: each test that uses ``store`` or ``workspace_location`` and no file
of its own runs on a file and on a PostgreSQL server; a test about files by nature (it reads or spoils the
file behind the store's back) asks for ``workspace_path`` or ``shipped_workspace`` and stays file-only."""
from __future__ import annotations

FILE_ONLY = {"workspace_path", "shipped_workspace"}


def pytest_generate_tests(metafunc):
    if "backend" in metafunc.fixturenames:
        file_only = FILE_ONLY & set(metafunc.fixturenames) or metafunc.definition.get_closest_marker("file_only")
        metafunc.parametrize("backend", ["file"] if file_only else ["file", "server"])

"""Fixtures every test folder shares (loaded once by tests/conftest.py): workspaces on disk and on a server.

``store`` is a workspace of the backend ``backend`` names: "file" everywhere, and in tests/core/store also
"server" (a PostgreSQL database) for each test that uses no file of its own (tests/core/store/conftest.py).
``workspace_location`` is the same workspace unopened: a file's path or a server URL."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterator, Union

import pytest

from ftz_desktop.core.store.workspace import WorkspaceStore


@pytest.fixture(scope="session")
def shipped_workspace(tmp_path_factory) -> Path:
    """A workspace created once from the shipped study, closed; tests work on copies of it."""
    path = tmp_path_factory.mktemp("template") / "template.ftzdb"
    WorkspaceStore.open(path).close()
    return path


@pytest.fixture
def workspace_path(shipped_workspace, tmp_path) -> Path:
    path = tmp_path / "workspace.ftzdb"
    shutil.copyfile(shipped_workspace, path)     # the template is closed: a plain copy is exact
    return path


@pytest.fixture
def backend() -> str:
    return "file"


@pytest.fixture
def workspace_location(request, backend) -> Union[Path, str]:
    """A fresh copy of the shipped workspace on ``backend``: a file's path, or a server database's URL."""
    return request.getfixturevalue("postgres_workspace" if backend == "server" else "workspace_path")


@pytest.fixture
def store(workspace_location) -> Iterator[WorkspaceStore]:
    with WorkspaceStore.open(workspace_location) as opened:
        yield opened


@pytest.fixture
def edits_keep_the_study_source(monkeypatch) -> None:
    """For tests of the store's mechanics (transactions, undo, history, crashes), which edit the shipped
    study's figures in place: the provenance rule (a changed figure may not cite the study) is tested on
    its own in test_store_provenance and would only add a source change to every edit here."""
    from ftz_desktop.core.store.writes import observations

    monkeypatch.setattr(observations, "_not_stated", lambda *args, **kwargs: [])

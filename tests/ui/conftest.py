"""Fixtures for UI tests: a real workspace on disk and the real study content."""
from __future__ import annotations

import pytest


@pytest.fixture
def store(tmp_path):
    from ftz_desktop.core.store import WorkspaceStore

    workspace = WorkspaceStore.open(tmp_path / "workspace.ftzdb")
    yield workspace
    workspace.close()


@pytest.fixture(scope="session")
def content():
    from ftz_desktop.core.content import load_content

    return load_content("en")

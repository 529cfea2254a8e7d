"""Test settings shared by every layer: headless Qt, an isolated per-user folder."""
from __future__ import annotations

import os

# Qt aborts without a display; tests are always headless unless a caller chose a platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
# The suite reads English unless a test asks for Chinese (the system language decides the default).
os.environ["LANGUAGE"] = "en_US"

import pytest

pytest_plugins = ["helpers.fixtures", "helpers.postgres"]


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Never touch the real user's workspace or settings."""
    home = tmp_path_factory.mktemp("ftz-home")
    monkeypatch.setenv("FTZ_DESKTOP_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    return home

"""Helpers for tests that run the real program in a subprocess."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def run_app(tmp_path):
    """Run `python -m ftz_desktop ARGS` with an isolated home; returns the CompletedProcess."""
    home = tmp_path / "home"
    home.mkdir()

    def run(*args: str, env: dict | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
        full_env = {**os.environ, "FTZ_DESKTOP_HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
                    "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en_US", **(env or {})}
        return subprocess.run([sys.executable, "-m", "ftz_desktop", *args], capture_output=True, text=True,
                              cwd=tmp_path, env=full_env, timeout=timeout)

    run.home = home
    return run

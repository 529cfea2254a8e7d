"""The package works from a wheel in a clean virtual environment, not only from the checkout."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import docx
import pytest

from ftz_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _run(cmd, **kwargs):
    result = subprocess.run(cmd, capture_output=True, text=True, timeout=900, **kwargs)
    assert result.returncode == 0, f"{cmd}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


def test_wheel_installs_and_runs_in_a_clean_venv(tmp_path):
    dist = tmp_path / "dist"
    _run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(ROOT)])
    wheel = next(dist.glob("ftz_desktop-*.whl"))
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / ("Scripts" if os.name == "nt" else "bin") / "python"
    _run([str(python), "-m", "pip", "install", "-q", str(wheel)])
    exe = python.with_name("ftz-desktop")
    home = tmp_path / "home"
    env = {**os.environ, "FTZ_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    work = tmp_path / "elsewhere"  # not the checkout: data must come from the wheel
    work.mkdir()
    version = _run([str(exe), "--version"], env=env, cwd=work)
    assert version.stdout.strip() == f"ftz-desktop {__version__}"
    listing = json.loads(_run([str(exe), "list", "--json"], env=env, cwd=work).stdout)
    assert len(listing["sections"]) == 5 and listing["indicators"] and listing["charts"]
    out = work / "brief.docx"
    _run([str(exe), "export", "--out", str(out)], env=env, cwd=work)
    assert docx.Document(str(out)).paragraphs
    located = _run([str(python), "-c", "from ftz_desktop import paths; print(paths.data_dir())"], env=env, cwd=work)
    assert "_shipped" in located.stdout

"""The layers stay apart: core, charts and brief never import Qt or the ui layer."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" in result.stdout and "0 broken" in result.stdout


def test_non_ui_layers_load_without_qt():
    """Importing every non-ui module must not load PySide6 (they run headless, in the CLI and in tests)."""
    code = (
        "import importlib, pkgutil, sys\n"
        "import ftz_desktop\n"
        "for pkg in ('core', 'charts', 'brief'):\n"
        "    mod = importlib.import_module('ftz_desktop.' + pkg)\n"
        "    for info in pkgutil.walk_packages(mod.__path__, mod.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "importlib.import_module('ftz_desktop.cli')\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"

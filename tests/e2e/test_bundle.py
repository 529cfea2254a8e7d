"""The PyInstaller bundle: built from installer/ftz-desktop.spec, small enough, and it really works.

Builds once per run into a temporary folder (about a minute with a warm PyInstaller cache, a few
cold), then runs the bundled program the way an official's PC would: no Python, no checkout.
"""
from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
import tomllib

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "ftz-desktop.spec"
# Unpacked, Linux. 250 MB until the PostgreSQL driver came: psycopg's binary package brings its own libpq with
# OpenSSL, Kerberos and LDAP (about 20 MB), so that no PC needs a PostgreSQL client installed.
MAX_BUNDLE_BYTES = 275 * 1000 * 1000
BUILD_TIMEOUT = 15 * 60


def _report(request, line: str) -> None:
    """Printed past pytest's output capture, so the numbers show even when the tests pass."""
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    if capture is None:
        print(f"\n[bundle] {line}")
        return
    with capture.global_and_fixture_disabled():
        print(f"\n[bundle] {line}")


def _size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


@pytest.fixture(scope="module")
def bundle(tmp_path_factory, request):
    out = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(out / "dist"),
         "--workpath", str(out / "build"), str(SPEC)],
        cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT)
    assert result.returncode == 0, "PyInstaller failed (pip install '.[installer]'):\n" + result.stderr[-6000:]
    folder = out / "dist" / "ftz-desktop"
    _report(request, f"built in {time.monotonic() - started:.0f} s; {_size(folder) / 1e6:.1f} MB unpacked")
    yield folder
    shutil.rmtree(out, ignore_errors=True)  # a quarter of a gigabyte per run


@pytest.fixture
def run(bundle, tmp_path):
    """Runs the bundled program with a fresh per-user folder and a headless Qt."""
    program = bundle / ("ftz-desktop-cli.exe" if sys.platform == "win32" else "ftz-desktop")
    home = tmp_path / "home"
    env = dict(os.environ, FTZ_DESKTOP_HOME=str(home), XDG_CONFIG_HOME=str(tmp_path / "config"),
               QT_QPA_PLATFORM="offscreen")
    for leak in ("PYTHONPATH", "PYTHONHOME", "MPLCONFIGDIR", "FTZ_DESKTOP_STARTUP_PROBE"):
        env.pop(leak, None)

    def _run(*args: str, timeout: float = 120, **extra_env: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(program), *args], cwd=tmp_path, env={**env, **extra_env},
                              capture_output=True, text=True, encoding="utf-8", timeout=timeout)

    _run.home = home
    return _run


def _ok(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
    return result.stdout


def _spec_excludes() -> list[str]:
    tree = ast.parse(SPEC.read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "EXCLUDES" for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError("EXCLUDES not found in the spec")


def test_app_imports_nothing_the_bundle_leaves_out():
    """A tab built lazily is never reached by the start-up test; its imports are checked here instead."""
    excluded = _spec_excludes()
    offending = []
    for path in (ROOT / "ftz_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                if any(name == ex or name.startswith(ex + ".") for ex in excluded):
                    offending.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {name}")
    assert not offending, "the bundle leaves these out (installer/ftz-desktop.spec EXCLUDES):\n" + "\n".join(offending)


def test_bundle_is_small_enough(bundle, request):
    size = _size(bundle)
    _report(request, f"size {size / 1e6:.1f} MB (limit {MAX_BUNDLE_BYTES / 1e6:.0f} MB)")
    assert size <= MAX_BUNDLE_BYTES


def test_bundle_ships_only_the_qt_parts_it_needs(bundle):
    pyside = next(bundle.rglob("PySide6"))   # PySide6/Qt/... on Linux, PySide6/... on Windows
    platforms_dir = next(pyside.rglob("platforms"))
    platforms = {p.name.split(".")[0].removeprefix("lib") for p in platforms_dir.iterdir()}
    assert platforms == {"qoffscreen", "qwindows" if sys.platform == "win32" else "qxcb"}
    catalogues = [p.stem for p in pyside.rglob("*.qm")]
    assert catalogues and all(stem.endswith(("_zh_CN", "_en")) for stem in catalogues)
    dangling = [p for p in bundle.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling


def test_version_matches_pyproject(run):
    expected = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    assert _ok(run("--version")).strip() == f"ftz-desktop {expected}"


def test_list_json(run):
    listing = json.loads(_ok(run("list", "--json")))
    assert listing["sections"] and listing["indicators"] and listing["charts"]
    assert all(section["items"] for section in listing["sections"])


def test_a_server_workspace_works_in_the_bundle(run, postgres_database, tmp_path):
    """psycopg with its own libpq, and the schema revisions, ship in the bundle: a new workspace is made on the
    test server and read back, with no PostgreSQL client on the PC."""
    _ok(run("list", "--workspace", postgres_database, "--create"))
    out = tmp_path / "figures.csv"
    _ok(run("data", "export", str(out), "--workspace", postgres_database))
    assert out.stat().st_size > 1000


def test_export_writes_a_brief_word_opens(run, tmp_path):
    import docx

    out = tmp_path / "brief.docx"
    _ok(run("export", "--out", str(out)))
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Free Trade Zone" in text
    assert len(document.inline_shapes) >= 1, "the brief carries no chart"
    # The launcher keeps matplotlib's font list per user, so later starts skip the font scan.
    assert list((run.home / "cache" / "matplotlib").glob("fontlist-*.json"))


def test_window_reaches_first_paint(run):
    result = run(timeout=90, FTZ_DESKTOP_STARTUP_PROBE="first_paint")
    assert "probe first_paint" in _ok(result)


def test_every_tab_builds_in_the_bundle(run):
    """Tabs are imported by name when first shown; each one's modules must have shipped."""
    result = run(timeout=120, FTZ_DESKTOP_STARTUP_PROBE="all_tabs")
    assert "probe all_tabs" in _ok(result)

"""An import killed at any SQL statement leaves the workspace as it was or fully imported, never half."""
from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ftz_desktop.core.store.workspace import WorkspaceStore

TESTS = Path(__file__).resolve().parents[1]
CHANGED = 60                       # observations the import changes
RUN = ("import sys; sys.path.insert(0, {tests!r}); from helpers.crash_writer import kill_at_statement; "
       "kill_at_statement({n}); from ftz_desktop import cli; sys.exit(cli.run({argv!r}))")


def _import_file(store: WorkspaceStore, path: Path) -> list[int]:
    rows = ["indicator_id,geography,period,value,source_id,note"]
    ids = []
    for obs in [o for o in store.observations() if o.value is not None][:CHANGED]:
        rows.append(f"{obs.indicator_id},{obs.geography},{obs.period},{obs.value},{obs.source_id},killed import")
        ids.append(obs.id)
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return ids


@pytest.mark.slow
def test_an_import_killed_at_any_statement_is_all_or_nothing(shipped_workspace, tmp_path):
    template = tmp_path / "template.ftzdb"
    shutil.copyfile(shipped_workspace, template)
    with WorkspaceStore.open(template, create=False) as store:
        ids = _import_file(store, tmp_path / "in.csv")
    outcomes = set()
    for n in (1, 3, 8, 15, 25, 40, 60, 90, 130, 180, 250, 400, 100_000):
        workspace = tmp_path / f"ws-{n}.ftzdb"
        shutil.copyfile(template, workspace)
        argv = ["data", "import", str(tmp_path / "in.csv"), "--workspace", str(workspace)]
        result = subprocess.run([sys.executable, "-c", RUN.format(tests=str(TESTS), n=n, argv=argv)],
                                capture_output=True, text=True, timeout=120, cwd=tmp_path)
        killed = result.returncode == -signal.SIGKILL
        assert killed or result.returncode == 0, result.stderr
        with WorkspaceStore.open(workspace, create=False) as store:     # recovers a hot journal
            store.integrity_check()
            notes = {store.observation(i).note for i in ids}
        assert notes == {"killed import"} or "killed import" not in notes, notes     # never half
        outcome = "imported" if notes == {"killed import"} else "untouched"
        assert killed or outcome == "imported"
        outcomes.add(outcome)
        with sqlite3.connect(workspace) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert outcomes == {"imported", "untouched"}       # the loop did kill before and after the commit

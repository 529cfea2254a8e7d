"""`ftz-desktop history`: the audit trail of the workspace (when, who, what, old and new value, batch)."""
from __future__ import annotations

import getpass
import json

from ftz_desktop.core.store.workspace import WorkspaceStore


def _edited_workspace(tmp_path):
    path = tmp_path / "w.ftzdb"
    with WorkspaceStore.open(path) as store:
        obs = next(o for o in store.observations() if o.indicator_id == "luzhou_port_origin_countries")
        store.update_observation(obs.id, "note", "Checked against the port's own list", label="Note the check")
        batch = store.update_observation(obs.id, "note", "Checked twice", label="Note the second check")
    return path, batch


def test_history_prints_the_newest_changes_with_who_and_what(run_app, tmp_path):
    path, batch = _edited_workspace(tmp_path)
    result = run_app("history", "--workspace", str(path), "--limit", "2")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    newest = lines[0]
    assert getpass.getuser() in newest and "Luzhou" in newest and "· note" in newest
    assert "Checked against the port's own list → Checked twice" in newest
    assert "Note the second check" in newest and batch[:8] in newest


def test_history_as_json_keeps_values_and_batches(run_app, tmp_path):
    path, batch = _edited_workspace(tmp_path)
    entries = json.loads(run_app("history", "--workspace", str(path), "--json", "--limit", "0").stdout)
    assert entries[0]["batch_id"] == batch and entries[0]["old"] == "Checked against the port's own list"
    assert entries[0]["new"] == "Checked twice" and entries[0]["column"] == "note"
    assert entries[-1]["label"] == "Created from the shipped study" and entries[-1]["action"] == "add"
    assert len(entries) > 100          # --limit 0: everything, the shipped study's rows too


def test_a_negative_limit_is_one_clear_line(run_app, tmp_path):
    path, _ = _edited_workspace(tmp_path)
    result = run_app("history", "--workspace", str(path), "--limit", "-3")
    assert result.returncode == 2 and result.stderr.strip().count("\n") == 0
    assert "--limit" in result.stderr and "Traceback" not in result.stderr

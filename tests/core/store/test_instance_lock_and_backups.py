"""One editor per workspace, and automatic backups that restore a damaged workspace without touching it."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from ftz_desktop.core.store import auto_backup
from ftz_desktop.core.store.lock import InstanceLock, WorkspaceInUseError
from ftz_desktop.core.store.workspace import NotAWorkspaceError, WorkspaceStore


def test_second_editor_is_told_who_holds_the_workspace(tmp_path):
    workspace = tmp_path / "w.ftzdb"
    with subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from ftz_desktop.core.store.lock import InstanceLock
        lock = InstanceLock(Path({str(workspace)!r}))
        lock.acquire()
        print("locked", flush=True)
        sys.stdin.readline()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as holder:
        try:
            assert holder.stdout.readline().strip() == "locked"
            with pytest.raises(WorkspaceInUseError, match=r"w\.ftzdb.*being used by .*process \d+"):
                InstanceLock(workspace).acquire()
        finally:
            holder.kill()
    # The lock dies with the process (a crash never leaves the workspace locked).
    lock = InstanceLock(workspace)
    lock.acquire()
    assert lock.held
    lock.release()
    assert not lock.path.exists()


def test_backups_keep_generations_and_restore_a_damaged_workspace(tmp_path):
    workspace = tmp_path / "w.ftzdb"
    root = tmp_path / "backups"
    with WorkspaceStore.open(workspace) as store:
        obs = store.observations()[0]
        for n in range(7):
            store.update_observation(obs.id, "note", f"edit {n}")
            auto_backup.make_generation(store, root=root, keep=5)
    assert len(auto_backup.generations(workspace, root)) == 5
    damaged_bytes = b"\x00" * 4096
    workspace.write_bytes(damaged_bytes)
    with pytest.raises(NotAWorkspaceError):
        WorkspaceStore.open(workspace, create=False)
    backup = auto_backup.latest_good_backup(workspace, root)
    assert backup is not None
    aside = auto_backup.restore_backup(workspace, backup)
    assert aside.read_bytes() == damaged_bytes  # the damaged original is kept, untouched
    with WorkspaceStore.open(workspace, create=False) as store:
        assert store.observation(obs.id).note == "edit 6"
        store.integrity_check()


def test_a_damaged_backup_is_skipped(tmp_path):
    workspace = tmp_path / "w.ftzdb"
    root = tmp_path / "backups"
    with WorkspaceStore.open(workspace) as store:
        good = auto_backup.make_generation(store, root=root)
        newer = auto_backup.make_generation(store, root=root)
    newer.write_bytes(b"garbage")
    assert auto_backup.latest_good_backup(workspace, root) == good


def test_a_backup_is_due_when_the_newest_is_a_day_old(tmp_path):
    import os
    import time

    workspace = tmp_path / "w.ftzdb"
    root = tmp_path / "backups"
    assert auto_backup.due(workspace, root)              # none yet
    with WorkspaceStore.open(workspace) as store:
        made = auto_backup.make_generation(store, root=root)
    assert not auto_backup.due(workspace, root)
    day_old = time.time() - auto_backup.DAILY_SECONDS - 60
    os.utime(made, (day_old, day_old))
    assert auto_backup.due(workspace, root)

"""The opening rules the window and the command line share (core.store.opening)."""
from __future__ import annotations

import pytest

from ftz_desktop import cli
from ftz_desktop.core.store.lock import InstanceLock, WorkspaceInUseError
from ftz_desktop.core.store.opening import open_workspace, read_when_in_use, refuse_when_in_use
from helpers.store import digest


def test_the_opener_holds_the_lock_until_it_closes(workspace_path):
    with open_workspace(workspace_path, on_in_use=refuse_when_in_use) as opened:
        assert not opened.store.read_only and opened.lock is not None and opened.lock.held
        with pytest.raises(WorkspaceInUseError):
            InstanceLock(workspace_path).acquire()
    with InstanceLock(workspace_path):      # released at close
        pass


def test_a_held_workspace_opens_read_only_for_a_reader_and_is_refused_to_a_writer(workspace_path):
    with InstanceLock(workspace_path):
        with open_workspace(workspace_path, on_in_use=read_when_in_use) as opened:
            assert opened.store.read_only and opened.lock is None
        with pytest.raises(WorkspaceInUseError, match="is being used by"):
            open_workspace(workspace_path, on_in_use=refuse_when_in_use)
        assert open_workspace(workspace_path, on_in_use=lambda exc: False) is None


def test_the_command_line_does_not_import_into_a_workspace_a_window_holds(workspace_path, tmp_path, capsys):
    csv = tmp_path / "import.csv"
    csv.write_text("indicator_id,geography,period,value,source_id\n"
                   "chengdu_goods_imports,CD,2022,334.13,study-2.1\n", encoding="utf-8")
    before = digest(workspace_path)
    with InstanceLock(workspace_path):
        code = cli.run(["data", "import", str(csv), "--workspace", str(workspace_path)])
        err = capsys.readouterr().err
        assert code == 2 and "is being used by" in err and err.count("\n") == 1
        assert digest(workspace_path) == before
        # reading is fine while the window holds it
        assert cli.run(["data", "import", str(csv), "--dry-run", "--workspace", str(workspace_path)]) == 0
        assert cli.run(["list", "--workspace", str(workspace_path)]) == 0
    assert digest(workspace_path) == before

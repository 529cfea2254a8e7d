"""The audit log (append-only, queryable), snapshots, recipes and backups of a workspace."""
from __future__ import annotations

import threading

import pytest

from ftz_desktop.core.domain.model import Indicator
from ftz_desktop.core.store.workspace import ParseError, RecordNotFoundError, StoreEvent, WorkspaceError, WorkspaceStore
from helpers.store import another_program_runs, digest, integrity

pytestmark = pytest.mark.usefixtures("edits_keep_the_study_source")


def _obs(store, n=0):
    return store.dataset().series("sichuan_trade_bri")[n]


# --- audit ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("statement", [
    "UPDATE audit SET new_value = '0' WHERE id = 1",
    "UPDATE audit SET label = 'rewritten'",
    "DELETE FROM audit WHERE id = 1",
    "DELETE FROM audit",
])
def test_audit_log_is_append_only_for_any_program(store, workspace_location, statement):
    before = [r.__dict__ for r in store.history.audit()]
    with pytest.raises(Exception, match="the audit log is append-only") as refused:
        another_program_runs(workspace_location, statement)
    assert type(refused.value).__name__ in ("IntegrityError", "RaiseException")     # sqlite3's, psycopg's
    with store._engine.connect() as conn:       # the store's own connection is refused the same way
        with pytest.raises(Exception, match="append-only"):
            conn.exec_driver_sql(statement)
    assert [r.__dict__ for r in store.history.audit()] == before


def test_audit_filters_and_batches(store):
    a, b = _obs(store, 0), _obs(store, 1)
    first = store.update_observation(a.id, "value", "1", label="First")
    second = store.update_observation(a.id, "note", "n", label="Second")
    third = store.update_observation(b.id, "value", "2", label="Third")
    assert [r.batch_id for r in store.history.audit(row_key=a.id)][:2] == [second, first]     # newest first
    assert [r.batch_id for r in store.history.audit(row_key=str(a.id), column="value")][0] == first
    assert [r.batch_id for r in store.history.audit(table="observations", limit=2)] == [third, second]
    assert store.history.audit(table="recipes") == []
    assert [(b.batch_id, b.label, b.changes, b.tables) for b in store.history.batches(limit=3)] == [
        (third, "Third", 1, ("observations",)), (second, "Second", 1, ("observations",)),
        (first, "First", 1, ("observations",))]
    assert store.history.batches()[-1].label == "Created from the shipped study"


def test_audit_keeps_empty_zero_and_missing_apart(store):
    a = _obs(store)
    store.update_observation(a.id, "value", "0")
    store.apply_changes([_change(a.id, "value", ""), _change(a.id, "status", "M")])
    rows = store.history.audit(row_key=a.id, column="value")
    assert [(r.old_value, r.new_value) for r in rows[:2]] == [("0.0", "null"), (repr(a.value), "0.0")]


def _change(*args):
    from ftz_desktop.core.store.workspace import CellChange

    return CellChange(*args)


# --- snapshots ------------------------------------------------------------------------------------

def test_snapshot_compare_and_restore(store):
    events = []
    store.subscribe(events.append)
    a, b = _obs(store, 0), _obs(store, 1)
    sid = store.snapshots.create("Before the 2024 update")
    [info] = store.snapshots.all()
    assert (info.id, info.name, info.observations, info.indicators) == \
           (sid, "Before the 2024 update", len(store.observations()), len(store.indicators()))
    snap_before = store.snapshots.dataset(sid)
    assert snap_before.observations == store.observations()

    store.update_observation(a.id, "value", "999")
    store.delete_observation(b.id)
    added = store.add_observation("sichuan_trade_bri", "CN", "2020", "5", source_id="study-1").id
    store.update_indicator("sichuan_trade_bri", "name", "Renamed")
    store.add_indicator(Indicator(id="extra", name="Extra", unit="count"))
    store.delete_indicator("ftz_share_province_fdi")

    diffs = {(d.table, d.kind, d.key, d.column): (d.old, d.new) for d in store.snapshots.compare(sid)}
    assert diffs[("observations", "changed", a.key, "value")] == (a.value, 999.0)
    assert diffs[("observations", "removed", b.key, None)] == (b, None)
    assert diffs[("observations", "added", ("sichuan_trade_bri", "CN", "2020"), None)][1].id == added
    assert diffs[("indicators", "changed", ("sichuan_trade_bri",), "name")][1] == "Renamed"
    assert ("indicators", "added", ("extra",), None) in diffs
    assert ("indicators", "removed", ("ftz_share_province_fdi",), None) in diffs
    assert store.snapshots.dataset(sid) == snap_before     # the snapshot itself does not move

    audit_before = len(store.history.audit())
    batch = store.snapshots.restore(sid)
    assert store.snapshots.compare(sid) == []
    assert store.observations() == snap_before.observations      # same ids, too
    assert store.indicators() == snap_before.indicators
    assert len(store.history.audit()) > audit_before                     # history kept, restore added to it
    restore_rows = store.history.audit(batch_id=batch)
    assert restore_rows[0].action == "restore" and restore_rows[0].label == "Restore snapshot 'Before the 2024 update'"
    assert events[-1] == StoreEvent("reset", "*", (), (), batch)


def test_snapshot_refusals(store):
    with pytest.raises(ParseError, match="snapshot name: is required"):
        store.snapshots.create("  ")
    for call in (store.snapshots.dataset, store.snapshots.compare, store.snapshots.restore):
        with pytest.raises(RecordNotFoundError, match="Snapshot 77 does not exist"):
            call(77)


def test_restore_gives_a_fresh_id_when_the_old_one_is_taken(store):
    a, b = _obs(store, 0), _obs(store, 1)
    sid = store.snapshots.create("s")
    store.delete_observations([a.id, b.id])
    # b's key comes back under a's id: restoring keeps that row and gives a a fresh id
    store.add_observation(*b.key, "1", source_id=b.source_id, obs_id=a.id)
    store.snapshots.restore(sid)
    restored_a, restored_b = store.dataset().get(*a.key), store.dataset().get(*b.key)
    assert (restored_b.id, restored_b.value) == (a.id, b.value)
    assert restored_a.value == a.value and restored_a.id not in (a.id, b.id)
    assert store.snapshots.compare(sid) == []


# --- recipes --------------------------------------------------------------------------------------

def test_recipe_round_trip_with_audit(store):
    events = []
    store.subscribe(events.append)
    recipe = {"version": 1, "title": "四川自贸区政策简报", "sections": ["status", "shortcomings"],
              "charts": {"chengdu_trade_2017_2022": {"caption": "图 1"}}, "emoji": "📈", "empty": None}
    first = store.recipes.save("Monthly brief", recipe)
    assert store.recipes.load("Monthly brief") == recipe
    changed = {**recipe, "title": "Updated"}
    second = store.recipes.save("Monthly brief", changed)
    assert store.recipes.save("Monthly brief", changed)        # unchanged: no new audit row
    store.recipes.save("A brief", {})
    assert store.recipes.names() == ["A brief", "Monthly brief"]
    [row] = store.history.audit(batch_id=second)
    assert (row.action, row.table_name, row.row_key, row.old, row.new) == \
           ("update", "recipes", "Monthly brief", recipe, changed)
    assert store.history.audit(batch_id=first)[0].action == "add"
    third = store.recipes.delete("Monthly brief")
    assert store.history.audit(batch_id=third)[0].old == changed
    assert store.recipes.names() == ["A brief"]
    assert [(e.kind, e.keys) for e in events] == [("added", ("Monthly brief",)), ("updated", ("Monthly brief",)),
                                                  ("added", ("A brief",)), ("removed", ("Monthly brief",))]
    with pytest.raises(RecordNotFoundError, match="no recipe named 'Monthly brief'"):
        store.recipes.load("Monthly brief")
    with pytest.raises(RecordNotFoundError):
        store.recipes.delete("Monthly brief")


@pytest.mark.parametrize("name, data, words", [
    ("", {}, "recipe name: is required"),
    ("r", {"x": float("nan")}, "not finite"),
    ("r", {"x": object()}, "not JSON"),
    ("r", ["not", "a", "dict"], "expected a dict"),
])
def test_recipe_refusals(store, name, data, words):
    with pytest.raises(ParseError, match=words):
        store.recipes.save(name, data)
    assert store.recipes.names() == []


# --- backup ---------------------------------------------------------------------------------------

@pytest.mark.file_only
def test_backup_is_a_consistent_workspace(store, tmp_path):
    a = _obs(store)
    store.update_observation(a.id, "value", "42")
    store.recipes.save("r", {"k": "v"})
    target = tmp_path / "backups" / "workspace-1.ftzdb"
    assert store.backup(target) == target
    assert integrity(target) == ["ok"]
    with WorkspaceStore.open(target, create=False) as copy:
        assert copy.dataset() == store.dataset()
        assert copy.recipes.load("r") == {"k": "v"}
        assert len(copy.history.audit()) == len(store.history.audit())
    # a second backup replaces the first as a whole
    store.update_observation(a.id, "value", "43")
    store.backup(target)
    with WorkspaceStore.open(target, read_only=True) as copy:
        assert copy.observation(a.id).value == 43.0
    assert sorted(p.name for p in target.parent.iterdir()) == ["workspace-1.ftzdb"]


@pytest.mark.file_only
def test_backup_while_editing(store, tmp_path):
    """Backups taken while another thread keeps editing each open as an intact, consistent workspace."""
    a = _obs(store)
    done = threading.Event()
    errors = []

    def edit_loop():
        try:
            for i in range(30):
                store.update_observation(a.id, "value", str(i))
                store.update_observation(a.id, "note", str(i))
        except Exception as exc:      # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            done.set()

    worker = threading.Thread(target=edit_loop)
    worker.start()
    taken = 0
    while not done.is_set() or taken < 3:
        target = tmp_path / f"b{taken}.ftzdb"
        store.backup(target)
        with WorkspaceStore.open(target, read_only=True) as copy:
            copy.integrity_check()
            obs = copy.observation(a.id)
            # value and note are written by separate commits, in that order: a consistent copy
            # shows the note equal to the value or one step behind it
            assert obs.note == a.note or int(obs.value) - int(obs.note) in (0, 1)
        taken += 1
    worker.join()
    assert errors == []
    assert taken >= 3


def test_backup_never_copies_the_file():
    """The online backup API is the only way a workspace is copied (no shutil/file copy in core)."""
    from pathlib import Path

    import ftz_desktop.core as core

    for module in Path(core.__file__).parent.rglob("*.py"):
        text = module.read_text("utf-8")
        assert "shutil" not in text and "copyfile" not in text, module.name


@pytest.mark.file_only
def test_backup_refuses_a_bad_target_and_keeps_the_old_one(store, tmp_path):
    target = tmp_path / "keep.ftzdb"
    store.backup(target)
    before = digest(target)
    with pytest.raises(WorkspaceError, match="could not be written"):
        store.backup(tmp_path / "keep.ftzdb" / "inside-a-file.ftzdb")
    assert digest(target) == before

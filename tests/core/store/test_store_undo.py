"""Undo and redo as reverted batches, and combined edits (changes plus additions) in one batch."""
from __future__ import annotations

import pytest

from ftz_desktop.core.domain.model import Indicator
from ftz_desktop.core.store.workspace import (
    BatchValidationError,
    CellChange,
    RecordNotFoundError,
    StaleDataError,
    StoreEvent,
    UndoConflictError,
)
from helpers.store import observations_by_id, replay_observations

pytestmark = pytest.mark.usefixtures("edits_keep_the_study_source")


def _series(store):
    return store.dataset().series("sichuan_trade_bri")


def _table(store):
    ds = store.dataset()
    return observations_by_id(store), dict(ds.indicators), {n: store.recipes.load(n) for n in store.recipes.names()}


def _undo_redo(store, batch):
    """Undo ``batch`` and redo it; return the three states: after, undone, redone."""
    after = _table(store)
    undone_by = store.history.revert(batch)
    undone = _table(store)
    store.history.revert(undone_by, label="Redo")
    return after, undone, _table(store)


def test_undo_and_redo_a_cell(store):
    a = _series(store)[0]
    events = []
    store.subscribe(events.append)
    before = _table(store)
    batch = store.update_observation(a.id, "value", "7", label="Type 7")
    undo = store.history.revert(batch)
    assert store.observation(a.id).value == a.value
    assert _table(store) == before
    assert store.history.batches()[0].label == "Undo Type 7"
    assert [(r.old, r.new) for r in store.history.audit(batch_id=undo)] == [(7.0, a.value)]
    assert events[-1] == StoreEvent("updated", "observations", (a.id,), ("value",), undo)
    redo = store.history.revert(undo, label="Redo Type 7")
    assert store.observation(a.id).value == 7.0
    assert store.history.batches()[0].label == "Redo Type 7"
    assert replay_observations(store.history.audit()) == observations_by_id(store)
    assert len(store.history.audit(batch_id=redo)) == 1


def test_undo_a_10000_cell_paste_in_one_step(store):
    added = store.add_observations([{"indicator_id": "sichuan_trade_bri", "geography": "SC-FTZ",
                                     "period": str(1000 + i), "value": i + 0.5, "source_id": "study-1"}
                                    for i in range(2500)])
    changes = [CellChange(oid, column, raw) for oid in added.ids
               for column, raw in (("value", "1"), ("note", "p"), ("status", "E"), ("qualifier", "about"))]
    before = _table(store)
    paste = store.apply_changes(changes, label="Paste")
    after, undone, redone = _undo_redo(store, paste)
    assert undone == before and redone == after
    undo = store.history.batches()[1]
    assert (undo.label, undo.changes) == ("Undo Paste", 10_000)
    store.history.revert(store.history.batches()[0].batch_id)     # undo the redo: the paste is gone again
    assert _table(store) == before
    store.history.revert(added.batch_id)                  # then the import that added the rows
    assert not set(added.ids) & {o.id for o in store.observations()}


def test_undo_delete_indicator_brings_everything_back_with_the_same_ids(store):
    before = _table(store)
    batch = store.delete_indicator("sichuan_trade_bri")
    after, undone, redone = _undo_redo(store, batch)
    assert undone == before and redone == after
    assert "sichuan_trade_bri" not in store.indicators()


def test_undo_add_and_delete_of_an_observation(store):
    added = store.add_observation("sichuan_trade_bri", "CN", "2020", "5", source_id="study-1")
    after, undone, redone = _undo_redo(store, added.batch_id)
    assert str(added.id) not in undone[0] and redone == after
    a = _series(store)[0]
    batch = store.delete_observation(a.id)
    after, undone, redone = _undo_redo(store, batch)
    assert undone[0][str(a.id)] == {k: v for k, v in a.__dict__.items() if k != "version"} and redone == after


def test_undo_indicator_edits_and_recipes(store):
    added = store.add_indicator(Indicator(id="extra", name="Extra", unit="count"))
    for edit in (lambda: store.update_indicator("extra", "max_value", "10"),
                 lambda: store.update_indicator("sichuan_trade_bri", "name", "Renamed"),
                 lambda: store.recipes.save("r", {"a": 1}),
                 lambda: store.recipes.save("r", {"a": 2}),
                 lambda: store.recipes.delete("r")):
        before = _table(store)
        after, undone, redone = _undo_redo(store, edit())
        assert undone == before and redone == after and undone != after
    with pytest.raises(UndoConflictError, match="indicator extra has changed since"):
        store.history.revert(added)                 # its max_value was edited since


def test_undo_a_snapshot_restore(store):
    sid = store.snapshots.create("s")
    store.update_observation(_series(store)[0].id, "value", "1")
    store.delete_indicator("ftz_share_province_fdi")
    before_restore = _table(store)
    restore = store.snapshots.restore(sid)
    after, undone, redone = _undo_redo(store, restore)
    assert undone == before_restore and redone == after


def test_undo_refuses_when_the_data_moved_on(store):
    a = _series(store)[0]
    first = store.update_observation(a.id, "value", "1")
    store.update_observation(a.id, "value", "2")
    audit_before = len(store.history.audit())
    with pytest.raises(UndoConflictError, match=f"observation {a.id} \\(value\\) has changed since"):
        store.history.revert(first)
    assert store.observation(a.id).value == 2.0 and len(store.history.audit()) == audit_before


@pytest.mark.parametrize("which", ["creation", "snapshot"])
def test_some_batches_cannot_be_undone(store, which):
    if which == "snapshot":
        store.snapshots.create("s")
        batch = store.history.batches()[0].batch_id
    else:
        batch = store.history.batches()[-1].batch_id
    with pytest.raises(UndoConflictError, match="cannot be undone"):
        store.history.revert(batch)
    with pytest.raises(RecordNotFoundError):
        store.history.revert("0" * 32)


def test_many_edits_undone_and_redone_give_the_same_table(store):
    obs = _series(store)
    start = _table(store)
    batches = [store.update_observation(obs[i % len(obs)].id, "value", str(i), label=f"e{i}") for i in range(30)]
    end = _table(store)
    undos = [store.history.revert(b) for b in reversed(batches)]
    assert _table(store) == start
    for u in reversed(undos):
        store.history.revert(u)
    assert _table(store) == end
    assert replay_observations(store.history.audit()) == observations_by_id(store)


# --- changes and additions in one batch ----------------------------------------------------------------

def test_apply_edits_is_one_batch(store):
    a = _series(store)[0]
    events = []
    store.subscribe(events.append)
    result = store.apply_edits([CellChange(a.id, "value", "9")],
                               [{"indicator_id": "sichuan_trade_bri", "geography": "CN", "period": "2020",
                                 "value": "1", "source_id": "study-1"}], label="Import x.csv", expected=[a])
    assert store.observation(a.id).value == 9.0 and store.observation(result.id).value == 1.0
    assert {(e.kind, e.batch_id) for e in events} == {("updated", result.batch_id), ("added", result.batch_id)}
    assert store.history.batches()[0].changes == 2
    store.history.revert(result.batch_id)
    assert store.observation(a.id).value == a.value


def test_apply_edits_refuses_stale_data_and_bad_rows(store):
    a = _series(store)[0]
    store.update_observation(a.id, "note", "edited elsewhere")
    audit_before = len(store.history.audit())
    with pytest.raises(StaleDataError, match=f"changed since it was read \\(observation {a.id}\\)") as info:
        store.apply_edits([CellChange(a.id, "value", "9")], expected=[a])
    assert info.value.obs_ids == [a.id]
    with pytest.raises(BatchValidationError, match="new row 1, value"):
        store.apply_edits([CellChange(a.id, "value", "9")],
                          [{"indicator_id": "sichuan_trade_bri", "geography": "CN", "period": "2020",
                            "value": "x", "source_id": "study-1"}])
    assert len(store.history.audit()) == audit_before
    assert store.observation(a.id).value == a.value

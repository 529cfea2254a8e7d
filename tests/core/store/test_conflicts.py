"""Optimistic concurrency on both backends: every write raises the row's version; a write based on a stale read
is refused with a ConflictError that names who changed the row, when, and both values, and writes nothing; of
two writes on one read exactly one succeeds, even when the check before the write is bypassed."""
from __future__ import annotations

import pytest

from ftz_desktop.core import translate
from ftz_desktop.core.store.conflicts import Conflict
from ftz_desktop.core.store.workspace import (
    CellChange,
    ConflictError,
    StaleDataError,
    WorkspaceError,
    WorkspaceStore,
)
from ftz_desktop.core.store.writes import observations as observation_edits

pytestmark = pytest.mark.usefixtures("edits_keep_the_study_source")


def _first(store) -> object:
    return store.dataset().series("sichuan_trade_bri")[0]


@pytest.fixture
def colleague(workspace_location):
    """A second store on the same workspace: another window, another PC."""
    with WorkspaceStore.open(workspace_location) as other:
        yield other


def test_every_write_raises_the_version_and_a_write_that_changes_nothing_does_not(store):
    obs = _first(store)
    assert obs.version == 1
    store.update_observation(obs.id, "value", "7")
    assert store.observation(obs.id).version == 2
    store.update_observation(obs.id, "value", "7")                 # the value already there: no write
    assert store.observation(obs.id).version == 2
    store.apply_changes([CellChange(obs.id, "note", "n"), CellChange(obs.id, "qualifier", "about")])
    assert store.observation(obs.id).version == 3                  # one write of the row, however many cells
    assert store.observation(obs.id) == obs.__class__(**{**obs.__dict__, "value": 7.0, "note": "n",
                                                          "qualifier": "about", "version": 99})   # not content


def test_a_write_on_a_stale_read_is_refused_naming_who_when_and_both_values(store, colleague):
    mine = _first(store)
    theirs = colleague.observation(mine.id)
    colleague.update_observation(theirs.id, "value", "378.9", expected_version=theirs.version)
    audit_before = len(store.history.audit())
    with pytest.raises(ConflictError) as refused:
        store.update_observation(mine.id, "value", "380.0", expected_version=mine.version)
    [conflict] = refused.value.conflicts
    newest = colleague.history.audit(limit=1)[0]
    assert isinstance(refused.value, StaleDataError) and isinstance(refused.value, WorkspaceError)
    assert (conflict.obs_id, conflict.column, conflict.mine, conflict.theirs) == (mine.id, "value", "380.0", 378.9)
    assert (conflict.user, conflict.at, conflict.read_version, conflict.version) == (newest.user, newest.at, 1, 2)
    message = str(refused.value)
    assert conflict.figure == "Sichuan's trade in goods with Belt and Road countries (Sichuan Province), 2013"
    assert message.startswith(f"{conflict.figure}: {newest.user} changed the value to 378.9 billion yuan at ")
    assert message.endswith("; yours was 380 billion yuan — nothing was written.")
    assert refused.value.obs_ids == [mine.id]
    assert len(store.history.audit()) == audit_before               # nothing was written
    assert store.observation(mine.id).value == 378.9
    # "Apply mine": a new write on the version now read is a normal, audited change on top of theirs.
    fresh = store.observation(mine.id)
    store.update_observation(mine.id, "value", "380.0", expected_version=fresh.version)
    [row] = store.history.audit(limit=1)
    assert (row.old, row.new) == (378.9, 380.0)


def test_a_change_of_another_cell_of_the_row_is_named_as_that_cell(store, colleague):
    mine = _first(store)
    colleague.update_observation(mine.id, "note", "revised by the bureau")
    with pytest.raises(ConflictError, match="changed the note to revised by the bureau at .*; yours was 5"):
        store.update_observation(mine.id, "value", "5", expected_version=mine.version)


def test_without_a_version_nothing_is_checked(store, colleague):
    mine = _first(store)
    colleague.update_observation(mine.id, "value", "1")
    store.update_observation(mine.id, "value", "2")                 # a program's write, as before
    store.apply_changes([CellChange(mine.id, "value", "3", version=0)])
    assert store.observation(mine.id).value == 3.0


def test_one_stale_cell_refuses_the_whole_batch(store, colleague):
    a, b = store.dataset().series("sichuan_trade_bri")[:2]
    colleague.update_observation(b.id, "note", "theirs")
    with pytest.raises(ConflictError) as refused:
        store.apply_changes([CellChange(a.id, "note", "x", a.version), CellChange(b.id, "note", "y", b.version)])
    assert [c.obs_id for c in refused.value.conflicts] == [b.id]
    assert (store.observation(a.id).note, store.observation(b.id).note) == (a.note, "theirs")


def test_apply_edits_refuses_an_observation_written_since_its_version(store, colleague):
    mine = _first(store)
    colleague.update_observation(mine.id, "value", "9")
    colleague.update_observation(mine.id, "value", str(mine.value))   # the same content again, a newer version
    with pytest.raises(StaleDataError):
        store.apply_edits([CellChange(mine.id, "note", "x")], expected=[mine])
    assert store.observation(mine.id).note == mine.note


def test_the_guarded_update_refuses_even_when_the_check_before_it_is_bypassed(store, colleague, monkeypatch):
    mine = _first(store)
    colleague.update_observation(mine.id, "value", "11")
    monkeypatch.setattr(observation_edits, "find_conflicts", lambda *args: [])
    monkeypatch.setattr(observation_edits, "_written_meanwhile", lambda *args: ConflictError("guard", None, []))
    with pytest.raises(ConflictError, match="guard"):
        store.update_observation(mine.id, "value", "12", expected_version=mine.version)
    assert colleague.observation(mine.id).value == 11.0 and store.observation(mine.id).value == 11.0


def test_an_undone_delete_comes_back_at_a_newer_version(store, colleague):
    mine = _first(store)
    store.update_observation(mine.id, "note", "x")
    stale = store.observation(mine.id)                             # version 2
    batch = colleague.delete_observation(mine.id)
    colleague.history.revert(batch)                                # back under its id
    store.refresh()
    assert store.observation(mine.id).version > stale.version
    with pytest.raises(ConflictError):
        store.update_observation(mine.id, "value", "1", expected_version=stale.version)


def test_a_restored_snapshot_raises_the_versions_it_writes(store):
    mine = _first(store)
    sid = store.snapshots.create("before")
    store.update_observation(mine.id, "note", "x")
    read = store.observation(mine.id)
    store.snapshots.restore(sid)
    assert store.observation(mine.id).version > read.version


def test_the_message_in_chinese(store, colleague):
    mine = _first(store)
    colleague.update_observation(mine.id, "value", "378.9")
    translate.set_language("zh")
    try:
        with pytest.raises(ConflictError) as refused:
            store.update_observation(mine.id, "value", "380", expected_version=mine.version)
    finally:
        translate.set_language("en")
    # In the units a Chinese reader uses, as the Data tab shows them: 378.9 billion yuan is 3789亿元.
    assert "将数值改为 3789亿元" in str(refused.value)
    assert str(refused.value).endswith("您输入的是 3800亿元，未写入任何内容。")


def test_many_conflicts_are_counted_after_the_first_few(store, colleague):
    rows = store.observations()[:8]
    colleague.apply_changes([CellChange(o.id, "note", "theirs") for o in rows])
    with pytest.raises(ConflictError) as refused:
        store.apply_changes([CellChange(o.id, "note", "mine", o.version) for o in rows])
    assert len(refused.value.conflicts) == 8 and all(isinstance(c, Conflict) for c in refused.value.conflicts)
    assert str(refused.value).splitlines()[-1] == "… and 3 more cells changed by others since they were read."

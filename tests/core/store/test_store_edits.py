"""Edits through the store: validation, all-or-nothing batches, audit rows written with the data,
and events published once per commit."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import event

from ftz_desktop.core.domain.model import Indicator
from ftz_desktop.core.store.workspace import (
    BatchValidationError,
    CellChange,
    ParseError,
    RecordNotFoundError,
    StoreEvent,
    WorkspaceStore,
)
from helpers.store import observations_by_id, replay_observations

pytestmark = pytest.mark.usefixtures("edits_keep_the_study_source")


@pytest.fixture
def events(store):
    seen: list[StoreEvent] = []
    store.subscribe(seen.append)
    return seen


def _first(store, indicator_id=None, status="A"):
    return next(o for o in store.observations()
                if o.status == status and (indicator_id is None or o.indicator_id == indicator_id))


def _state(store):
    """Everything an edit could touch, for 'nothing changed' assertions."""
    ds = store.dataset()
    return (list(ds.observations), dict(ds.indicators), len(store.history.audit()), store.recipes.names())


# --- single cells -----------------------------------------------------------------------------------

@pytest.mark.parametrize("column, raw, stored", [
    ("value", "1,234.5", 1234.5),
    ("value", "３亿", 0.3),
    ("qualifier", "more than", "more_than"),
    ("qualifier", "nearly", "nearly"),
    ("status", "e", "E"),
    ("status", "Provisional", "P"),
    ("source_id", "study-3", "study-3"),
    ("note", "  成都海关\x00统计 😀 ", "成都海关统计 😀"),
    ("period", "2016", "2016"),
    ("geography", "CN", "CN"),
])
def test_each_column_is_written_with_its_audit_row_and_event(store, events, column, raw, stored):
    obs = _first(store, "sichuan_trade_bri")
    old = getattr(obs, column)
    batch = store.update_observation(obs.id, column, raw, label="Typed")
    assert len(batch) == 32 and int(batch, 16) >= 0
    assert getattr(store.observation(obs.id), column) == stored
    [row] = store.history.audit(batch_id=batch)
    assert (row.action, row.table_name, row.row_key, row.column_name, row.label) == \
           ("update", "observations", str(obs.id), column, "Typed")
    assert (row.old, row.new) == (old, stored)
    assert json.loads(row.new_value) == stored
    assert row.at.endswith("+00:00") and row.user
    assert events == [StoreEvent("updated", "observations", (obs.id,), (column,), batch)]


@pytest.mark.parametrize("column, raw, reason", [
    ("value", "abc", "'abc' is not a number"),
    ("value", "12%", "percentage"),
    ("value", "-1", "below the minimum 0"),
    ("value", "nan", "not a finite number"),
    ("value", "", "status M"),
    ("qualifier", "approximately", "is not one of"),
    ("status", "X", "is not one of"),
    ("source_id", "study-99", "unknown source 'study-99'"),
    ("geography", "XX", "unknown geography 'XX'"),
    ("period", "2023-13", "is not a period"),
    ("note", "x" * 10_001, "at most 10,000"),
    ("note", 5, "expected text"),
    ("indicator_id", "other", "not an editable column"),
    ("id", 5, "not an editable column"),
])
def test_refused_values_leave_everything_as_it_was(store, events, column, raw, reason):
    obs = _first(store, "sichuan_trade_bri")
    before = _state(store)
    with pytest.raises(ParseError) as info:
        store.update_observation(obs.id, column, raw)
    assert info.value.field == column
    assert reason in info.value.reason
    assert _state(store) == before
    assert events == []


def test_unknown_observation(store):
    with pytest.raises(RecordNotFoundError, match="Observation 999999 does not exist"):
        store.update_observation(999999, "value", "1")


def test_empty_value_needs_status_missing(store):
    obs = _first(store, "sichuan_trade_bri")
    # Both cells in one batch, in either order: the row is checked as a whole.
    store.apply_changes([CellChange(obs.id, "value", ""), CellChange(obs.id, "status", "M")])
    assert (store.observation(obs.id).value, store.observation(obs.id).status) == (None, "M")
    with pytest.raises(ParseError, match="needs a value"):
        store.update_observation(obs.id, "status", "A")
    store.apply_changes([CellChange(obs.id, "status", "A"), CellChange(obs.id, "value", "7")])
    assert (store.observation(obs.id).value, store.observation(obs.id).status) == (7.0, "A")


def test_a_missing_value_with_status_m_survives_reopen(workspace_path):
    with WorkspaceStore.open(workspace_path) as store:
        missing = _first(store, status="M")
        zero = _first(store, "sichuan_trade_bri")
        store.update_observation(zero.id, "value", "0")
    with WorkspaceStore.open(workspace_path) as store:
        assert store.observation(missing.id).value is None
        assert store.observation(zero.id).value == 0.0
        assert store.history.audit(row_key=zero.id, column="value")[0].new_value == "0.0"


def test_unchanged_value_writes_nothing(store, events):
    obs = _first(store, "sichuan_trade_bri")
    audit_before = len(store.history.audit())
    store.update_observation(obs.id, "value", str(obs.value))
    store.update_observation(obs.id, "note", obs.note + "  ")
    assert len(store.history.audit()) == audit_before
    assert events == []


# --- keys ---------------------------------------------------------------------------------------

def test_key_collision_is_refused(store):
    a, b = store.dataset().series("sichuan_trade_bri")[:2]
    with pytest.raises(ParseError, match=f"observation {b.id} already holds sichuan_trade_bri / SC / {b.period}"):
        store.update_observation(a.id, "period", b.period)
    assert store.observation(a.id).period == a.period


def test_keys_can_be_swapped_in_one_batch(store):
    a, b = store.dataset().series("sichuan_trade_bri")[:2]
    batch = store.apply_changes([CellChange(a.id, "period", b.period), CellChange(b.id, "period", a.period)])
    assert (store.observation(a.id).period, store.observation(b.id).period) == (b.period, a.period)
    assert store.observation(a.id).value == a.value      # the rows kept their values
    assert {(r.row_key, r.old, r.new) for r in store.history.audit(batch_id=batch)} == {
        (str(a.id), a.period, b.period), (str(b.id), b.period, a.period)}
    # a swap of geography alone keeps the periods (no temporary key left behind)
    store.apply_changes([CellChange(a.id, "geography", "CN"), CellChange(b.id, "geography", "CN")])
    assert (store.observation(a.id).period, store.observation(b.id).period) == (b.period, a.period)


def test_period_is_normalised(store):
    obs = _first(store, "sichuan_trade_bri")
    store.update_observation(obs.id, "period", " 2023q2 ")
    assert store.observation(obs.id).period == "2023-Q2"


# --- batches ------------------------------------------------------------------------------------

def test_batch_is_all_or_nothing_and_lists_every_bad_cell(store, events):
    obs = store.dataset().series("sichuan_trade_bri")
    before = _state(store)
    changes = [
        CellChange(obs[0].id, "value", "1"),
        CellChange(obs[1].id, "value", "abc"),
        CellChange(obs[0].id, "note", "fine"),
        CellChange(obs[1].id, "status", "Q"),
        CellChange(424242, "value", "1"),
        CellChange(obs[0].id, "value", "2"),
    ]
    with pytest.raises(BatchValidationError) as info:
        store.apply_changes(changes)
    problems = [(p.obs_id, p.column) for p in info.value.problems]
    assert problems == [(obs[1].id, "value"), (obs[1].id, "status"), (424242, "value"), (obs[0].id, "value")]
    text = str(info.value)
    assert text.startswith("4 cells were refused; nothing was changed:")
    assert f"observation {obs[1].id}, value: 'abc' is not a number" in text
    assert "observation 424242, value: no such observation" in text
    assert "changed twice" in text
    assert _state(store) == before
    assert events == []


def test_large_batch_is_one_commit_one_event_one_batch(store, events):
    ds = store.dataset()
    base = _first(store, "sichuan_trade_bri")
    rows = [{"indicator_id": base.indicator_id, "geography": "SC-FTZ", "period": f"{1000 + i}", "value": i + 0.5,
             "source_id": base.source_id} for i in range(2500)]
    added = store.add_observations(rows, label="Import")
    assert len(added.ids) == 2500 and len(set(added.ids)) == 2500
    assert events[-1] == StoreEvent("added", "observations", added.ids, (), added.batch_id)
    changes = [CellChange(oid, column, raw) for oid in added.ids
               for column, raw in (("value", "1 234"), ("note", "pasted"), ("status", "E"), ("qualifier", "about"))]
    assert len(changes) == 10_000
    batch = store.apply_changes(changes, label="Paste")
    assert len(events) == 2
    assert events[-1].keys == added.ids and events[-1].columns == ("note", "qualifier", "status", "value")
    assert len(store.history.audit(batch_id=batch)) == 10_000
    assert [b.label for b in store.history.batches()[:2]] == ["Paste", "Import"]
    assert {(o.value, o.note, o.status, o.qualifier) for o in store.observations() if o.id in set(added.ids)} \
        == {(1234.0, "pasted", "E", "about")}
    assert len(store.observations()) == len(ds.observations) + 2500


# --- adding and deleting observations ----------------------------------------------------------------

def test_add_and_delete_observation(store, events):
    base = _first(store, "sichuan_trade_bri")
    added = store.add_observation(base.indicator_id, "SC", "2015", "200.5", source_id=base.source_id,
                                  note="new", label="Add 2015")
    obs = store.observation(added.id)
    assert (obs.period, obs.value, obs.note, obs.status) == ("2015", 200.5, "new", "A")
    [row] = store.history.audit(batch_id=added.batch_id)
    assert (row.action, row.row_key, row.old_value) == ("add", str(added.id), None)
    assert row.new == {"id": added.id, "indicator_id": base.indicator_id, "geography": "SC", "period": "2015",
                       "value": 200.5, "qualifier": "", "status": "A", "source_id": base.source_id, "note": "new"}
    batch = store.delete_observation(added.id)
    [row] = store.history.audit(batch_id=batch)
    content = {k: v for k, v in obs.__dict__.items() if k != "version"}    # the row as it reads, not its version
    assert (row.action, row.new_value, row.old) == ("remove", None, content)
    assert [e.kind for e in events] == ["added", "removed"] and events[1].keys == (added.id,)
    with pytest.raises(RecordNotFoundError):
        store.observation(added.id)
    with pytest.raises(RecordNotFoundError):
        store.delete_observation(added.id)
    # undo of the delete: the same row comes back under its old id
    again = store.add_observation(**{k: v for k, v in row.old.items() if k != "id"}, obs_id=added.id)
    assert again.id == added.id and store.observation(added.id) == obs


@pytest.mark.parametrize("field, raw, reason", [
    ("indicator_id", "nope", "unknown indicator"),
    ("geography", "XX", "unknown geography"),
    ("period", "soon", "is not a period"),
    ("value", "abc", "is not a number"),
    ("source_id", "nope", "unknown source"),
    ("period", "2013", "already holds sichuan_trade_bri / SC / 2013"),
])
def test_add_observation_refusals(store, events, field, raw, reason):
    fields = {"indicator_id": "sichuan_trade_bri", "geography": "SC", "period": "2015", "value": "1",
              "source_id": "study-1", field: raw}
    before = _state(store)
    with pytest.raises(ParseError) as info:
        store.add_observation(**fields)
    assert reason in info.value.reason
    assert _state(store) == before and events == []


def test_add_observations_refuses_duplicates_within_the_batch(store):
    row = {"indicator_id": "sichuan_trade_bri", "geography": "SC", "period": "2015", "value": "1",
           "source_id": "study-1"}
    with pytest.raises(BatchValidationError, match="new row 2, period: new row 1 already holds"):
        store.add_observations([row, dict(row)])
    taken = _first(store).id
    with pytest.raises(BatchValidationError, match=f"new row 1, id: observation {taken} already exists"):
        store.add_observations([{**row, "id": taken}])


# --- indicators ---------------------------------------------------------------------------------

NEW_INDICATOR = Indicator(id="ftz_new_firms_q", name="New firms per quarter", unit="count", decimals=0,
                          min_value=0, section="status", topic="enterprises")


def test_add_update_delete_indicator_with_audit_and_events(store, events):
    batch = store.add_indicator(NEW_INDICATOR)
    assert store.indicators()["ftz_new_firms_q"] == NEW_INDICATOR
    assert store.history.audit(batch_id=batch)[0].new["name"] == "New firms per quarter"
    added = store.add_observation("ftz_new_firms_q", "SC-FTZ", "2023-Q1", "1.2万", source_id="study-1")
    assert store.observation(added.id).value == 12000.0
    batch = store.update_indicator("ftz_new_firms_q", "max_value", "100000")
    [row] = store.history.audit(batch_id=batch)
    assert (row.table_name, row.column_name, row.old, row.new) == ("indicators", "max_value", None, 100000.0)
    with pytest.raises(ParseError, match="1 observation"):
        store.update_indicator("ftz_new_firms_q", "max_value", "100")
    with pytest.raises(ParseError, match="^id: cannot be changed"):
        store.update_indicator("ftz_new_firms_q", "id", "other")
    with pytest.raises(ParseError, match="^multiplier: must be a positive number"):
        store.update_indicator("ftz_new_firms_q", "multiplier", "0")
    with pytest.raises(ParseError, match="^max_value: -5 is below the minimum 0"):
        store.update_indicator("ftz_new_firms_q", "max_value", "-5")
    batch = store.delete_indicator("ftz_new_firms_q")
    rows = store.history.audit(batch_id=batch)
    assert [(r.action, r.table_name, r.row_key) for r in reversed(rows)] == [
        ("remove", "observations", str(added.id)), ("remove", "indicators", "ftz_new_firms_q")]
    assert "ftz_new_firms_q" not in store.indicators()
    assert all(o.indicator_id != "ftz_new_firms_q" for o in store.observations())
    assert [(e.kind, e.table) for e in events[-2:]] == [("removed", "observations"), ("removed", "indicators")]
    assert events[-1].batch_id == events[-2].batch_id == batch


@pytest.mark.parametrize("change, reason", [
    ({"id": "has space"}, "may not contain spaces"),
    ({"id": ""}, "is required"),
    ({"name": ""}, "is required"),
    ({"unit": "x" * 51}, "at most 50"),
    ({"decimals": 2.5}, "whole number"),
    ({"currency": "yuan"}, "at most 3"),
    ({"currency": "C1Y"}, "three-letter"),
    ({"min_value": 10, "max_value": 5}, "below the minimum"),
    ({"id": "sichuan_trade_bri"}, "already exists"),
])
def test_add_indicator_refusals(store, change, reason):
    before = _state(store)
    with pytest.raises(ParseError, match=reason):
        store.add_indicator(Indicator(**{**NEW_INDICATOR.__dict__, **change}))
    assert _state(store) == before


def test_identifiers_are_stored_literally(store):
    hostile = 'x"; DROP TABLE observations; --'
    store.update_indicator("sichuan_trade_bri", "name", hostile)
    store.update_observation(_first(store).id, "note", "[x] `y` 'z' \"w\"")
    assert store.indicators()["sichuan_trade_bri"].name == hostile
    assert len(store.observations()) > 0


def test_unknown_indicator(store):
    with pytest.raises(RecordNotFoundError, match="Indicator 'nope' does not exist"):
        store.update_indicator("nope", "name", "x")
    with pytest.raises(RecordNotFoundError):
        store.delete_indicator("nope")


# --- atomicity of data and audit ------------------------------------------------------------------

def test_failure_while_writing_the_audit_leaves_neither(store, events):
    """Kill the transaction between the data write and the audit write: neither survives."""
    obs = _first(store, "sichuan_trade_bri")
    before = _state(store)

    def fail_on_audit(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("INSERT INTO AUDIT"):
            raise RuntimeError("simulated crash between data and audit")

    event.listen(store._engine, "before_cursor_execute", fail_on_audit)
    try:
        with pytest.raises(RuntimeError, match="simulated crash"):
            store.update_observation(obs.id, "value", "1")
        with pytest.raises(RuntimeError, match="simulated crash"):
            store.delete_indicator("sichuan_trade_bri")
    finally:
        event.remove(store._engine, "before_cursor_execute", fail_on_audit)
    assert _state(store) == before
    store._cache.forget(tell=False)        # and not just the cache: the database itself
    assert _state(store) == before
    assert events == []


def test_audit_log_reconciles_with_the_data(store):
    """Every committed change has its audit row: replaying the log gives the table exactly."""
    a, b = store.dataset().series("sichuan_trade_bri")[:2]
    store.update_observation(a.id, "value", "1")
    store.apply_changes([CellChange(a.id, "period", b.period), CellChange(b.id, "period", a.period)])
    added = store.add_observation("sichuan_trade_bri", "CN", "2020", "3", source_id="study-1")
    store.delete_observation(b.id)
    store.add_observation("sichuan_trade_bri", "CN", "2021", "4", source_id="study-1", obs_id=b.id)
    sid = store.snapshots.create("mid")
    store.update_observation(added.id, "note", "later")
    store.delete_indicator("ftz_share_province_fdi")
    with pytest.raises(BatchValidationError):
        store.apply_changes([CellChange(a.id, "value", "x")])
    store.snapshots.restore(sid)
    replayed = replay_observations(store.history.audit())
    assert replayed == observations_by_id(store)


# --- events ----------------------------------------------------------------------------------------

def test_listeners_see_committed_data_and_failures_do_not_spread(store, caplog):
    obs = _first(store, "sichuan_trade_bri")
    seen = []

    def broken(_event):
        raise ValueError("listener bug")

    store.subscribe(broken)
    store.subscribe(lambda e: seen.append(store.observation(obs.id).value))   # reads inside the callback
    store.update_observation(obs.id, "value", "3")
    assert seen == [3.0]
    assert "listener bug" in caplog.text
    assert store.observation(obs.id).value == 3.0


def test_unsubscribe(store):
    seen = []
    unsubscribe = store.subscribe(seen.append)
    obs = _first(store, "sichuan_trade_bri")
    store.update_observation(obs.id, "value", "3")
    unsubscribe()
    unsubscribe()
    store.update_observation(obs.id, "value", "4")
    assert len(seen) == 1


def test_dataset_is_cached_until_a_change(store):
    first = store.dataset()
    assert store.dataset() is first
    obs = _first(store, "sichuan_trade_bri")
    store.update_observation(obs.id, "value", "3")
    assert store.dataset() is not first
    assert first.value(*obs.key) == obs.value       # the old snapshot is not mutated


def test_events_name_the_indicators_a_change_touched(store):
    seen: list = []
    store.subscribe(seen.append)
    exports = store.dataset().get("chengdu_goods_exports", "CD", "2022")
    store.update_observation(exports.id, "value", "501")
    assert seen[-1].indicators == {"chengdu_goods_exports"} and not seen[-1].touches_all
    area = store.dataset().get("luzhou_cbz_area", "LZ-CBZ", "2023")
    store.delete_observation(area.id)
    assert seen[-1].indicators == {"luzhou_cbz_area"}
    added = store.add_observation("luzhou_cbz_area", "LZ-CBZ", "2023", "2.5", source_id=area.source_id)
    assert seen[-1].kind == "added" and seen[-1].indicators == {"luzhou_cbz_area"} and added.ids
    store.update_indicator("fortune500_in_ftz", "name", "Fortune 500 companies in the zone")
    assert seen[-1].table == "indicators" and seen[-1].indicators == {"fortune500_in_ftz"}
    assert seen[-1].touches_data
    store.recipes.save("r", {"k": "v"})
    assert not seen[-1].touches_data and not seen[-1].indicators


def test_a_likely_slip_is_held_back_only_when_asked_and_changes_nothing(store):
    obs = store.dataset().get("chengdu_goods_imports", "CD", "2022")
    before = (store.dataset(), len(store.history.batches()))
    with pytest.raises(BatchValidationError) as refused:
        store.update_observation(obs.id, "value", "1.2万", check_typed=True)
    problem = refused.value.problems[0]
    assert problem.kind == "unusual" and problem.column == "value" and "did you mean 1.2万亿?" in problem.reason
    with pytest.raises(BatchValidationError, match="is the unit right"):
        store.add_observation("chengdu_goods_imports", "CD", "2030", "334000", source_id="study-2.1",
                              check_typed=True)
    assert (store.dataset(), len(store.history.batches())) == before
    store.update_observation(obs.id, "value", "1.2万")          # confirmed (or restored): written as typed
    assert store.observation(obs.id).value == pytest.approx(0.000012)


def test_a_failed_write_is_told_in_chinese_in_the_chinese_edition(tmp_path):
    import sqlite3

    from ftz_desktop.core import translate
    from ftz_desktop.core.errors import DiskFullError
    from ftz_desktop.core.store.errors import translate_db_error

    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorcode = 13                     # SQLITE_FULL
    translate.set_language("zh")
    try:
        said = translate_db_error(full, tmp_path / "w.ftzdb")
    finally:
        translate.set_language("en")
    assert isinstance(said, DiskFullError)
    assert str(said) == f"磁盘已满，您刚才的修改未保存。请清理存放 “{tmp_path / 'w.ftzdb'}” 的磁盘后再试。"
    english = translate_db_error(full, tmp_path / "w.ftzdb")
    assert str(english).startswith("Disk full — your last change was not saved.")

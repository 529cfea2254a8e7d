"""Optimistic concurrency for indicators, on both backends, as for observations: every write raises an indicator's
version (a change, an undo, a restored snapshot, a delete undone); a change made on a stale read is refused
naming who changed which field, when, and both values, and writes nothing."""
from __future__ import annotations

import pytest

from ftz_desktop.core import translate
from ftz_desktop.core.store.workspace import ConflictError, WorkspaceStore

INDICATOR = "sichuan_trade_bri"


def _read(store):
    return store.indicators()[INDICATOR]


@pytest.fixture
def colleague(workspace_location):
    with WorkspaceStore.open(workspace_location) as other:
        yield other


def test_every_indicator_write_raises_its_version_and_one_that_changes_nothing_does_not(store):
    assert _read(store).version == 1
    store.update_indicator(INDICATOR, "description", "Customs figures")
    assert _read(store).version == 2
    store.update_indicator(INDICATOR, "description", "Customs figures")
    assert _read(store).version == 2
    batch = store.history.batches()[0].batch_id
    store.history.revert(batch)                                     # an undo is a write too
    assert _read(store).version == 3


def test_a_change_on_a_stale_read_is_refused_naming_who_when_and_both_values(store, colleague):
    mine = _read(store)
    colleague.update_indicator(INDICATOR, "decimals", "1", expected_version=mine.version)
    newest = colleague.history.audit(limit=1)[0]
    audit_before = len(store.history.audit())
    with pytest.raises(ConflictError) as refused:
        store.update_indicator(INDICATOR, "decimals", "3", expected_version=mine.version)
    assert str(refused.value) == (f"The indicator “{mine.name}”: {newest.user} changed the decimals to 1 at "
                                  f"{str(refused.value).split(' at ')[1].split(';')[0]}; yours was 3 — nothing was "
                                  "written.")
    assert len(store.history.audit()) == audit_before and _read(store).decimals == 1
    store.update_indicator(INDICATOR, "decimals", "3", expected_version=_read(store).version)   # apply mine
    assert _read(store).decimals == 3


def test_without_a_version_an_indicator_change_is_not_checked(store, colleague):
    colleague.update_indicator(INDICATOR, "topic", "trade")
    store.update_indicator(INDICATOR, "topic", "foreign trade")
    assert _read(store).topic == "foreign trade"


def test_a_deleted_indicator_brought_back_and_a_restored_snapshot_come_back_at_newer_versions(store, colleague):
    store.update_indicator(INDICATOR, "topic", "trade")
    stale = _read(store)
    batch = colleague.delete_indicator(INDICATOR)
    colleague.history.revert(batch)
    store.refresh()
    assert _read(store).version > stale.version
    with pytest.raises(ConflictError):
        store.update_indicator(INDICATOR, "topic", "x", expected_version=stale.version)
    sid = store.snapshots.create("before")
    store.update_indicator(INDICATOR, "topic", "changed")
    read = _read(store)
    store.snapshots.restore(sid)
    assert _read(store).version > read.version and _read(store).topic == "trade"


def test_the_indicator_conflict_in_chinese(store, colleague):
    mine = _read(store)
    colleague.update_indicator(INDICATOR, "unit", "100 million yuan")
    translate.set_language("zh")
    try:
        with pytest.raises(ConflictError) as refused:
            store.update_indicator(INDICATOR, "unit", "billion yuan", expected_version=mine.version)
    finally:
        translate.set_language("en")
    assert str(refused.value).startswith("指标“四川省对共建“一带一路”国家货物进出口额”：")
    assert "将单位改为 100 million yuan" in str(refused.value)

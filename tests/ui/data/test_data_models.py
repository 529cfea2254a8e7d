"""The Data tab's table models: qtmodeltester, prepared cells, updates of exactly what changed, sorting."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ftz_desktop.core.analysis.derived import compute_derived
from ftz_desktop.core.domain.model import Indicator
from ftz_desktop.core.store.validation import CellChange
from ftz_desktop.ui.data.models.derived import DerivedModel
from ftz_desktop.ui.data.models.filter_proxy import ObservationFilter, TableFilterProxy, observation_predicate
from ftz_desktop.ui.data.models.findings import FindingsModel
from ftz_desktop.ui.data.models.indicators import IndicatorsModel
from ftz_desktop.ui.data.models.observations import (
    C_ID,
    C_NOTE,
    C_PERIOD,
    C_UNIT,
    C_VALUE,
    ObservationsModel,
    value_text,
)
from ftz_desktop.ui.data.models.rows import RowsModel
from ftz_desktop.ui.data.models.table_base import KEY_ROLE, Column
from ftz_desktop.ui.store_events import StoreEvents

DISPLAY, EDIT, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole


# The models' mechanics (rows, signals, sorting) over edits of the study's own figures.
pytestmark = pytest.mark.usefixtures("edits_keep_the_study_source")


@pytest.fixture
def bridge(qtbot, store):
    adapter = StoreEvents(store)
    yield adapter
    adapter.close()


@pytest.fixture
def observations(bridge, store):
    return ObservationsModel(store, bridge)


def _first(store, indicator_id="sichuan_trade_bri"):
    return next(o for o in store.dataset().observations if o.indicator_id == indicator_id)


def _exercise(store):
    """Edits, adds, deletes and a restore while a model tester watches the signals."""
    snapshot = store.snapshots.create("tester")
    obs = _first(store)
    store.update_observation(obs.id, "value", "170")
    store.apply_changes([CellChange(obs.id, "note", "x"), CellChange(obs.id, "status", "E")])
    added = store.add_observation("sichuan_trade_bri", "SC", "2024", "1", source_id="study-1")
    store.add_indicator(Indicator(id="tester_indicator", name="Tester", unit="count"))
    store.update_indicator("tester_indicator", "name", "Tester renamed")
    store.delete_observation(added.id)
    store.delete_indicator("tester_indicator")
    store.snapshots.restore(snapshot)


def test_observations_model_passes_qtmodeltester_through_changes_sorts_and_filters(qtmodeltester, store,
                                                                                  observations):
    qtmodeltester.check(observations)
    _exercise(store)
    observations.sort(C_VALUE, Qt.SortOrder.DescendingOrder)
    _exercise(store)


def test_filter_proxy_passes_qtmodeltester(qtmodeltester, store, observations):
    proxy = TableFilterProxy()
    proxy.setSourceModel(observations)
    qtmodeltester.check(proxy)
    proxy.set_predicate(observation_predicate(observations, ObservationFilter(indicator="sichuan_trade_bri")))
    _exercise(store)
    proxy.sort(C_PERIOD, Qt.SortOrder.AscendingOrder)
    proxy.set_predicate(None)
    _exercise(store)


def test_indicators_model_passes_qtmodeltester(qtmodeltester, store, bridge):
    model = IndicatorsModel(store, bridge)
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    _exercise(store)


def test_derived_findings_and_rows_models_pass_qtmodeltester(qtmodeltester, store, content):
    from ftz_desktop.core.analysis.checks import run_checks

    derived = DerivedModel(compute_derived(store.dataset()))
    qtmodeltester.check(derived)
    store.update_observation(_first(store, "chengdu_goods_exports").id, "value", "1")
    derived.set_values(compute_derived(store.dataset()))
    derived.sort(1, Qt.SortOrder.AscendingOrder)
    findings = FindingsModel()
    qtmodeltester.check(findings)
    findings.set_findings(run_checks(store.dataset(), content))
    assert findings.rowCount() > 0
    findings.sort(0, Qt.SortOrder.AscendingOrder)
    findings.set_findings([])
    rows = RowsModel((Column("a", "A", 10), Column("b", "B", 10)))
    qtmodeltester.check(rows)
    rows.set_rows([(("1", "x"), "tip"), (("2", ""), "")])
    rows.sort(1, Qt.SortOrder.DescendingOrder)


def test_derived_values_update_in_place(store):
    derived = DerivedModel(compute_derived(store.dataset()))
    seen = []
    derived.dataChanged.connect(lambda tl, br, roles=(): seen.append(tl.row()))
    derived.set_values(compute_derived(store.dataset()))
    assert seen == []
    store.update_observation(_first(store, "chengdu_goods_exports").id, "value", "1")
    derived.set_values(compute_derived(store.dataset()))
    assert seen and len(seen) < derived.rowCount()


def test_cells_are_prepared_text_and_values_are_never_rounded(store, observations):
    obs = _first(store)
    row = observations.row_of(obs.id)
    index = observations.index(row, C_VALUE)
    assert observations.data(index, DISPLAY) == value_text(obs.value)
    assert observations.data(observations.index(row, C_UNIT), DISPLAY) == "billion yuan"
    assert observations.data(observations.index(row, C_ID), KEY_ROLE) == obs.id
    assert value_text(1234567.125) == "1,234,567.125"
    assert value_text(0.000012) == "0.000012"
    assert value_text(-1500.0) == "-1,500"
    assert value_text(None) == ""


def test_an_edit_changes_exactly_that_cell(qtbot, store, observations):
    obs = _first(store)
    row = observations.row_of(obs.id)
    seen = []
    observations.dataChanged.connect(
        lambda tl, br, roles=(): seen.append((tl.row(), tl.column(), br.row(), br.column())))
    store.update_observation(obs.id, "value", "160.5")
    assert seen == [(row, C_VALUE, row, C_VALUE)]
    assert observations.data(observations.index(row, C_VALUE), DISPLAY) == "160.5"
    seen.clear()
    store.update_observation(obs.id, "note", "a\nb")
    assert seen == [(row, C_NOTE, row, C_NOTE)]
    assert observations.data(observations.index(row, C_NOTE), DISPLAY) == "a ↵ b"
    assert observations.data(observations.index(row, C_NOTE), EDIT) == "a\nb"


def test_adds_and_deletes_insert_and_remove_rows(qtbot, store, observations):
    before = observations.rowCount()
    with qtbot.waitSignal(observations.rowsInserted) as inserted:
        added = store.add_observation("sichuan_trade_bri", "SC", "2023", "400", source_id="study-1")
    assert inserted.args[1] == inserted.args[2] == before
    assert observations.row_of(added.id) == before
    with qtbot.waitSignal(observations.rowsRemoved) as removed:
        store.delete_observation(added.id)
    assert removed.args[1] == before
    assert observations.rowCount() == before and observations.row_of(added.id) is None


def test_snapshot_restore_resets_the_model(qtbot, store, observations):
    snapshot = store.snapshots.create("before")
    obs = _first(store)
    store.update_observation(obs.id, "value", "1")
    with qtbot.waitSignal(observations.modelReset):
        store.snapshots.restore(snapshot)
    row = observations.row_of(obs.id)
    assert observations.data(observations.index(row, C_VALUE), DISPLAY) == value_text(obs.value)


def test_indicator_rename_updates_units_of_its_observations(qtbot, store, bridge, observations):
    indicators = IndicatorsModel(store, bridge)
    obs = _first(store)
    store.update_indicator("sichuan_trade_bri", "unit", "100 million yuan")
    assert observations.data(observations.index(observations.row_of(obs.id), C_UNIT), DISPLAY) == "100 million yuan"
    row = indicators.row_of("sichuan_trade_bri")
    assert indicators.data(indicators.index(row, 2), DISPLAY) == "100 million yuan"
    with qtbot.waitSignal(indicators.rowsInserted):
        store.add_indicator(Indicator(id="new_one", name="New one", unit="count"))
    assert indicators.row_of("new_one") == indicators.rowCount() - 1


def test_sort_is_numeric_keeps_empty_values_last_and_leaves_the_store_alone(store, observations):
    stored = [o.id for o in store.dataset().observations]
    proxy = TableFilterProxy()
    proxy.setSourceModel(observations)
    proxy.sort(C_VALUE, Qt.SortOrder.AscendingOrder)
    values = [observations.observation_at(proxy.mapToSource(proxy.index(r, 0)).row()).value
              for r in range(proxy.rowCount())]
    filled = [v for v in values if v is not None]
    assert filled == sorted(filled) and values[len(filled):] == [None] * (len(values) - len(filled))
    proxy.sort(C_VALUE, Qt.SortOrder.DescendingOrder)
    values = [observations.observation_at(proxy.mapToSource(proxy.index(r, 0)).row()).value
              for r in range(proxy.rowCount())]
    assert [v for v in values if v is not None] == sorted(filled, reverse=True) and values[-1] is None
    proxy.sort(C_PERIOD, Qt.SortOrder.AscendingOrder)
    periods = [observations.data(proxy.mapToSource(proxy.index(r, C_PERIOD)), DISPLAY) for r in range(proxy.rowCount())]
    assert periods.index("2022-04") < periods.index("2022") < periods.index("2023")
    assert [o.id for o in store.dataset().observations] == stored


def test_sort_keeps_the_selected_cell_on_its_observation(qtbot, store, observations):
    from PySide6.QtCore import QPersistentModelIndex

    obs = _first(store)
    held = QPersistentModelIndex(observations.index(observations.row_of(obs.id), C_VALUE))
    observations.sort(C_VALUE, Qt.SortOrder.DescendingOrder)
    assert held.row() == observations.row_of(obs.id) and held.column() == C_VALUE


def test_problems_mark_the_value_cell_with_an_icon_and_the_reason(observations, store):
    obs = _first(store)
    row = observations.row_of(obs.id)
    seen = []
    observations.dataChanged.connect(lambda tl, br, roles=(): seen.append((tl.row(), tl.column())))
    observations.set_problems({obs.id: ("warning", "The study states 1, but the parts give 2")})
    assert seen == [(row, C_VALUE)]
    index = observations.index(row, C_VALUE)
    assert observations.data(index, TOOLTIP) == "The study states 1, but the parts give 2"
    assert not observations.data(index, Qt.ItemDataRole.DecorationRole).isNull()
    observations.set_problems({})
    assert observations.data(index, Qt.ItemDataRole.DecorationRole) is None


def test_the_model_stops_listening_when_the_bridge_closes(store, bridge, observations):
    obs = _first(store)
    bridge.close()
    store.update_observation(obs.id, "value", "999")
    assert observations.data(observations.index(observations.row_of(obs.id), C_VALUE), DISPLAY) != "999"


def test_filters_by_indicator_geography_section_and_text(store, observations):
    proxy = TableFilterProxy()
    proxy.setSourceModel(observations)
    dataset = store.dataset()

    def shown(**wanted):
        proxy.set_predicate(observation_predicate(observations, ObservationFilter(**wanted)))
        return [observations.observation_at(proxy.mapToSource(proxy.index(r, 0)).row())
                for r in range(proxy.rowCount())]

    assert {o.indicator_id for o in shown(indicator="chengdu_goods_exports")} == {"chengdu_goods_exports"}
    assert {o.geography for o in shown(geography="CD")} == {"CD"}
    section = dataset.indicators["chengdu_goods_exports"].section
    assert {dataset.indicators[o.indicator_id].section for o in shown(section=section)} == {section}
    by_name = shown(text="exports of goods")          # the indicator's name, not shown in the row
    assert by_name and all("exports" in dataset.indicators[o.indicator_id].name.lower() for o in by_name)
    assert shown(text="no such words anywhere") == []
    assert len(shown()) == len(dataset.observations)
    assert proxy.headerData(0, Qt.Orientation.Vertical, DISPLAY) == "1"


def test_in_chinese_the_studys_own_notes_read_in_chinese_and_a_staff_note_as_written(qtbot, bridge, store):
    chinese = ObservationsModel(store, bridge, language="zh")
    missing = next(o for o in store.dataset().observations if o.indicator_id == "chengdu_goods_exports"
                   and o.status == "M")
    row = chinese.row_of(missing.id)
    note = chinese.index(row, C_NOTE)
    assert note.data(DISPLAY) == note.data(EDIT) == "研究未列出该数值；研究图1涵盖2017年至2022年"
    assert chinese.setData(note, note.data(EDIT), EDIT)                 # left as shown: nothing is written
    assert store.observation(missing.id).note == missing.note
    store.update_observation(missing.id, "note", "待与海关数据核对")
    qtbot.waitUntil(lambda: chinese.index(row, C_NOTE).data(DISPLAY) == "待与海关数据核对")
    store.update_observation(missing.id, "note", missing.note)          # the study's note again: in Chinese
    qtbot.waitUntil(lambda: chinese.index(row, C_NOTE).data(DISPLAY).startswith("研究未列出"))

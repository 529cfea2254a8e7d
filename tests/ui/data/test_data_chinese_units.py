"""The Data tab in Chinese keeps money in the units Chinese statistics staff use: 460.588 billion yuan is shown,
copied and typed as 4605.88 in 亿元 (digits not grouped), and what is typed or pasted there is stored in billions,
exactly; the Add observation form types in the same unit. The English tab is as it was."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack

from ftz_desktop.core.study.content import load_content
from ftz_desktop.core.study.names import localized
from ftz_desktop.ui.context import AppContext
from ftz_desktop.ui.data.data_tab import DataTab
from ftz_desktop.ui.data.dialogs.add_observation import AddObservationDialog
from ftz_desktop.ui.data.models.observations import C_UNIT, C_VALUE, ObservationsModel
from ftz_desktop.ui.store_events import StoreEvents

pytestmark = pytest.mark.usefixtures("dialogs", "edits_keep_the_study_source")
EDIT = Qt.ItemDataRole.EditRole


@pytest.fixture
def events(qtbot, store):
    adapter = StoreEvents(store)
    yield adapter
    adapter.close()


def _obs(store, indicator_id, period):
    return next(o for o in store.dataset().observations if (o.indicator_id, o.period) == (indicator_id, period))


def test_money_reads_and_is_typed_in_yi_yuan_and_is_stored_in_billions(store, events):
    chinese, english = ObservationsModel(store, events, language="zh"), ObservationsModel(store, events)

    def write(obs_id, column, raw, version=0):
        store.update_observation(obs_id, column, raw, expected_version=version)      # None: written

    chinese.set_editor(write)
    total = _obs(store, "chengdu_goods_trade_total", "2017")                 # 460.588 billion yuan
    row = chinese.row_of(total.id)
    value, unit = chinese.index(row, C_VALUE), chinese.index(row, C_UNIT)
    assert (value.data(), value.data(EDIT), unit.data()) == ("4605.88", "4605.88", "亿元")
    assert english.index(english.row_of(total.id), C_VALUE).data() == "460.588"
    assert english.index(english.row_of(total.id), C_UNIT).data() == "billion yuan"
    enterprises = _obs(store, "ftz_new_enterprises_cumulative", "2023")      # a count: as stored, ungrouped
    assert chinese.index(chinese.row_of(enterprises.id), C_VALUE).data() == "230000"
    assert english.index(english.row_of(enterprises.id), C_VALUE).data() == "230,000"
    assert chinese.setData(value, "4,605.9", EDIT)
    assert store.observation(total.id).value == 460.59                     # exactly, not 460.59000000000003
    assert chinese.setData(value, chinese.index(row, C_VALUE).data(EDIT), EDIT)    # as shown: nothing written
    assert store.observation(total.id).value == 460.59


def test_a_paste_in_yi_yuan_is_stored_in_billions(qtbot, store):
    tab = DataTab(AppContext(store=store, content=load_content("zh"), undo_stack=QUndoStack()))
    qtbot.addWidget(tab)
    tab.show()
    first, second = _obs(store, "chengdu_goods_exports", "2017"), _obs(store, "chengdu_goods_exports", "2022")
    proxy, model = tab.observation_proxy, tab.observations
    cell = proxy.mapFromSource(model.index(model.row_of(first.id), C_VALUE))
    selection = tab.observation_view.selectionModel()
    selection.setCurrentIndex(cell, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert tab.paste(tab.observation_view, "2538.5\t亿元\r\n")                # the unit as the table shows it
    assert store.observation(first.id).value == 253.85
    assert store.observation(second.id).value == _obs(store, "chengdu_goods_exports", "2022").value
    tab.shutdown()


def test_the_add_form_types_money_in_yi_yuan(qtbot, store):
    dialog = AddObservationDialog(localized(store.dataset(), "zh"), lambda entered: None, "chengdu_goods_exports",
                                  language="zh")
    qtbot.addWidget(dialog)
    assert dialog.unit.text() == "亿元" and dialog.indicator.currentText().startswith("成都市货物出口额")
    dialog.value.setText("2538.5")
    assert dialog.current_input().value == "253.85"
    dialog.indicator.setCurrentIndex(dialog.indicator.findData("ftz_new_enterprises_cumulative"))
    assert dialog.unit.text() == "个" and dialog.current_input().value == "2538.5"
    english = AddObservationDialog(store.dataset(), lambda entered: None, "chengdu_goods_exports")
    qtbot.addWidget(english)
    english.value.setText("253.85")
    assert english.unit.text() == "billion yuan" and english.current_input().value == "253.85"


def test_derived_figures_read_in_chinese_names_numbers_and_units(store):
    from ftz_desktop.core.analysis.derived import compute_derived
    from ftz_desktop.ui.data.models.derived import C_NAME, C_PERIOD, DerivedModel
    from ftz_desktop.ui.data.models.derived import C_UNIT as D_UNIT
    from ftz_desktop.ui.data.models.derived import C_VALUE as D_VALUE

    values = compute_derived(store.dataset())
    chinese, english = DerivedModel(values, language="zh"), DerivedModel(values)
    total = next(v for v in values if v.ok and v.definition.unit == "billion yuan" and v.definition.period == "2017")
    row = chinese.row_of(total.definition.id)
    cells = [chinese.index(row, c).data() for c in (C_NAME, D_VALUE, D_UNIT, C_PERIOD)]
    assert cells[2] == "亿元" and cells[3] == "2017年" and "成都" in cells[0]
    assert float(cells[1]) == pytest.approx(total.value * 10)
    teu = next(v for v in values if v.ok and v.definition.unit == "TEU" and v.value >= 10_000)
    assert chinese.index(chinese.row_of(teu.definition.id), D_UNIT).data() == "万标箱"
    assert english.index(english.row_of(total.definition.id), D_UNIT).data() == "billion yuan"


def test_the_indicators_read_in_chinese_and_their_cells_edit_the_stored_definition(store, events):
    from ftz_desktop.ui.data.models.indicators import C_NAME, C_SECTION, IndicatorsModel
    from ftz_desktop.ui.data.models.indicators import C_UNIT as I_UNIT

    chinese = IndicatorsModel(store, events, language="zh")
    row = chinese.row_of("chengdu_goods_exports")
    name = chinese.index(row, C_NAME)
    assert name.data() == "成都市货物出口额" and name.data(EDIT) == "Chengdu's exports of goods"
    assert name.data(Qt.ItemDataRole.ToolTipRole) == "Stored as: Chengdu's exports of goods"
    assert chinese.index(row, I_UNIT).data() == "十亿元" and chinese.index(row, C_SECTION).data() == "发展现状"
    assert IndicatorsModel(store, events).index(row, C_NAME).data() == "Chengdu's exports of goods"


def test_the_history_of_a_figure_in_chinese_reads_in_the_unit_it_was_typed_in(qtbot, store):
    from ftz_desktop.ui.data.views.history_panel import HistoryPanel

    tab = DataTab(AppContext(store=store, content=load_content("zh"), undo_stack=QUndoStack()))
    qtbot.addWidget(tab)
    tab.show()
    total = _obs(store, "chengdu_goods_trade_total", "2017")
    model = tab.observations
    assert model.setData(model.index(model.row_of(total.id), C_VALUE), "4605.9", EDIT)
    assert isinstance(tab.history, HistoryPanel)
    tab.side.setCurrentWidget(tab.history)
    cell = tab.observation_proxy.mapFromSource(model.index(model.row_of(total.id), C_VALUE))
    tab.observation_view.setCurrentIndex(cell)
    qtbot.waitUntil(lambda: tab.history.model.rowCount() > 0)
    old, new = (tab.history.model.index(0, c).data() for c in (1, 2))
    assert (old, new) == ("4605.88亿元", "4605.9亿元")
    tab.shutdown()

"""Cell editors of the Data tab: chosen by column, filled from the cell, committed through the model."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack, QValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QStyleOptionViewItem, QWidget

from ftz_desktop.ui.context import AppContext
from ftz_desktop.ui.data.data_tab import DataTab
from ftz_desktop.ui.data.models.observations import (
    C_GEOGRAPHY,
    C_NOTE,
    C_PERIOD,
    C_QUALIFIER,
    C_SOURCE,
    C_STATUS,
    C_VALUE,
)
from ftz_desktop.ui.data.views.delegates import PeriodValidator


@pytest.fixture
def tab(qtbot, store, content):
    widget = DataTab(AppContext(store=store, content=content, undo_stack=QUndoStack()))
    qtbot.addWidget(widget)
    yield widget
    widget.shutdown()


def _editor(tab, obs_id, column):
    view = tab.observation_view
    index = tab.observation_proxy.mapFromSource(tab.observations.index(tab.observations.row_of(obs_id), column))
    delegate = view.itemDelegate()
    parent = QWidget()
    editor = delegate.createEditor(parent, QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    return delegate, editor, index, parent


def _obs(store, indicator_id, period):
    return next(o for o in store.dataset().observations if o.indicator_id == indicator_id and o.period == period)


@pytest.mark.parametrize("column, kind, current, count", [
    (C_STATUS, QComboBox, "A", 4),
    (C_QUALIFIER, QComboBox, "nearly", 5),
    (C_SOURCE, QComboBox, "study-2.1", None),
    (C_GEOGRAPHY, QComboBox, "SC-FTZ", None),
    (C_VALUE, QLineEdit, None, None),
    (C_PERIOD, QLineEdit, None, None),
])
def test_each_column_gets_its_editor_filled_from_the_cell(tab, store, column, kind, current, count):
    obs = _obs(store, "ftz_share_province_fdi", "2023")          # 25, "nearly", SC-FTZ, study-2.1
    _, editor, index, _parent = _editor(tab, obs.id, column)
    assert isinstance(editor, kind)
    if kind is QComboBox:
        assert editor.currentData() == current
        assert count is None or editor.count() == count
    else:
        assert editor.text() == index.data(Qt.ItemDataRole.EditRole)
    if column == C_PERIOD:
        assert isinstance(editor.validator(), PeriodValidator) and "2023-Q1" in editor.placeholderText()


def test_choosing_from_a_drop_down_commits_through_the_store(tab, store):
    obs = _obs(store, "ftz_share_province_fdi", "2023")
    delegate, editor, index, _parent = _editor(tab, obs.id, C_STATUS)
    editor.setCurrentIndex(editor.findData("E"))
    delegate.setModelData(editor, tab.observation_proxy, index)
    assert store.observation(obs.id).status == "E" and index.data() == "E · Estimated"
    assert tab._context.undo_stack.undoText().startswith(
        "Edit status of Zone's share of the province's foreign direct investment")


def test_a_note_with_line_breaks_is_edited_without_losing_them(tab, store):
    obs = _obs(store, "sichuan_trade_bri", "2013")
    store.update_observation(obs.id, "note", "first line\nsecond line")
    delegate, editor, index, _parent = _editor(tab, obs.id, C_NOTE)
    assert isinstance(editor, QPlainTextEdit) and editor.toPlainText() == "first line\nsecond line"
    editor.setPlainText("first line\nsecond line\n第三行")
    delegate.setModelData(editor, tab.observation_proxy, index)
    assert store.observation(obs.id).note == "first line\nsecond line\n第三行"
    _, plain, _, _parent2 = _editor(tab, _obs(store, "sichuan_trade_bri", "2022").id, C_NOTE)
    assert isinstance(plain, QLineEdit)


@pytest.mark.parametrize("text, state", [
    ("2022", QValidator.State.Acceptable), ("2023-Q1", QValidator.State.Acceptable),
    ("2023q1", QValidator.State.Acceptable), ("2022-04", QValidator.State.Acceptable),
    ("2022-04-30", QValidator.State.Acceptable), ("2013/2022", QValidator.State.Acceptable),
    ("20", QValidator.State.Intermediate), ("2023-Q", QValidator.State.Intermediate),
    ("2013/20", QValidator.State.Intermediate), ("", QValidator.State.Intermediate),
    ("abc", QValidator.State.Invalid), ("2022-Q5", QValidator.State.Invalid), ("2022.5", QValidator.State.Invalid),
    # the store's digit rule: full-width digits are typed by Chinese input methods; other scripts' digits never
    ("２０２２", QValidator.State.Acceptable), ("２０２３ｑ１", QValidator.State.Acceptable),
    ("２０", QValidator.State.Intermediate), ("٢٠٢٢", QValidator.State.Invalid), ("२०२२", QValidator.State.Invalid),
    ("2023-02-30", QValidator.State.Intermediate),
])
def test_the_period_editor_follows_the_period_rule(text, state):
    assert PeriodValidator().validate(text, len(text))[0] == state

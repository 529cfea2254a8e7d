"""Editing in the Data tab: typed values through the store, refusals shown next to the cell, paste all or
nothing, and undo/redo of every kind of change through the shared undo stack."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QToolTip

from ftz_desktop.core.domain.model import Source
from ftz_desktop.ui.data.models.observations import C_INDICATOR, C_NOTE, C_VALUE


@pytest.fixture(autouse=True)
def _message_boxes(dialogs):
    """No test here opens a real message box."""


@pytest.fixture
def tab(data_tab):
    return data_tab


@pytest.fixture
def warnings(dialogs):
    return dialogs.texts("warning")


def _obs(store, indicator_id, period=None):
    return next(o for o in store.dataset().observations
                if o.indicator_id == indicator_id and (period is None or o.period == period))


def _cell(tab, obs_id, column):
    """The observation's cell in the view's coordinates."""
    proxy = tab.observation_proxy
    return proxy.mapFromSource(tab.observations.index(tab.observations.row_of(obs_id), column))


def _select(tab, cells):
    selection = tab.observation_view.selectionModel()
    selection.clear()
    for index in cells:
        selection.select(index, QItemSelectionModel.SelectionFlag.Select)
    selection.setCurrentIndex(cells[0], QItemSelectionModel.SelectionFlag.NoUpdate)


def test_typing_a_value_commits_it_and_shows_it(qtbot, tab, store, figure_sources):
    tab.show()
    qtbot.waitExposed(tab)
    obs = _obs(store, "sichuan_trade_bri", "2022")
    index = _cell(tab, obs.id, C_VALUE)
    view = tab.observation_view
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "378.87"
    editor.selectAll()
    qtbot.keyClicks(editor, "1,234.5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)          # the delegate commits on the next event loop pass
    qtbot.waitUntil(lambda: store.observation(obs.id).value == 1234.5)
    assert index.data() == "1,234.5"
    stack = tab._context.undo_stack
    # The undo step names the figure; the new figure carries the source the clerk gave, not the study's.
    assert stack.count() == 1
    assert stack.undoText() == "Edit Sichuan's trade in goods with Belt and Road countries (Sichuan Province), 2022"
    assert store.observation(obs.id).source_id == figure_sources.SOURCE_ID and len(figure_sources.requests) == 1


@pytest.mark.parametrize("indicator, typed, reason", [
    ("sichuan_trade_bri", "abc", "'abc' is not a number"),
    ("ftz_share_province_fdi", "150", "above the maximum 100"),
    ("sichuan_trade_bri", "12%", "is a percentage"),
])
def test_a_refused_value_returns_false_shows_why_and_keeps_the_old_value(tab, store, indicator, typed, reason):
    obs = _obs(store, indicator)
    index = _cell(tab, obs.id, C_VALUE)
    shown_before = index.data()
    assert tab.observation_proxy.setData(index, typed, Qt.ItemDataRole.EditRole) is False
    assert reason in tab.status_line.text() and "old value is kept" in tab.status_line.text()
    assert tab.status_line.text().startswith(f"Row {index.row() + 1}, Value:")
    assert QToolTip.isVisible() and reason in QToolTip.text()             # shown next to the cell too
    assert store.observation(obs.id).value == obs.value and index.data() == shown_before
    assert tab._context.undo_stack.count() == 0


def test_typing_what_is_there_adds_no_undo_step(tab, store):
    obs = _obs(store, "sichuan_trade_bri")
    index = _cell(tab, obs.id, C_VALUE)
    assert tab.observation_proxy.setData(index, index.data(Qt.ItemDataRole.EditRole), Qt.ItemDataRole.EditRole)
    assert tab.observation_proxy.setData(index, "153.530", Qt.ItemDataRole.EditRole)   # same number
    assert tab._context.undo_stack.count() == 0
    assert len(store.history.audit(table="observations", row_key=obs.id)) == 1      # only its creation


def test_undo_and_redo_of_an_edit_are_audited_changes(tab, store):
    obs = _obs(store, "sichuan_trade_bri")
    index = _cell(tab, obs.id, C_VALUE)
    assert tab.observation_proxy.setData(index, "200", Qt.ItemDataRole.EditRole)
    stack = tab._context.undo_stack
    stack.undo()
    assert store.observation(obs.id).value == obs.value and index.data() == "153.53"
    stack.redo()
    assert store.observation(obs.id).value == 200 and index.data() == "200"
    labels = [row.label for row in store.history.audit(table="observations", row_key=obs.id, column="value")]
    assert labels[0].startswith("Redo: Edit Sichuan's trade") and labels[1].startswith("Undo: Edit Sichuan's trade")


def test_a_good_paste_is_one_step_and_undoes_as_one(tab, store, warnings, dialogs, figure_sources):
    store.add_source(Source(id="sc-yearbook-2024", title="Sichuan Statistical Yearbook 2024"))
    first, second = _obs(store, "sichuan_trade_bri", "2013"), _obs(store, "sichuan_trade_bri", "2022")
    _select(tab, [_cell(tab, first.id, C_VALUE)])
    # value, unit (fixed: pasted unchanged), qualifier, status, source, note; as Excel copies them
    text = ("160\tbillion yuan\tabout\tE\tsc-yearbook-2024\t四川 \"note\"\r\n"
            "\"390.5\"\tbillion yuan\t\tA\tsc-yearbook-2024\t\"two\nlines\"\r\n")
    assert tab.paste(tab.observation_view, text)
    assert warnings == [] and figure_sources.requests == []      # the paste gave its own source
    now = store.observation(first.id)
    assert (now.value, now.qualifier, now.status, now.note) == (160, "about", "E", '四川 "note"')
    assert store.observation(second.id).value == 390.5 and store.observation(second.id).note == "two\nlines"
    stack = tab._context.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Paste 10 cells"
    pasted = {row.batch_id for row in store.history.audit(table="observations") if row.label == "Paste 10 cells"}
    assert len(pasted) == 1
    stack.undo()
    assert store.observation(first.id) == first and store.observation(second.id) == second
    stack.redo()
    assert store.observation(second.id).note == "two\nlines"


def test_a_bad_paste_writes_nothing_and_names_every_bad_cell(tab, store, warnings):
    rows = [o for o in store.dataset().observations if o.indicator_id.startswith("ftz_share_province")][:3]
    tab.observation_proxy.sort(-1)
    cells = [_cell(tab, o.id, C_VALUE) for o in rows]
    assert [c.row() for c in cells] == list(range(cells[0].row(), cells[0].row() + 3))
    _select(tab, [cells[0]])
    before = store.dataset().observations
    audit_before = len(store.history.audit())
    assert tab.paste(tab.observation_view, "12\r\nabc\r\n-5\r\n") is False
    assert store.dataset().observations == before and len(store.history.audit()) == audit_before
    assert tab._context.undo_stack.count() == 0
    (message,) = warnings
    assert message.startswith("Nothing was pasted: 2 cells were refused.")
    named = (store.dataset().indicators[rows[1].indicator_id].name, store.dataset().geography_name(rows[1].geography))
    assert f"Row {cells[1].row() + 1} ({named[0]} · {named[1]} · {rows[1].period}), Value: " \
           "'abc' is not a number" in message
    assert f"Row {cells[2].row() + 1} (" in message and "below the minimum 0" in message


def test_pasted_rows_that_do_not_line_up_are_refused_with_every_bad_cell(tab, store, warnings):
    target = _obs(store, "sichuan_trade_bri", "2013")
    _select(tab, [_cell(tab, target.id, C_INDICATOR)])
    assert tab.paste(tab.observation_view, "chengdu_goods_exports\tSC\t2013\tlots\r\n") is False
    (message,) = warnings
    assert "Indicator: 'chengdu_goods_exports' is not this row's 'sichuan_trade_bri'" in message
    assert "Value: 'lots' is not a number" in message
    assert store.observation(target.id) == target


def test_a_paste_that_does_not_fit_is_refused_whole(tab, store, warnings):
    last = tab.observation_proxy.index(tab.observation_proxy.rowCount() - 1, C_NOTE)
    _select(tab, [last])
    before = store.dataset().observations
    assert tab.paste(tab.observation_view, "a\r\nb\r\n") is False
    assert "2 rows, but only 1 rows" in warnings[0] and store.dataset().observations == before


def test_one_copied_cell_fills_the_selection_and_copy_gives_excel_text(qtbot, tab, store, warnings):
    rows = [o for o in store.dataset().observations if o.indicator_id == "chengdu_goods_exports"][:3]
    cells = [_cell(tab, o.id, C_NOTE) for o in rows]
    _select(tab, cells)
    assert tab.paste(tab.observation_view, "checked 2024\r\n")
    assert all(store.observation(o.id).note == "checked 2024" for o in rows)
    tab.copy(tab.observation_view)
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "checked 2024\r\n" * 3


def test_delete_key_clears_cells_as_one_step_and_refuses_an_empty_reported_value(tab, store, warnings):
    obs = _obs(store, "sichuan_trade_bri", "2013")
    _select(tab, [_cell(tab, obs.id, C_NOTE)])
    tab.clear(tab.observation_view)
    assert store.observation(obs.id).note == "" and tab._context.undo_stack.count() == 1
    _select(tab, [_cell(tab, obs.id, C_VALUE)])
    tab.clear(tab.observation_view)
    assert "set status M" in warnings[0] and store.observation(obs.id).value == obs.value
    tab._context.undo_stack.undo()
    assert store.observation(obs.id).note == obs.note


def test_an_undo_the_data_moved_past_is_refused_and_changes_nothing(qtbot, tab, store, dialogs):
    obs = _obs(store, "sichuan_trade_bri")
    assert tab.observation_proxy.setData(_cell(tab, obs.id, C_VALUE), "201", Qt.ItemDataRole.EditRole)
    store.update_observation(obs.id, "value", "202", "Edit in another window")
    stack = tab._context.undo_stack
    stack.undo()
    assert store.observation(obs.id).value == 202
    assert stack.count() == 0
    assert "was not possible; nothing was changed" in tab.status_line.text()
    qtbot.waitUntil(lambda: len(dialogs.texts("warning")) == 1)      # shown after the undo returns
    assert "observation 1 (value) has changed since" in dialogs.texts("warning")[0]


def test_editing_indicators_goes_through_the_store(tab, store):
    proxy = tab.indicator_proxy
    row = tab.indicators.row_of("sichuan_trade_bri")
    maximum = proxy.mapFromSource(tab.indicators.index(row, 5))
    assert proxy.setData(maximum, "-1", Qt.ItemDataRole.EditRole) is False
    assert "below the minimum 0" in tab.status_line.text()
    assert store.indicators()["sichuan_trade_bri"].max_value is None
    name = proxy.mapFromSource(tab.indicators.index(row, 1))
    assert proxy.setData(name, "四川与“一带一路”国家贸易", Qt.ItemDataRole.EditRole) is True
    assert name.data() == store.indicators()["sichuan_trade_bri"].name == "四川与“一带一路”国家贸易"
    tab._context.undo_stack.undo()
    assert store.indicators()["sichuan_trade_bri"].name == "Sichuan's trade in goods with Belt and Road countries"
    assert name.flags() & Qt.ItemFlag.ItemIsEditable
    assert not proxy.mapFromSource(tab.indicators.index(row, 0)).flags() & Qt.ItemFlag.ItemIsEditable


def test_a_disk_full_write_keeps_the_typed_value_and_retries(tab, store, dialogs, monkeypatch):
    """Reliability: the disk was full; the user frees space and presses Retry; nothing typed is lost."""
    from ftz_desktop.core.errors import DiskFullError

    obs = _obs(store, "fortune500_in_ftz", "2023")
    real = store.apply_changes
    failures = [DiskFullError("Disk full — your last change was not saved.")]

    def flaky(*args, **kwargs):
        if failures:
            raise failures.pop()
        return real(*args, **kwargs)

    monkeypatch.setattr(store, "apply_changes", flaky)
    dialogs.answers.append(QMessageBox.StandardButton.Retry)
    index = tab.observations.index(tab.observations.row_of(obs.id), C_VALUE)
    assert tab.observations.setData(index, "105", Qt.ItemDataRole.EditRole)
    assert "Disk full" in dialogs.texts("question")[0]
    assert store.observation(obs.id).value == 105


def test_a_disk_full_write_cancelled_keeps_the_old_value(tab, store, dialogs, monkeypatch):
    from ftz_desktop.core.errors import DiskFullError

    obs = _obs(store, "fortune500_in_ftz", "2023")

    def full(*args, **kwargs):
        raise DiskFullError("Disk full — your last change was not saved.")

    monkeypatch.setattr(store, "apply_changes", full)
    index = tab.observations.index(tab.observations.row_of(obs.id), C_VALUE)
    assert not tab.observations.setData(index, "105", Qt.ItemDataRole.EditRole)   # the dialog is answered Cancel
    assert store.observation(obs.id).value == 104


def test_a_likely_slip_is_asked_about_and_no_keeps_the_old_value(tab, store, dialogs):
    obs = _obs(store, "chengdu_goods_imports", "2022")
    index = _cell(tab, obs.id, C_VALUE)
    assert tab.observation_proxy.setData(index, "1.2万", Qt.ItemDataRole.EditRole) is False   # answered No
    asked = dialogs.texts("question")
    assert len(asked) == 1 and "did you mean 1.2万亿?" in asked[0]
    assert store.observation(obs.id) == obs and tab._context.undo_stack.count() == 0


def test_a_likely_slip_confirmed_is_written_as_typed_in_one_undo_step(tab, store, dialogs):
    obs = _obs(store, "chengdu_goods_imports", "2022")
    dialogs.answers.append(QMessageBox.StandardButton.Yes)
    assert tab.observation_proxy.setData(_cell(tab, obs.id, C_VALUE), "1.2万", Qt.ItemDataRole.EditRole)
    assert store.observation(obs.id).value == pytest.approx(0.000012)
    assert tab._context.undo_stack.count() == 1


def test_a_paste_with_slips_asks_once_for_all_of_them(tab, store, dialogs, warnings):
    first, second = _obs(store, "sichuan_trade_bri", "2013"), _obs(store, "sichuan_trade_bri", "2022")
    _select(tab, [_cell(tab, first.id, C_VALUE)])
    assert not tab.paste(tab.observation_view, "1.5万\r\n3.9万\r\n")          # answered No: nothing written
    (asked,) = dialogs.texts("question")           # one question for the two slips
    assert asked.count("•") == 2 and asked.count("of the usual size of this indicator") == 2
    assert store.observation(first.id) == first and store.observation(second.id) == second



def test_a_paste_over_the_studys_figures_asks_their_source_once_and_cancel_writes_nothing(
        tab, store, figure_sources, warnings):
    first, gap = _obs(store, "sichuan_trade_bri", "2013"), _obs(store, "chengdu_goods_exports", "2018")
    assert gap.status == "M"
    figure_sources.answer = None                      # the clerk closes the question
    _select(tab, [_cell(tab, first.id, C_VALUE)])
    assert not tab.paste(tab.observation_view, "160\r\n")
    (request,) = figure_sources.requests
    assert (request.figures, request.gaps, request.study_figures) == (1, 0, 1)
    assert warnings == ["Nothing was pasted: new figures need the source they come from (none was chosen)"]
    assert store.observation(first.id) == first and tab._context.undo_stack.count() == 0


def test_a_filled_gap_takes_the_source_and_status_given_and_undoes_whole(tab, store, figure_sources):
    from ftz_desktop.ui.data.actions.provenance import FigureSource

    gap = _obs(store, "chengdu_goods_exports", "2018")
    store.add_source(Source(id="cd-notes", title="Notes from a call with Chengdu Customs"))
    figure_sources.answer = FigureSource("cd-notes", "E")
    assert tab.observation_proxy.setData(_cell(tab, gap.id, C_VALUE), "260", Qt.ItemDataRole.EditRole)
    (request,) = figure_sources.requests
    assert (request.gaps, request.study_figures) == (1, 0)
    filled = store.observation(gap.id)
    assert (filled.value, filled.status, filled.source_id) == (260, "E", "cd-notes")
    tab._context.undo_stack.undo()
    assert store.observation(gap.id) == gap


def test_a_paste_that_gives_its_own_source_is_not_asked_about(tab, store, dialogs, figure_sources):
    store.add_source(Source(id="sc-yearbook-2024", title="Sichuan Statistical Yearbook 2024"))
    first = _obs(store, "sichuan_trade_bri", "2013")
    _select(tab, [_cell(tab, first.id, C_VALUE)])
    # value, unit, qualifier, status, source: the new figure cites the yearbook, not the study
    assert tab.paste(tab.observation_view, "160\tbillion yuan\t\tA\tsc-yearbook-2024\r\n")
    assert dialogs.texts("question") == [] and figure_sources.requests == []
    assert store.observation(first.id).source_id == "sc-yearbook-2024"


def test_a_refusal_clears_when_the_next_change_succeeds(tab, store):
    obs = _obs(store, "sichuan_trade_bri", "2013")
    assert tab.observation_proxy.setData(_cell(tab, obs.id, C_VALUE), "abc", Qt.ItemDataRole.EditRole) is False
    assert "not a number" in tab.status_line.text()
    assert tab.observation_proxy.setData(_cell(tab, obs.id, C_NOTE), "checked", Qt.ItemDataRole.EditRole)
    assert "not a number" not in tab.status_line.text()

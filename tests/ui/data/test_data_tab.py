"""The Data tab as a whole: filters and show_indicator, problems in place and in the list, derived figures,
history, snapshots, adding and deleting rows, and Ctrl+Z / Ctrl+Y through the main window."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QInputDialog, QMessageBox

from ftz_desktop.core.domain.model import Indicator, Source
from ftz_desktop.ui.context import AppContext
from ftz_desktop.ui.data.data_tab import INDICATORS, OBSERVATIONS, DataTab
from ftz_desktop.ui.data.dialogs.add_indicator import AddIndicatorDialog
from ftz_desktop.ui.data.dialogs.add_observation import AddObservationDialog
from ftz_desktop.ui.data.dialogs.snapshots import SnapshotsDialog
from ftz_desktop.ui.data.models.derived import C_VALUE as D_VALUE
from ftz_desktop.ui.data.models.filter_proxy import ObservationFilter
from ftz_desktop.ui.data.models.observations import C_NOTE, C_VALUE


@pytest.fixture(autouse=True)
def _message_boxes(dialogs):
    """No test here opens a real message box."""


@pytest.fixture
def tab(data_tab):
    return data_tab


def _obs(store, indicator_id, period=None):
    return next(o for o in store.dataset().observations
                if o.indicator_id == indicator_id and (period is None or o.period == period))


def _shown(tab):
    proxy = tab.observation_proxy
    return [tab.observations.observation_at(proxy.mapToSource(proxy.index(r, 0)).row())
            for r in range(proxy.rowCount())]


def _edit(tab, obs_id, column, text):
    proxy = tab.observation_proxy
    index = proxy.mapFromSource(tab.observations.index(tab.observations.row_of(obs_id), column))
    return proxy.setData(index, text, Qt.ItemDataRole.EditRole)


def test_show_indicator_filters_to_it_and_selects_its_first_value(tab, store):
    tab.tables.setCurrentIndex(INDICATORS)
    tab.show_indicator("chengdu_goods_exports")
    assert tab.tables.currentIndex() == OBSERVATIONS
    rows = _shown(tab)
    expected = [o for o in store.dataset().observations if o.indicator_id == "chengdu_goods_exports"]
    assert {o.id for o in rows} == {o.id for o in expected}
    assert tab.filter_bar.current() == ObservationFilter(indicator="chengdu_goods_exports")
    assert tab.observation_view.currentIndex().row() == 0 and tab.observation_view.currentIndex().column() == C_VALUE
    assert tab.tables.tabText(OBSERVATIONS) == f"Observations ({len(expected)} of {len(store.dataset().observations)})"
    tab.show_indicator("no_such_indicator")
    assert "no indicator 'no_such_indicator'" in tab.status_line.text()
    assert len(_shown(tab)) == len(expected)


def test_show_indicator_from_the_main_window_builds_and_filters_the_tab(qtbot, store, content):
    from ftz_desktop.ui.main_window import MainWindow

    window = MainWindow(store, content)
    qtbot.addWidget(window)
    window.context.show_indicator("sichuan_trade_bri")
    data = window.tab_widget("data")
    assert isinstance(data, DataTab) and {o.indicator_id for o in _shown(data)} == {"sichuan_trade_bri"}
    data.shutdown()


def test_the_search_box_filters_every_table(qtbot, tab):
    with qtbot.waitSignal(tab.filter_bar.filters_changed):
        tab.filter_bar.search.setText("Luzhou")
    assert _shown(tab) and all("luzhou" in tab.observations.search_text(
        tab.observations.row_of(o.id)) for o in _shown(tab))
    assert 0 < tab.indicator_proxy.rowCount() < tab.indicators.rowCount()
    tab.filter_bar.clear()
    assert len(_shown(tab)) == tab.observations.rowCount()


def test_problems_are_listed_shown_in_place_and_jump_to_their_cell(tab, store):
    findings = tab.problems.findings()
    inconsistent = next(f for f in findings if f.kind == "inconsistent")
    stated = store.dataset().get(*inconsistent.key.split("|"))
    row = tab.observations.row_of(stated.id)
    value = tab.observations.index(row, C_VALUE)
    assert inconsistent.message in value.data(Qt.ItemDataRole.ToolTipRole)
    assert not value.data(Qt.ItemDataRole.DecorationRole).isNull()
    tab.filter_bar.set_filter(ObservationFilter(indicator="sichuan_trade_bri"))     # hides the stated figure
    tab.problems.activate_row(findings.index(inconsistent))
    current = tab.observation_view.currentIndex()
    assert tab.observation_proxy.mapToSource(current) == value
    assert tab.status_line.text() == inconsistent.message
    assert tab.side.tabText(0) == f"Problems ({len(findings)})"


def test_derived_figures_are_read_only_computed_and_follow_edits(qtbot, tab, store, dialogs):
    derived = tab.derived
    row = derived.row_of("chengdu_trade_total_2022_computed")
    value = derived.index(row, D_VALUE)
    assert not value.flags() & Qt.ItemFlag.ItemIsEditable
    assert value.data(Qt.ItemDataRole.ToolTipRole).startswith("Computed: ")
    assert value.data(Qt.ItemDataRole.FontRole).italic()
    assert derived.headerData(D_VALUE, Qt.Orientation.Horizontal) == "Value (computed)"
    exports = _obs(store, "chengdu_goods_exports", "2022")
    with qtbot.waitSignal(tab.analysis_updated):
        assert _edit(tab, exports.id, C_VALUE, "600")
    assert value.data() == "934.13"
    assert tab.paste(tab.derived_view, "1") is False
    assert dialogs.texts("warning") == ["This table cannot be changed by pasting."]


def test_history_lists_the_edit_of_the_selected_cell(qtbot, tab, store):
    tab.show()
    tab.side.setCurrentWidget(tab.history)
    obs = _obs(store, "sichuan_trade_bri", "2013")
    assert _edit(tab, obs.id, C_VALUE, "155")
    index = tab.observation_proxy.mapFromSource(tab.observations.index(tab.observations.row_of(obs.id), C_VALUE))
    tab.observation_view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    model = tab.history.model
    texts = [model.row_texts(r) for r in range(model.rowCount())]
    assert texts[0][1:3] == ("153.53", "155") and texts[0][4] == "changed"
    assert texts[0][6] == f"observation {obs.id} · value"
    assert texts[0][5] == "Edit Sichuan's trade in goods with Belt and Road countries (Sichuan Province), 2013"
    assert texts[-1][4] == "added"
    assert texts[-1][1:3] == ("—", "153.53")          # the cell's value when its row was added
    tab._context.undo_stack.undo()
    assert model.row_texts(0)[1:3] == ("155", "153.53") and model.row_texts(0)[5].startswith("Undo: ")
    tab.history.scope.setCurrentIndex(2)
    assert tab.history.model.rowCount() >= 3
    tab.history.filter.setText("Undo:")
    assert tab.history.proxy.rowCount() == 2        # the row's value and the source the new figure had


def test_snapshots_compare_and_restore_as_one_undo_step(qtbot, tab, store, monkeypatch, dialogs):
    obs = _obs(store, "sichuan_trade_bri", "2013")
    dialog = SnapshotsDialog(store, tab.editor.create_snapshot, tab.editor.restore_snapshot, tab)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Before the 2024 update", True))
    dialog.take_button.click()
    assert dialog.list_model.rowCount() == 1 and dialog.list_model.row_texts(0)[0] == "Before the 2024 update"
    assert _edit(tab, obs.id, C_VALUE, "170") and _edit(tab, obs.id, C_NOTE, "revised")
    dialog.compare_button.click()
    diffs = [dialog.diff_model.row_texts(r) for r in range(dialog.diff_model.rowCount())]
    assert ("changed", "observations", "sichuan_trade_bri · SC · 2013", "value", "153.53", "170") in diffs
    assert "3 values changed" in dialog.message.text()       # the value, its new source, the note
    dialogs.answers.append(QMessageBox.StandardButton.Yes)
    asked = dialogs.texts("question")
    steps = tab._context.undo_stack.count()
    dialog.restore_button.click()
    assert "Before the 2024 update" in asked[0]
    assert store.observation(obs.id) == obs
    assert tab.observations.index(tab.observations.row_of(obs.id), C_VALUE).data() == "153.53"
    stack = tab._context.undo_stack
    assert stack.count() == steps + 1 and stack.undoText() == "Restore snapshot 'Before the 2024 update'"
    stack.undo()
    assert store.observation(obs.id).value == 170 and store.observation(obs.id).note == "revised"


def test_add_observation_dialog_shows_refusals_then_adds_as_one_undo_step(qtbot, tab, store, monkeypatch):
    store.add_source(Source(id="sc-yearbook-2024", title="Sichuan Statistical Yearbook 2024", publisher="Sichuan"))
    tab.filter_bar.set_filter(ObservationFilter(indicator="sichuan_trade_bri"))
    seen = {}

    def run(dialog):
        seen["indicator"] = dialog.indicator.currentData()
        seen["sources"] = [dialog.source.itemData(i) for i in range(dialog.source.count())]
        seen["status"] = dialog.status.currentData()
        dialog.geography.setCurrentIndex(dialog.geography.findData("SC"))
        dialog.value.setText("lots")
        dialog.period.setText("2030")
        dialog._on_add()
        seen["errors"] = dialog.errors.text()
        dialog.value.setText("401.2")
        dialog._on_add()
        return dialog.result()

    monkeypatch.setattr(AddObservationDialog, "exec", run)
    count = len(store.dataset().observations)
    tab.add_observation()
    assert seen["indicator"] == "sichuan_trade_bri" and "Value: 'lots' is not a number" in seen["errors"]
    # only staff sources are offered (a new figure cannot cite the study); a publication makes it "reported"
    assert seen["sources"] == ["sc-yearbook-2024"] and seen["status"] == "A"
    added = store.dataset().get("sichuan_trade_bri", "SC", "2030")
    assert added.value == 401.2 and len(store.dataset().observations) == count + 1
    current = tab.observation_view.currentIndex()
    assert tab.observations.observation_at(tab.observation_proxy.mapToSource(current).row()).id == added.id
    stack = tab._context.undo_stack
    stack.undo()
    assert store.dataset().get("sichuan_trade_bri", "SC", "2030") is None and tab.observations.row_of(added.id) is None
    stack.redo()
    assert store.dataset().get("sichuan_trade_bri", "SC", "2030").value == 401.2


def test_deleting_a_figure_others_use_asks_first_and_names_them(tab, store, dialogs):
    stated = _obs(store, "chengdu_goods_exports", "2022")
    index = tab.observation_proxy.mapFromSource(tab.observations.index(tab.observations.row_of(stated.id), C_VALUE))
    tab.observation_view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    dialogs.answers[:] = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    questions = dialogs.texts("question")
    tab.delete_selected()
    assert "derived figure" in questions[0] and "chart" in questions[0]
    assert store.observation(stated.id) == stated
    tab.delete_selected()
    assert stated.key not in {o.key for o in store.dataset().observations}
    tab._context.undo_stack.undo()
    assert store.observation(stated.id) == stated
    assert tab.observations.row_of(stated.id) is not None
    tab._context.undo_stack.redo()
    assert stated.key not in {o.key for o in store.dataset().observations}
    assert tab.observations.row_of(stated.id) is None


def test_deleting_an_unused_observation_does_not_ask(tab, store, monkeypatch, dialogs):
    store.add_source(Source(id="staff-notes", title="Staff notes"))
    added = store.add_observation("sichuan_trade_bri", "SC-FTZ", "2019", "1", source_id="staff-notes")
    monkeypatch.setattr("ftz_desktop.ui.data.actions.rows.observation_dependents", lambda *a: [])
    index = tab.observation_proxy.mapFromSource(tab.observations.index(tab.observations.row_of(added.id), C_VALUE))
    tab.observation_view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    tab.delete_selected()
    assert tab.observations.row_of(added.id) is None and "Edit › Undo" in tab.status_line.text()
    assert dialogs.texts("question") == []


def test_an_indicator_is_added_and_deleted_with_its_observations_undoably(tab, store, monkeypatch, dialogs):
    def run(dialog):
        values = {"id": "port_calls", "name": "Port calls", "unit": "count", "decimals": "x"}
        for key, text in values.items():
            dialog.fields[key].setText(text)
        dialog._on_add()
        assert "Decimals: 'x'" in dialog.errors.text() and "Name:" not in dialog.errors.text()
        dialog.fields["decimals"].setText("0")
        dialog._on_add()
        return dialog.result()

    monkeypatch.setattr(AddIndicatorDialog, "exec", run)
    tab.add_indicator()
    assert store.indicators()["port_calls"] == Indicator(id="port_calls", name="Port calls", unit="count")
    assert tab.tables.currentIndex() == INDICATORS
    tab.indicator_view.setCurrentIndex(tab.indicator_proxy.mapFromSource(
        tab.indicators.index(tab.indicators.row_of("sichuan_trade_bri"), 0)))
    dialogs.answers.append(QMessageBox.StandardButton.Yes)
    questions = dialogs.texts("question")
    count = len(store.dataset().observations)
    tab.delete_selected()
    assert "its 2 observations" in questions[0] and "derived figure" in questions[0]
    assert "sichuan_trade_bri" not in store.indicators() and len(store.dataset().observations) == count - 2
    tab._context.undo_stack.undo()
    assert "sichuan_trade_bri" in store.indicators() and len(store.dataset().observations) == count
    assert tab.indicators.row_of("sichuan_trade_bri") is not None
    tab._context.undo_stack.redo()
    assert "sichuan_trade_bri" not in store.indicators() and tab.indicators.row_of("sichuan_trade_bri") is None


@pytest.fixture
def window(main_window):
    return main_window


def test_ctrl_z_undoes_in_and_out_of_the_data_tab(qtbot, window, store):
    data = window.select_tab("data")
    obs = _obs(store, "sichuan_trade_bri", "2013")
    assert _edit(data, obs.id, C_VALUE, "199")
    data.observation_view.setFocus()
    qtbot.keyClick(data.observation_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.observation(obs.id).value == 153.53
    window.redo_action.trigger()
    assert store.observation(obs.id).value == 199
    window.select_tab("overview")
    qtbot.keyClick(window.tabs, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert store.observation(obs.id).value == 153.53
    assert data.observations.index(data.observations.row_of(obs.id), C_VALUE).data() == "153.53"


def test_ctrl_y_redoes_in_and_out_of_the_data_tab(qtbot, window, store):
    data = window.select_tab("data")
    obs = _obs(store, "sichuan_trade_bri", "2013")
    assert _edit(data, obs.id, C_VALUE, "199")
    window.undo_action.trigger()
    data.observation_view.setFocus()
    qtbot.keyClick(data.observation_view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert store.observation(obs.id).value == 199


def test_a_read_only_workspace_can_be_read_but_not_edited(qtbot, tmp_path, content, dialogs):
    from ftz_desktop.core.store.workspace import WorkspaceStore

    path = tmp_path / "ro.ftzdb"
    WorkspaceStore.open(path).close()
    with WorkspaceStore.open(path, read_only=True) as store:
        widget = DataTab(AppContext(store=store, content=content, undo_stack=QUndoStack()))
        qtbot.addWidget(widget)
        index = widget.observation_proxy.index(0, C_VALUE)
        assert not index.flags() & Qt.ItemFlag.ItemIsEditable
        assert not widget.buttons["add_observation"].isEnabled() and widget.buttons["export"].isEnabled()
        shown = dialogs.texts("warning")
        widget.observation_view.setCurrentIndex(index)
        assert widget.paste(widget.observation_view, "1") is False and "read-only" in shown[0]
        widget.shutdown()


def test_the_snapshots_button_opens_the_dialog_over_the_workspace(tab, store, monkeypatch):
    opened = []
    monkeypatch.setattr(SnapshotsDialog, "exec", lambda dialog: opened.append(dialog.list_model.rowCount()) or 0)
    store.snapshots.create("kept")
    tab.buttons["snapshots"].click()
    assert opened == [1]


def test_problems_and_history_lists_can_be_copied(tab):
    from PySide6.QtGui import QGuiApplication

    tab.problems.view.selectRow(0)
    tab.problems.view.copy_requested.emit()
    assert QGuiApplication.clipboard().text().rstrip("\r\n").endswith(tab.problems.findings()[0].message)


def test_a_long_problem_wraps_into_a_taller_row_instead_of_being_cut(qtbot):
    from ftz_desktop.core.analysis.checks import Finding
    from ftz_desktop.ui.data.views.problems_panel import ProblemsPanel

    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 500)
    panel.show()
    long = "The study gives 10.9% a year; its own 2013 and 2022 values imply 10.56% a year. " * 4
    panel.set_findings([Finding("warning", "gap", "Short."), Finding("warning", "inconsistent", long)])
    qtbot.waitUntil(lambda: panel.view.rowHeight(1) > 3 * panel.view.rowHeight(0))
    assert "material" in panel.summary.text()
    header = panel.view.horizontalHeader()                 # the message fits the panel: nothing runs off
    assert header.sectionPosition(1) + header.sectionSize(1) <= panel.view.viewport().width()


def test_the_history_names_the_current_cells_figure_as_the_table_does(qtbot, tab, store):
    obs = next(o for o in store.dataset().observations if o.indicator_id == "chengdu_goods_exports")
    source = tab.observations.index(tab.observations.row_of(obs.id), C_NOTE)
    tab.observation_view.setCurrentIndex(tab.observation_proxy.mapFromSource(source))
    description = tab.history._target[3]
    indicator = store.dataset().indicators["chengdu_goods_exports"].name
    assert description.startswith(f"Observation {obs.id}: {indicator} · ")
    assert "chengdu_goods_exports" not in description


def test_the_data_tab_fits_half_a_1920_pixel_screen_and_its_lists_show_names_whole(tab):
    assert tab.minimumSizeHint().width() <= 940               # two windows side by side, each with its frame
    combo = tab.filter_bar.indicator
    longest = max((combo.itemText(i) for i in range(combo.count())), key=len)
    assert combo.view().minimumWidth() >= combo.view().fontMetrics().horizontalAdvance(longest)

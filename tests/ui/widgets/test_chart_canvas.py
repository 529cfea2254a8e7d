"""The chart canvas and panel: drawing from the store, redrawing on edits of their own indicators only,
saving, copying, showing the numbers; and the store-events adapter they listen to."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtGui import QGuiApplication, QImage, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ftz_desktop.charts.catalog import chart_data_table, get_chart
from ftz_desktop.ui.context import AppContext
from ftz_desktop.ui.store_events import StoreEvents
from ftz_desktop.ui.widgets import chart_canvas, chart_panel
from ftz_desktop.ui.widgets.chart_canvas import ChartCanvas
from ftz_desktop.ui.widgets.chart_panel import PNG_FILTER, SVG_FILTER, ChartPanel

# Views redrawn after edits of the study's own figures (the provenance rule has tests of its own).
pytestmark = pytest.mark.usefixtures("edits_keep_the_study_source")


class Recorder:
    def __init__(self) -> None:
        self.indicators: list[str] = []
        self.messages: list[str] = []


@pytest.fixture
def calls() -> Recorder:
    return Recorder()


@pytest.fixture
def context(store, content, calls) -> AppContext:
    return AppContext(store=store, content=content, undo_stack=QUndoStack(),
                      show_indicator=calls.indicators.append, show_status_message=calls.messages.append)


@pytest.fixture
def events(store, qtbot):
    adapter = StoreEvents(store)
    yield adapter
    adapter.close()


def obs_id(store, indicator_id: str, geography: str, period: str) -> int:
    return store.dataset().get(indicator_id, geography, period).id


def bar_values(figure, gid: str, horizontal: bool = False) -> list[float]:
    found = [p for ax in figure.axes for p in ax.patches if p.get_gid() == gid]
    return [round(p.get_width() if horizontal else p.get_height(), 3) for p in found]


def show_panel(qtbot, panel, size=(700, 480)):
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    qtbot.waitUntil(lambda: panel.canvas.render_count >= 1)


# ----- canvas ---------------------------------------------------------------------------------------------

def test_canvas_draws_the_chart_from_the_data_at_the_screen_pixel_ratio(qtbot, store):
    canvas = ChartCanvas("chengdu_trade_2017_2022")
    qtbot.addWidget(canvas)
    canvas.show_dataset(store.dataset())
    canvas.resize(640, 400)
    canvas.show()
    qtbot.waitUntil(lambda: canvas.render_count >= 1)
    assert bar_values(canvas.figure, "exports") == [253.849, 500.51]
    assert canvas.device_pixel_ratio == canvas.devicePixelRatioF()
    # The Agg buffer has one pixel per device pixel: sharp at 125% and 150%.
    width, height = canvas.get_width_height(physical=True)
    assert (width, height) == (round(640 * canvas.devicePixelRatioF()), round(400 * canvas.devicePixelRatioF()))


def test_a_hidden_canvas_waits_until_it_is_shown(qtbot, store):
    canvas = ChartCanvas("ftz_fdi_share")
    qtbot.addWidget(canvas)
    canvas.show_dataset(store.dataset())
    assert canvas.is_stale and canvas.render_count == 0
    canvas.show()
    qtbot.waitUntil(lambda: canvas.render_count >= 1)
    assert not canvas.is_stale
    assert bar_values(canvas.figure, "share") == [4.3, 31.2]


def test_the_first_chart_drawn_marks_the_start_up_probe(qtbot, store, monkeypatch):
    marks: list[str] = []
    monkeypatch.setattr(chart_canvas.startup_probe, "mark", marks.append)
    monkeypatch.setattr(chart_canvas, "_first_chart_marked", False)
    for chart_id in ("ftz_fdi_share", "bri_trade_2013_2022"):
        canvas = ChartCanvas(chart_id)
        qtbot.addWidget(canvas)
        canvas.show_dataset(store.dataset())
        canvas.show()
        qtbot.waitUntil(lambda c=canvas: c.render_count >= 1)
    assert marks == ["first_chart"]


# ----- panel: redraws --------------------------------------------------------------------------------------

def test_panel_redraws_when_its_data_change(qtbot, store, context, events):
    panel = ChartPanel(context, "chengdu_trade_2017_2022", events)
    show_panel(qtbot, panel)
    before = panel.canvas.render_count
    with qtbot.waitSignal(panel.canvas.image_changed, timeout=5000):
        store.update_observation(obs_id(store, "chengdu_goods_exports", "CD", "2022"), "value", "600")
    assert panel.canvas.render_count == before + 1
    assert bar_values(panel.canvas.figure, "exports") == [253.849, 600.0]


def test_panel_ignores_edits_of_other_indicators(qtbot, store, context, events):
    panel = ChartPanel(context, "ftz_fdi_share", events)
    show_panel(qtbot, panel)
    before = panel.canvas.render_count
    with qtbot.waitSignal(events.indicators_changed, timeout=5000) as blocker:
        store.update_observation(obs_id(store, "luzhou_cbz_area", "LZ-CBZ", "2023"), "value", "2")
    assert blocker.args[0] == frozenset({"luzhou_cbz_area"})
    assert not panel.redraw_pending()
    assert panel.canvas.render_count == before


def test_a_burst_of_edits_gives_one_redraw(qtbot, store, context, events):
    panel = ChartPanel(context, "chengdu_trade_2017_2022", events)
    show_panel(qtbot, panel)
    before = panel.canvas.render_count
    with qtbot.waitSignal(panel.canvas.image_changed, timeout=5000):
        for value in ("510", "520", "530"):
            store.update_observation(obs_id(store, "chengdu_goods_exports", "CD", "2022"), "value", value)
    assert not panel.redraw_pending()
    assert panel.canvas.render_count == before + 1
    assert bar_values(panel.canvas.figure, "exports")[-1] == 530.0


# ----- panel: actions ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, chosen, magic", [("chart.png", PNG_FILTER, b"\x89PNG\r\n\x1a\n"),
                                                  ("chart.svg", SVG_FILTER, b"<?xml"),
                                                  ("chart", SVG_FILTER, b"<?xml")])
def test_save_writes_a_valid_file(qtbot, tmp_path, context, events, calls, monkeypatch, name, chosen, magic):
    panel = ChartPanel(context, "bri_trade_2013_2022", events)
    qtbot.addWidget(panel)
    target = tmp_path / name
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), chosen))
    with qtbot.waitSignal(panel.chart_saved) as saved:
        panel.save_action.trigger()
    written = tmp_path / (name if "." in name else name + ".svg")
    assert saved.args == [str(written)]
    data = written.read_bytes()
    assert data.startswith(magic)
    if written.suffix == ".png":
        image = QImage.fromData(data, "PNG")
        assert not image.isNull()
        assert round(image.dotsPerMeterX() * 0.0254) == 300          # print resolution
        assert image.width() == round(panel.canvas.style.width * 300)
    else:
        assert b"<svg" in data and b"Belt and Road" in data
    assert calls.messages[-1].startswith("Saved the chart to ")


def test_a_failed_save_says_why_and_writes_nothing(qtbot, tmp_path, context, events, monkeypatch):
    panel = ChartPanel(context, "bri_trade_2013_2022", events)
    qtbot.addWidget(panel)
    target = tmp_path / "missing-folder" / "chart.png"
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), PNG_FILTER))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: warnings.append(text))
    panel.save_action.trigger()
    assert len(warnings) == 1 and warnings[0].startswith("The chart could not be saved.")
    assert "Traceback" not in warnings[0]
    assert not target.exists()


def test_cancelling_the_dialog_saves_nothing(qtbot, context, events, calls, monkeypatch):
    panel = ChartPanel(context, "bri_trade_2013_2022", events)
    qtbot.addWidget(panel)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    panel.save_action.trigger()
    assert not any(m.startswith("Saved") for m in calls.messages)


def test_copy_puts_the_chart_on_the_clipboard(qtbot, context, events, calls):
    panel = ChartPanel(context, "luzhou_port", events)
    qtbot.addWidget(panel)
    QGuiApplication.clipboard().clear()
    with qtbot.waitSignal(panel.chart_copied):
        panel.copy_action.trigger()
    image = QGuiApplication.clipboard().image()
    assert not image.isNull()
    assert image.width() == round(panel.canvas.style.width * 300)
    assert calls.messages[-1].startswith("Copied the chart")


def test_the_numbers_dialog_lists_the_data_and_follows_edits(qtbot, store, context, events):
    panel = ChartPanel(context, "ftz_fdi_share", events)
    show_panel(qtbot, panel)
    panel.numbers_action.trigger()
    dialog = panel.numbers_dialog
    qtbot.waitExposed(dialog)
    rows = dialog.rows()
    expected = chart_data_table(get_chart("ftz_fdi_share"), store.dataset())
    assert [r[0] for r in rows] == [d.label for d in expected]
    assert rows[0][1:5] == ("4.3%", "%", "2017", "Sichuan Pilot Free Trade Zone")
    assert rows[1][1] == "31.2%"
    assert rows[0][5] == store.dataset().sources["study-2.1"].title
    assert rows[2][1] == "26.9" and rows[2][6].startswith("Computed:")
    with qtbot.waitSignal(panel.canvas.image_changed, timeout=5000):
        store.update_observation(obs_id(store, "ftz_share_province_actual_fdi", "SC-FTZ", "2023"), "value", "35")
    assert dialog.rows()[1][1] == "35%"
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text().splitlines()[0].startswith("Item\tValue\tUnit")


def test_without_a_chinese_font_the_status_bar_says_so_once(qtbot, context, events, calls, monkeypatch):
    monkeypatch.setattr(chart_panel.fonts, "cjk_font_available", lambda: False)
    monkeypatch.setattr(chart_panel, "_cjk_message_shown", False)
    for chart_id in ("ftz_fdi_share", "luzhou_port"):
        qtbot.addWidget(ChartPanel(context, chart_id, events))
    assert calls.messages.count(chart_panel.NO_CJK_FONT_MESSAGE) == 1


# ----- store events -------------------------------------------------------------------------------------

def test_store_events_name_the_indicators_of_edited_and_deleted_observations(qtbot, store, events):
    exports = obs_id(store, "chengdu_goods_exports", "CD", "2022")
    with qtbot.waitSignal(events.indicators_changed) as changed:
        store.update_observation(exports, "value", "501")
    assert changed.args[0] == frozenset({"chengdu_goods_exports"})
    with qtbot.waitSignal(events.indicators_changed) as changed:
        store.delete_observation(obs_id(store, "luzhou_cbz_area", "LZ-CBZ", "2023"))
    assert changed.args[0] == frozenset({"luzhou_cbz_area"})
    with qtbot.waitSignals([events.store_changed, events.dataset_changed]):
        store.update_indicator("fortune500_in_ftz", "name", "Fortune 500 companies in the zone")


def test_store_events_arrive_in_the_gui_thread_from_a_worker(qtbot, store, events):
    threads: list[object] = []
    events.indicators_changed.connect(lambda ids: threads.append(QThread.currentThread()))
    worker = threading.Thread(target=store.update_observation,
                              args=(obs_id(store, "chengdu_goods_imports", "CD", "2022"), "value", "340"))
    with qtbot.waitSignal(events.indicators_changed, timeout=5000):
        worker.start()
        worker.join()
    assert threads == [QThread.currentThread()]


def test_a_closed_adapter_emits_nothing(qtbot, store):
    adapter = StoreEvents(store)
    received: list[object] = []
    adapter.store_changed.connect(received.append)
    adapter.close()
    adapter.close()
    witness = StoreEvents(store)
    try:
        with qtbot.waitSignal(witness.store_changed, timeout=5000):
            store.update_observation(obs_id(store, "chengdu_goods_imports", "CD", "2022"), "value", "342")
    finally:
        witness.close()
    assert received == []
    assert adapter.closed

"""The preview follows a tick at once: no typing delay, the data checks run once per dataset and the chart
pictures are decoded once (a changed chart gets a new picture). tests/perf/preview_tick.py measures it with
its baselines; here the median must stay far inside the 150 ms budget even on a busy shared machine."""
from __future__ import annotations

import base64
import statistics
import time

import pytest
from PySide6.QtGui import QImage, QUndoStack

from ftz_desktop.core.study.content import load_content
from ftz_desktop.ui.brief.composer_tab import BriefComposerTab
from ftz_desktop.ui.brief.preview import IMAGE_PREFIX, named_images
from ftz_desktop.ui.context import AppContext

BUDGET_MS = 150.0          # the target; the median here is about 25 ms
TICKS = 9
FIRST_PREVIEW_MS = 60_000  # the first preview draws every chart


@pytest.fixture
def tab(qtbot, store):
    widget = BriefComposerTab(AppContext(store=store, content=load_content("en"), undo_stack=QUndoStack()))
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    with qtbot.waitSignal(widget.preview.preview_updated, timeout=FIRST_PREVIEW_MS):
        widget.show()
    yield widget
    widget.shutdown()


def tick_times(qtbot, tab, count: int) -> list[float]:
    times = []
    for _ in range(count):
        ticked = "sc-talent" in tab.current_recipe().item_ids()
        started = time.perf_counter()
        with qtbot.waitSignal(tab.preview.preview_updated, timeout=10_000):
            tab.outline.set_checked("item", "sc-talent", not ticked)
        times.append((time.perf_counter() - started) * 1000)
    return times


def test_the_preview_follows_a_tick_within_the_budget(qtbot, tab):
    tick_times(qtbot, tab, 2)                                   # warm: both briefs' pictures decoded
    times = tick_times(qtbot, tab, TICKS)
    assert statistics.median(times) < BUDGET_MS, times
    assert ("sc-talent" in tab.current_recipe().item_ids()) == ("Loss of talent" in tab.preview.html)


def test_typing_still_waits_for_a_pause(qtbot, tab):
    from ftz_desktop.ui.brief.composer_tab import PREVIEW_DELAY_MS, TICK_DELAY_MS

    tab.settings._fields["title"].setText("A")
    assert tab._preview_timer.isActive() and tab._preview_timer.interval() == PREVIEW_DELAY_MS
    tab.outline.set_checked("chart", "luzhou_port", False)
    assert tab._preview_timer.interval() == TICK_DELAY_MS < PREVIEW_DELAY_MS


def test_pictures_are_named_by_their_bytes_and_decoded_once(qtbot, tab):
    image = QImage(4, 3, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    encoded = base64.b64encode(bytes(data.data())).decode("ascii")
    page = f'<img src="data:image/png;base64,{encoded}"><img src="data:image/png;base64,{encoded}">'
    named, decoded = named_images(page, frozenset())
    assert len(decoded) == 1 and named.count(IMAGE_PREFIX) == 2 and "base64" not in named
    name = next(iter(decoded))
    assert decoded[name].size().width() == 4
    again, decoded_again = named_images(page, frozenset({name}))
    assert again == named and decoded_again == {}                        # known: not decoded again
    broken = '<img src="data:image/png;base64,AAAA">'
    assert named_images(broken, frozenset()) == (broken, {})             # not a PNG: left as the writer made it


def test_a_chart_redrawn_after_a_data_edit_shows_its_new_picture(qtbot, tab, store, edits_keep_the_study_source):
    before = {n for n in tab.preview.browser.images}
    assert before and all(n in tab.preview.html for n in before)
    obs = store.dataset().get("chengdu_goods_exports", "CD", "2022")
    with qtbot.waitSignal(tab.preview.preview_updated, timeout=FIRST_PREVIEW_MS):
        store.update_observation(obs.id, "value", "520.25")
    after = set(tab.preview.browser.images)
    assert after != before and len(after) == len(before)     # one picture replaced, the others reused
    assert all(n in tab.preview.html for n in after) and not any(n in tab.preview.html for n in before - after)

"""The section tabs (Shortcomings, Opportunities, Recommendations) and the Status tab, on a real workspace
and the real study content: reading an item, its figures and charts, keyboard navigation, live updates."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics, QTextCursor, QUndoStack
from PySide6.QtWidgets import QApplication, QBoxLayout, QToolButton

from ftz_desktop.core.study.textfill import fill_figures
from ftz_desktop.ui.context import AppContext
from ftz_desktop.ui.tabs.section_tab import INTRO_ID, SectionTab
from ftz_desktop.ui.tabs.status_tab import StatusTab

SECTIONS = ("shortcomings", "opportunities", "recommendations")


# Views redrawn after edits of the study's own figures (the provenance rule has tests of its own).
pytestmark = pytest.mark.usefixtures("edits_keep_the_study_source")


@pytest.fixture
def shown_indicators() -> list[str]:
    return []


@pytest.fixture
def context(store, content, shown_indicators) -> AppContext:
    return AppContext(store=store, content=content, undo_stack=QUndoStack(),
                      show_indicator=shown_indicators.append, show_status_message=lambda text: None)


def make_tab(qtbot, tab, size=(1400, 900)):
    qtbot.addWidget(tab)
    tab.resize(*size)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def obs_id(store, indicator_id: str, geography: str, period: str) -> int:
    return store.dataset().get(indicator_id, geography, period).id


def plain(text: str) -> str:
    return " ".join(text.split())


# ----- SectionTab -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("section_id", SECTIONS)
def test_every_item_reads_in_full(qtbot, context, store, content, section_id):
    tab = make_tab(qtbot, SectionTab(context, section_id))
    section = content.section(section_id)
    assert tab.items.count() == len(section.items) + 1            # the introduction first
    assert tab.current_item_id() == INTRO_ID
    assert plain(fill_figures(section.intro[0], store.dataset())) in plain(tab.view.text.toPlainText())
    for item in section.items:
        assert tab.select_item(item.id)
        shown = plain(tab.view.text.toPlainText())
        assert item.title in shown
        assert plain(fill_figures(item.summary, store.dataset())) in shown
        for paragraph in item.paragraphs:
            assert plain(fill_figures(paragraph, store.dataset())) in shown
        assert "[no data" not in shown
        assert [p.chart_id for p in tab.view.chart_panels()] == list(item.charts)
        assert tab.view.table.isVisibleTo(tab) == bool(item.indicators)


def test_the_list_shows_titles_and_summaries(qtbot, context, store, content):
    tab = make_tab(qtbot, SectionTab(context, "shortcomings"))
    item = content.section("shortcomings").item("sc-foreign-trade")
    row = tab.items.item(2)
    assert row.text() == item.title
    assert row.data(Qt.ItemDataRole.UserRole + 1) == fill_figures(item.summary, store.dataset())
    # Rows are tall enough for a wrapped title and a summary.
    assert tab.items.visualItemRect(row).height() > 3 * tab.items.fontMetrics().lineSpacing()


def test_the_figures_table_shows_the_current_values_with_their_source(qtbot, context, store):
    tab = make_tab(qtbot, SectionTab(context, "recommendations"))
    tab.select_item("rec-legal")
    rows = {r[0]: r for r in tab.view.table.row_texts()}
    projects = rows["Projects of more than 100 million yuan in the zone"]
    source = store.dataset().sources["study-4.3"].title
    assert projects == ("Projects of more than 100 million yuan in the zone", "494", "April 2022", source)
    store.update_observation(obs_id(store, "ftz_projects_over_100m_yuan", "SC-FTZ", "2022-04"), "value", "512")
    qtbot.waitUntil(lambda: dict((r[0], r) for r in tab.view.table.row_texts())[projects[0]][1] == "512")
    qtbot.waitUntil(lambda: "The zone had 512 projects" in plain(tab.view.text.toPlainText()))
    assert "512 projects" not in tab.items.item(3).data(Qt.ItemDataRole.UserRole + 1)   # not in that summary


def test_an_edit_refills_the_text_and_the_list(qtbot, context, store):
    tab = make_tab(qtbot, SectionTab(context, "shortcomings"))
    tab.select_item("sc-foreign-trade")
    assert "about 80% of it in intermediate products" in plain(tab.view.text.toPlainText())
    store.update_observation(obs_id(store, "intermediate_goods_share_of_processing_trade", "SC-FTZ", "2023"),
                             "value", "75")
    qtbot.waitUntil(lambda: "about 75% of it in intermediate products" in plain(tab.view.text.toPlainText()))
    assert "about 75%" in tab.items.item(2).data(Qt.ItemDataRole.UserRole + 1)
    assert tab.current_item_id() == "sc-foreign-trade"


def test_an_items_chart_redraws_with_the_new_value(qtbot, context, store):
    tab = make_tab(qtbot, SectionTab(context, "shortcomings"))
    tab.select_item("sc-foreign-trade")
    (panel,) = tab.view.chart_panels()
    qtbot.waitUntil(lambda: panel.canvas.render_count >= 1)
    widths = lambda: [round(p.get_width(), 2) for ax in panel.canvas.figure.axes for p in ax.patches  # noqa: E731
                      if p.get_gid() == "modes"]
    assert 478.98 in widths()
    with qtbot.waitSignal(panel.canvas.image_changed, timeout=5000):
        store.update_observation(obs_id(store, "chengdu_processing_trade", "CD", "2022"), "value", "450")
    assert 450.0 in widths() and 478.98 not in widths()


def test_a_figure_in_the_text_opens_its_indicator(qtbot, context, shown_indicators):
    tab = make_tab(qtbot, SectionTab(context, "shortcomings"))
    tab.select_item("sc-foreign-trade")
    text = tab.view.text
    found = text.document().find("about 80%")
    assert not found.isNull()
    assert found.charFormat().anchorHref() == "indicator:intermediate_goods_share_of_processing_trade"
    assert "Source: Policy study" in found.charFormat().toolTip()
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionStart() + 2)
    point = text.cursorRect(cursor).center()
    qtbot.mouseClick(text.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert shown_indicators == ["intermediate_goods_share_of_processing_trade"]


def test_keyboard_list_text_figures_charts(qtbot, context):
    tab = make_tab(qtbot, SectionTab(context, "shortcomings"))
    tab.activateWindow()
    tab.items.setFocus()
    qtbot.waitUntil(tab.items.hasFocus)
    qtbot.keyClick(tab.items, Qt.Key.Key_Down)
    qtbot.keyClick(tab.items, Qt.Key.Key_Down)
    assert tab.current_item_id() == "sc-foreign-trade"
    qtbot.keyClick(tab.items, Qt.Key.Key_Return)
    assert tab.view.text.hasFocus()
    order = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[0] is tab.view.table
    assert isinstance(order[1], QToolButton) and order[1].parent() is tab.view.chart_panels()[0]
    for _ in range(3):                  # back: second chart button, first, the table, the text
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert tab.view.text.hasFocus()
    qtbot.keyClick(tab.view.text, Qt.Key.Key_Backtab)
    assert tab.items.hasFocus()
    # Copying selected text works from the keyboard.
    qtbot.keyClick(tab.view.text, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.view.text, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "Shortcomings in foreign trade" in QApplication.clipboard().text()


def test_the_text_column_stays_readable(qtbot, context):
    tab = make_tab(qtbot, SectionTab(context, "opportunities"))
    text = tab.view.text
    assert text.document().defaultFont().pointSizeF() >= 10.5             # point sizes: sharp when scaled
    assert text.lineWrapColumnOrWidth() <= text.max_text_width()
    assert text.max_text_width() < 95 * QFontMetrics(QApplication.font()).averageCharWidth() + 40
    tab.resize(900, 700)
    qtbot.waitUntil(lambda: text.lineWrapColumnOrWidth() == text.viewport().width())
    assert text.horizontalScrollBar().maximum() == 0                        # it reflows, no sideways scrolling


def test_an_unknown_section_is_refused(context):
    with pytest.raises(KeyError, match="no section"):
        SectionTab(context, "no-such-section")


# ----- StatusTab ---------------------------------------------------------------------------------------------

def test_status_shows_every_item_with_its_charts_beside_it(qtbot, context, store, content):
    tab = make_tab(qtbot, StatusTab(context))
    section = content.section("status")
    assert [b.item.id for b in tab.blocks[1:]] == [i.id for i in section.items]
    assert plain(fill_figures(section.intro[0], store.dataset())) in plain(tab.blocks[0].text.toPlainText())
    for block in tab.blocks[1:]:
        shown = plain(block.text.toPlainText())
        assert block.item.title in shown
        for paragraph in block.item.paragraphs:
            assert plain(fill_figures(paragraph, store.dataset())) in shown
        assert [p.chart_id for p in block.panels] == list(block.item.charts)
        # The whole text is shown: the view is as tall as its document.
        assert block.text.height() >= block.text.document().size().height()
    headline = tab.block("status-headline")
    assert headline._box.direction() == QBoxLayout.Direction.LeftToRight
    assert headline.panels[0].x() > headline.text.x() + headline.text.width() - 1


def test_status_puts_charts_under_the_text_when_narrow(qtbot, context):
    tab = make_tab(qtbot, StatusTab(context), size=(760, 700))
    headline = tab.block("status-headline")
    qtbot.waitUntil(lambda: headline._box.direction() == QBoxLayout.Direction.TopToBottom)
    assert headline.panels[0].y() > headline.text.y()


def test_status_refills_the_text_and_redraws_the_chart_after_an_edit(qtbot, context, store):
    tab = make_tab(qtbot, StatusTab(context))
    block = tab.block("status-headline")
    panel = next(p for p in block.panels if p.chart_id == "ftz_fdi_share")
    assert panel.canvas.render_count == 0            # out of view: not rendered yet

    def scrolled_into_view() -> bool:
        tab.scroll.ensureWidgetVisible(panel)        # again after each layout pass
        return panel.canvas.render_count >= 1

    qtbot.waitUntil(scrolled_into_view)
    with qtbot.waitSignal(panel.canvas.image_changed, timeout=5000):
        store.update_observation(obs_id(store, "ftz_share_province_actual_fdi", "SC-FTZ", "2023"), "value", "33.5")
    heights = [round(p.get_height(), 2) for ax in panel.canvas.figure.axes for p in ax.patches
               if p.get_gid() == "share"]
    assert heights == [4.3, 33.5]
    qtbot.waitUntil(lambda: "from 4.3% at the outset to 33.5%" in plain(block.text.toPlainText()))
    rows = {r[0]: r for r in block.table.row_texts()}
    assert ("33.5%", "2023") in {(r[1], r[2]) for r in rows.values()}


def test_status_contents_jump_to_an_item(qtbot, context):
    tab = make_tab(qtbot, StatusTab(context))
    row = tab.contents.item(4)
    assert row.text() == tab.blocks[4].item.title
    rect = tab.contents.visualItemRect(row)
    qtbot.mouseClick(tab.contents.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    top = tab.blocks[4].mapTo(tab.scroll.widget(), QPoint(0, 0)).y()
    assert abs(tab.scroll.verticalScrollBar().value() - top) <= 8 or \
        tab.scroll.verticalScrollBar().value() == tab.scroll.verticalScrollBar().maximum()
    assert tab.contents.currentRow() == 4


def test_tabs_listen_through_the_one_shared_store_adapter(qtbot, context, store):
    tabs = [make_tab(qtbot, StatusTab(context)), make_tab(qtbot, SectionTab(context, "shortcomings"))]
    assert all(tab.events is context.events for tab in tabs)
    context.events.close()          # what the window does when it closes
    assert all(tab.events.closed for tab in tabs)

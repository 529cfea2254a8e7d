"""The Overview: headline figures as cards (value, period, change, source), the conclusion and the main
chart, on a real workspace; cards open their indicator; everything follows edits."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from ftz_desktop.core.study.headline import HEADLINE_FIGURES
from ftz_desktop.core.study.textfill import fill_figures
from ftz_desktop.ui.context import AppContext
from ftz_desktop.ui.tabs.overview_tab import OVERVIEW_CHART, OverviewTab

# Views redrawn after edits of the study's own figures (the provenance rule has tests of its own).
pytestmark = pytest.mark.usefixtures("edits_keep_the_study_source")


@pytest.fixture
def shown_indicators() -> list[str]:
    return []


@pytest.fixture
def overview(qtbot, store, content, shown_indicators) -> OverviewTab:
    context = AppContext(store=store, content=content, undo_stack=QUndoStack(),
                         show_indicator=shown_indicators.append, show_status_message=lambda text: None)
    tab = OverviewTab(context)
    qtbot.addWidget(tab)
    tab.resize(1400, 900)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def obs_id(store, indicator_id: str, geography: str, period: str) -> int:
    return store.dataset().get(indicator_id, geography, period).id


def test_a_card_for_each_headline_figure(overview, store):
    assert [c.indicator_id for c in overview.cards] == [i for i, _ in HEADLINE_FIGURES]
    fdi = overview.card("ftz_share_province_actual_fdi")
    assert fdi.name_label.text() == "Zone's share of the province's actual use of foreign investment"
    assert fdi.value_label.text() == "31.2%"
    assert fdi.period_label.text() == "2023 · Sichuan Pilot Free Trade Zone"
    assert fdi.change_label.text() == "+26.9 points since 2017 (4.3%)"
    trade = overview.card("chengdu_goods_trade_total")
    assert trade.value_label.text() == "834.64 billion yuan"
    assert trade.change_label.text() == "+81.2% since 2017 (460.588 billion yuan)"
    area = overview.card("ftz_share_province_area")
    assert area.value_label.text() == "less than 0.025%"
    assert area.change_label.isHidden()                      # no earlier figure: no change shown
    source = store.dataset().sources["study-2.1"].title
    assert fdi.toolTip().splitlines()[0] == f"Source: {source}"
    assert source in fdi.accessibleDescription()


def test_cards_sit_in_rows_of_four_and_reflow_when_narrow(qtbot, overview):
    tops = sorted({c.geometry().top() for c in overview.cards})
    assert len(tops) == 2
    assert all(c.height() == overview.cards[0].height() for c in overview.cards[:4])
    overview.resize(640, 900)
    qtbot.waitUntil(lambda: len({c.geometry().top() for c in overview.cards}) == 4)


def test_clicking_a_card_opens_its_indicator(qtbot, overview, shown_indicators):
    card = overview.card("chengdu_goods_trade_total")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert shown_indicators == ["chengdu_goods_trade_total"]


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Space])
def test_a_card_opens_from_the_keyboard(qtbot, overview, shown_indicators, key):
    overview.activateWindow()
    first = overview.cards[0]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert overview.cards[1].hasFocus()
    qtbot.keyClick(overview.cards[1], key)
    assert shown_indicators == [overview.cards[1].indicator_id]


def test_cards_follow_an_edit(qtbot, overview, store):
    card = overview.card("ftz_share_province_actual_fdi")
    store.update_observation(obs_id(store, "ftz_share_province_actual_fdi", "SC-FTZ", "2023"), "value", "35")
    qtbot.waitUntil(lambda: card.value_label.text() == "35%")
    assert card.change_label.text() == "+30.7 points since 2017 (4.3%)"
    assert card is overview.card("ftz_share_province_actual_fdi")          # updated in place
    store.update_observation(obs_id(store, "chengdu_goods_trade_total", "CD", "2017"), "value", "417.32")
    trade = overview.card("chengdu_goods_trade_total")
    qtbot.waitUntil(lambda: trade.change_label.text().startswith("+100%"))


def test_a_card_goes_when_its_indicator_has_no_data(qtbot, overview, store):
    store.delete_observation(obs_id(store, "china_europe_train_trips", "CD-CQ", "2023"))
    qtbot.waitUntil(lambda: overview.card("china_europe_train_trips") is None)
    assert len(overview.cards) == len(HEADLINE_FIGURES) - 1


def test_the_conclusion_and_the_main_chart(qtbot, overview, store, content):
    conclusion = content.section("conclusion").items[0]
    shown = " ".join(overview.conclusion.toPlainText().split())
    assert shown.startswith("Conclusion")
    for paragraph in conclusion.paragraphs:
        assert " ".join(fill_figures(paragraph, store.dataset()).split()) in shown
    chart = overview.chart
    assert chart.chart_id == OVERVIEW_CHART
    qtbot.waitUntil(lambda: chart.canvas.render_count >= 1)
    totals = lambda: [round(y, 3) for ax in chart.canvas.figure.axes for line in ax.lines  # noqa: E731
                      if line.get_gid() == "total" for y in line.get_ydata() if y == y]
    assert totals() == [460.588, 834.64]
    with qtbot.waitSignal(chart.canvas.image_changed, timeout=5000):
        store.update_observation(obs_id(store, "chengdu_goods_trade_total", "CD", "2022"), "value", "900")
    assert totals() == [460.588, 900.0]
    qtbot.waitUntil(lambda: overview.card("chengdu_goods_trade_total").value_label.text() == "900 billion yuan")


@pytest.mark.parametrize("width", [1024, 820, 560])
def test_cards_never_overflow_the_tab(qtbot, overview, width):
    """Long periods and large figures wrap inside their card; the grid never needs a sideways scroll."""
    overview.resize(width, 900)

    def inside() -> bool:
        return all(card.mapTo(overview, card.rect().topRight()).x() < overview.width() for card in overview.cards)

    qtbot.waitUntil(inside)

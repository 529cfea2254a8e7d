"""The Brief tab: ticking, unticking, reordering, text detail and settings, seen in the recipe and the preview."""
from __future__ import annotations

import re
from dataclasses import replace
from html import escape

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from ftz_desktop.charts.catalog import CHARTS
from ftz_desktop.core.recipe import Recipe, SectionChoice
from ftz_desktop.core.study.content import load_content
from ftz_desktop.ui.brief import recipe_dialogs
from ftz_desktop.ui.brief.composer_tab import BriefComposerTab
from ftz_desktop.ui.brief.outline_model import COL_DETAIL, OutlineModel
from ftz_desktop.ui.brief.outline_nodes import PART_CHARTS
from ftz_desktop.ui.context import AppContext

CHECK = Qt.ItemDataRole.CheckStateRole
PREVIEW_TIMEOUT_MS = 60_000


@pytest.fixture
def tab(qtbot, store):
    status: list[str] = []
    undo = QUndoStack()
    context = AppContext(store=store, content=load_content("en"), undo_stack=undo,
                         show_status_message=status.append)
    widget = BriefComposerTab(context)
    widget.status_messages = status
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    yield widget
    widget.shutdown()


def preview(qtbot, tab) -> str:
    with qtbot.waitSignal(tab.preview.preview_updated, timeout=PREVIEW_TIMEOUT_MS):
        tab.refresh_preview_now()
    assert tab.preview.error == ""
    return tab.preview.html


def section_index(tab, section_id):
    return tab.outline.index_of("section", section_id)


def test_outline_model_passes_the_model_tester(qtmodeltester, tab):
    qtmodeltester.check(tab.outline, force_py=True)
    qtmodeltester.check(tab.outline)


def test_model_tester_watches_ticks_moves_and_resets(qtmodeltester, tab):
    model: OutlineModel = tab.outline
    qtmodeltester.check(model)     # keeps watching the signals below
    model.setData(section_index(tab, "status"), Qt.CheckState.Unchecked, CHECK)
    assert tab.view.outline.move_row(section_index(tab, "status"), +1)
    charts = model.index_of("part", PART_CHARTS)
    assert model.dropMimeData(model.mimeData([model.index(0, 0, charts)]), Qt.DropAction.MoveAction, 3, 0, charts)
    model.apply(tab.default_recipe())


def test_the_tab_starts_with_the_whole_study(tab):
    recipe, whole = tab.current_recipe(), tab.default_recipe()
    assert recipe.sections == whole.sections
    assert sorted(recipe.indicators) == sorted(whole.indicators)
    assert recipe.charts == list(CHARTS)
    assert recipe.title == whole.title and recipe.paper == "A4" and recipe.language == "en"


def test_unticking_a_section_drops_all_its_items_and_ticking_restores_them(qtbot, tab):
    content = load_content("en")
    section = content.section("shortcomings")
    index = section_index(tab, "shortcomings")
    assert tab.outline.setData(index, Qt.CheckState.Unchecked, CHECK)
    child_states = {tab.outline.index(r, 0, index).data(CHECK) for r in range(tab.outline.rowCount(index))}
    assert child_states == {Qt.CheckState.Unchecked}
    recipe = tab.current_recipe()
    assert "shortcomings" not in [s.id for s in recipe.sections]
    html = preview(qtbot, tab)
    assert escape(section.title) not in html
    assert all(escape(item.title) not in html for item in section.items)
    assert escape(content.section("status").title) in html

    tab.outline.setData(index, Qt.CheckState.Checked, CHECK)
    assert [s.items for s in tab.current_recipe().sections if s.id == "shortcomings"] == [
        [i.id for i in section.items]]


def test_unticking_one_item_removes_it_from_recipe_and_preview(qtbot, tab):
    item = load_content("en").item("sc-talent")
    assert tab.outline.set_checked("item", "sc-talent", False)
    assert tab.outline.data(section_index(tab, "shortcomings"), CHECK) == Qt.CheckState.PartiallyChecked
    assert "sc-talent" not in tab.current_recipe().item_ids()
    html = preview(qtbot, tab)
    assert escape(item.title) not in html
    assert escape(load_content("en").item("sc-legal").title) in html


def test_space_bar_toggles_the_current_row(qtbot, tab):
    with qtbot.waitExposed(tab):
        tab.show()
    index = tab.outline.index_of("chart", "luzhou_port")
    tab.view.setFocus()
    tab.view.setCurrentIndex(index)
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)
    assert "luzhou_port" not in tab.current_recipe().charts
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)
    assert "luzhou_port" in tab.current_recipe().charts


def test_ticking_a_whole_part_at_once(tab):
    charts = tab.outline.index_of("part", PART_CHARTS)
    tab.outline.setData(charts, Qt.CheckState.Unchecked, CHECK)
    assert tab.current_recipe().charts == []
    tab.outline.set_checked("chart", "ftz_fdi_share", True)
    assert tab.outline.data(charts, CHECK) == Qt.CheckState.PartiallyChecked
    # Clicking a partly ticked box ticks everything (the view sends Checked).
    tab.outline.setData(charts, Qt.CheckState.Checked, CHECK)
    assert tab.current_recipe().charts == list(CHARTS)
    assert not tab.outline.setData(charts, Qt.CheckState.PartiallyChecked, CHECK)


def test_move_up_and_down_change_the_recipe_order(qtbot, tab):
    before = [s.id for s in tab.current_recipe().sections]
    tab.view.setCurrentIndex(section_index(tab, before[0]))
    assert not tab.view.move_up_action.isEnabled()
    tab.view.move_down_action.trigger()
    assert [s.id for s in tab.current_recipe().sections] == [before[1], before[0]] + before[2:]
    assert tab.view.currentIndex() == section_index(tab, before[0])   # the selection follows the row
    tab.view.move_up_action.trigger()
    assert [s.id for s in tab.current_recipe().sections] == before

    items = tab.current_recipe().sections[1].items
    tab.view.setCurrentIndex(tab.outline.index_of("item", items[-1]))
    assert not tab.view.move_down_action.isEnabled()
    tab.view.move_up_action.trigger()
    assert tab.current_recipe().sections[1].items == items[:-2] + [items[-1], items[-2]]


def test_keyboard_shortcut_moves_the_current_row(qtbot, tab):
    with qtbot.waitActive(tab):
        tab.show()
        tab.activateWindow()
    tab.view.setFocus()
    tab.view.setCurrentIndex(tab.outline.index_of("chart", "bri_trade_2013_2022"))
    qtbot.keyClick(tab.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert tab.current_recipe().charts[:2] == ["bri_trade_2013_2022", "chengdu_trade_2017_2022"]


def test_a_drop_reorders_charts_and_the_preview(qtbot, tab):
    model = tab.outline
    # A chart sits under the item that rests on it; with no text ticked every chart is in the annex, in the
    # order of the outline.
    model.setData(model.index_of("part", "text"), Qt.CheckState.Unchecked, CHECK)
    charts = model.index_of("part", PART_CHARTS)
    first = model.index(0, 0, charts)
    mime = model.mimeData([first])
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, charts)
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, charts)
    order = tab.current_recipe().charts
    assert order == list(CHARTS)[1:3] + [list(CHARTS)[0]] + list(CHARTS)[3:]
    html = preview(qtbot, tab)
    captions = re.findall(r'<p class="caption">Figure \d+: (.*?)</p>', html)
    assert captions == [escape(CHARTS[c].title) for c in order]


def test_a_drop_onto_a_sibling_takes_its_place(tab):
    model = tab.outline
    sections = [s.id for s in tab.current_recipe().sections]
    mime = model.mimeData([section_index(tab, sections[0])])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, section_index(tab, sections[2]))
    assert [s.id for s in tab.current_recipe().sections] == [sections[1], sections[2], sections[0]] + sections[3:]


def test_an_item_cannot_be_dropped_into_another_section(tab):
    model = tab.outline
    before = tab.current_recipe()
    mime = model.mimeData([model.index_of("item", "sc-talent")])
    target = section_index(tab, "status")
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, target)
    assert not model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, target)
    assert not model.canDropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not model.canDropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, section_index(tab, "shortcomings"))
    assert tab.current_recipe() == before


def test_per_item_full_text_and_the_default(qtbot, tab):
    item = load_content("en").item("sc-talent")
    detail = tab.outline.index_of("item", "sc-talent", COL_DETAIL)
    assert detail.data() == "Summary"
    assert tab.outline.setData(detail, "full")
    recipe = tab.current_recipe()
    assert recipe.detail_overrides == {"sc-talent": "full"} and recipe.detail == "summary"
    assert detail.data() == "Full text"
    html = preview(qtbot, tab)
    last_paragraph = item.paragraphs[-1][:60]
    assert escape(last_paragraph) in html
    # The default follows the settings; the item set by hand keeps its own.
    other = tab.outline.index_of("item", "sc-legal", COL_DETAIL)
    tab.settings.detail.setCurrentIndex(tab.settings.detail.findData("full"))
    assert other.data() == "Full text" and tab.current_recipe().detail == "full"
    tab.outline.setData(detail, "summary")
    tab.outline.setData(other, "")
    assert tab.current_recipe().detail_overrides == {"sc-talent": "summary"}
    assert not tab.outline.setData(detail, "everything")


def test_context_menu_offers_detail_and_moves(tab):
    index = tab.outline.index_of("item", "sc-talent")
    menu = tab.view.context_menu(index)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert "Full text" in texts and tab.view.move_up_action in menu.actions()
    next(a for a in menu.actions() if a.text() == "Full text").trigger()
    assert tab.current_recipe().detail_overrides == {"sc-talent": "full"}
    section_menu = tab.view.context_menu(section_index(tab, "shortcomings"))
    next(a for a in section_menu.actions() if a.text() == "Clear all").trigger()
    assert "shortcomings" not in [s.id for s in tab.current_recipe().sections]


def test_settings_form_a_recipe_and_apply_recipe_sets_them(tab):
    s = tab.settings
    s._fields["title"].setText("Trade brief for the Bureau")
    s._fields["subtitle"].setText("Second quarter")
    s._fields["organisation"].setText("Department of Commerce")
    s._fields["author"].setText("Policy office")
    s._fields["date"].setText("2024-05-06")
    s._fields["marking"].setText("For internal use")
    s.executive_summary.setPlainText("First point.\n\nSecond point.")
    s.appendix.setChecked(True)
    s.paper.setCurrentIndex(s.paper.findData("Letter"))
    recipe = tab.current_recipe()
    assert (recipe.title, recipe.subtitle, recipe.organisation, recipe.author, recipe.date, recipe.marking) == (
        "Trade brief for the Bureau", "Second quarter", "Department of Commerce", "Policy office", "2024-05-06",
        "For internal use")
    assert recipe.executive_summary == "First point.\n\nSecond point." and recipe.appendix_tables
    assert recipe.paper == "Letter"

    tab.reset_to_default()
    assert tab.current_recipe().title != recipe.title
    tab.apply_recipe(recipe)
    assert tab.current_recipe() == recipe


def test_chinese_is_offered_now_the_study_has_its_chinese_text(tab):
    combo = tab.settings.language
    assert combo.model().item(combo.findData("zh")).isEnabled()
    assert combo.model().item(combo.findData("en")).isEnabled()


def test_empty_title_falls_back_to_the_standard_title(tab):
    tab.settings._fields["title"].setText("   ")
    assert tab.current_recipe().title == tab.default_recipe().title


def test_apply_recipe_reports_unknown_ids_then_prunes_them(tab, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: shown.append(text))
    recipe = Recipe(sections=[SectionChoice("status", ["status-establishment", "st-gone"]),
                              SectionChoice("lost", ["x"])],
                    indicators=["sichuan_trade_bri", "no_such_indicator"], charts=["luzhou_port", "no_chart"])
    unknown = tab.apply_recipe(recipe, "old.json")
    assert len(shown) == 1 and "old.json" in shown[0]
    for phrase in ("item 'st-gone'", "section 'lost'", "indicator 'no_such_indicator'", "chart 'no_chart'"):
        assert phrase in shown[0] and phrase in unknown
    current = tab.current_recipe()
    assert current.sections == [SectionChoice("status", ["status-establishment"])]
    assert current.indicators == ["sichuan_trade_bri"] and current.charts == ["luzhou_port"]


def test_preview_follows_typing_after_a_short_delay(qtbot, tab):
    preview(qtbot, tab)
    with qtbot.waitSignal(tab.preview.preview_updated, timeout=PREVIEW_TIMEOUT_MS):
        tab.settings._fields["title"].setText("A title typed by hand")
        assert tab._preview_timer.isActive()
    assert "A title typed by hand" in tab.preview.html
    assert tab.preview.last_seconds < 5


def test_preview_fits_its_pane_without_sideways_scrolling(qtbot, tab):
    with qtbot.waitExposed(tab):
        tab.show()
    preview(qtbot, tab)
    browser = tab.preview.browser
    assert browser.document().idealWidth() <= browser.viewport().width()
    assert "<style>" in tab.preview.html and "<style>" not in browser.toHtml().split("</head>")[1]


def test_preview_follows_the_workspace_data(qtbot, tab, store, edits_keep_the_study_source):
    html = preview(qtbot, tab)
    obs = next(o for o in store.observations() if o.indicator_id == "chengdu_goods_trade_total" and o.period == "2022")
    assert "834.64" in html
    with qtbot.waitSignal(tab.preview.preview_updated, timeout=PREVIEW_TIMEOUT_MS):
        store.update_observation(obs.id, "value", "840.12")
    # The key figures show the new value (a footnote may still name the computed one).
    assert "840.12 billion yuan</td>" in tab.preview.html and "834.64 billion yuan</td>" not in tab.preview.html


def test_a_template_without_styles_is_refused_by_name(tmp_path, tab, monkeypatch):
    import docx

    path = tmp_path / "office.docx"
    document = docx.Document()
    document.styles["Caption"].delete()
    document.save(path)
    warned = []
    monkeypatch.setattr(recipe_dialogs.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    tab.settings.choose_template.click()
    assert len(warned) == 1 and "office.docx" in warned[0] and "Caption" in warned[0]
    assert tab.current_recipe().template == str(path)
    assert "Caption" in tab.settings.template_status.text()

    good = tmp_path / "good.dotx"
    docx.Document().save(tmp_path / "good.docx")
    (tmp_path / "good.docx").rename(good)
    monkeypatch.setattr(recipe_dialogs.QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    tab.settings.choose_template.click()
    assert len(warned) == 1 and tab.current_recipe().template == str(good)
    assert "TOC 1" in tab.settings.template_status.text()   # Word's latent styles: named, not refused
    tab.settings.template.setCurrentIndex(0)
    assert tab.current_recipe().template == "standard"
    assert replace(tab.current_recipe(), template=str(good)).template == str(good)


def test_every_alt_key_in_the_brief_tab_is_used_once(tab):
    """Alt+letter reaches one control (Qt picks the first of two silently, so a clash is a dead shortcut)."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    keys: dict[str, list[str]] = {}
    for widget in tab.findChildren(QAbstractButton) + tab.findChildren(QLabel) + tab.findChildren(QGroupBox):
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        match = re.search(r"&([^&])", text.replace("&&", ""))
        if match:
            keys.setdefault(match.group(1).lower(), []).append(text)
    assert keys and {k: v for k, v in keys.items() if len(v) > 1} == {}

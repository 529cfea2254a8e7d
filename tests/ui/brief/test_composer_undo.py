"""The Brief tab's own undo history: ticks, moves, details, own texts, settings typing and Reset, each one step
named after the change; the window's Edit menu follows the tab on screen and never undoes data from the Brief tab."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ftz_desktop.core.study.content import load_content
from ftz_desktop.ui import i18n

CHECK = Qt.ItemDataRole.CheckStateRole
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def tab(brief_tab):
    return brief_tab


def ticked(tab, item_id: str) -> bool:
    return item_id in tab.current_recipe().item_ids()


def test_a_tick_is_one_step_named_after_the_item(tab):
    stack = tab.undo_stack
    assert stack.count() == 0                      # building the tab and showing the draft are no steps
    tab.outline.set_checked("item", "sc-talent", False)
    assert stack.count() == 1 and stack.undoText() == "untick 'Loss of talent'"
    stack.undo()
    assert ticked(tab, "sc-talent")
    assert stack.redoText() == "untick 'Loss of talent'"
    stack.redo()
    assert not ticked(tab, "sc-talent")
    stack.undo()
    tab.outline.setData(tab.outline.index_of("section", "shortcomings"), Qt.CheckState.Unchecked, CHECK)
    assert stack.undoText() == f"untick '{load_content('en').section('shortcomings').title}'"
    stack.undo()
    assert [s.items for s in tab.current_recipe().sections if s.id == "shortcomings"] == [
        [i.id for i in load_content("en").section("shortcomings").items]]
    assert tab.outline.data(tab.outline.index_of("section", "shortcomings"), CHECK) == Qt.CheckState.Checked


def test_moves_details_and_own_texts_undo_and_redo(tab):
    stack = tab.undo_stack
    before = tab.current_recipe()
    tab.outline.move_row(tab.outline.index_of("section", "recommendations"), -1)
    assert stack.undoText() == f"move '{load_content('en').section('recommendations').title}' up"
    tab.outline.setData(tab.outline.index_of("item", "sc-legal", 1), "full")
    assert stack.undoText().startswith("set '") and stack.undoText().endswith("' to full text")
    assert tab.outline.set_item_text("sc-talent", "Our own words on talent.")
    assert stack.undoText() == "rewrite the text of 'Loss of talent'"
    changed = tab.current_recipe()
    assert changed.item_text == {"sc-talent": "Our own words on talent."} and changed.detail_for("sc-legal") == "full"
    for _ in range(3):
        stack.undo()
    assert tab.current_recipe().to_dict() == before.to_dict()
    for _ in range(3):
        stack.redo()
    assert tab.current_recipe().to_dict() == changed.to_dict()


def test_typing_in_one_field_is_one_step_and_another_field_is_the_next(qtbot, tab):
    stack = tab.undo_stack
    title = tab.settings._fields["title"]
    original = title.text()
    title.selectAll()
    qtbot.keyClicks(title, "Trade brief")
    assert stack.count() == 1 and stack.undoText() == "edit the title"
    qtbot.keyClicks(tab.settings._fields["author"], "Li Wei")
    tab.settings.paper.setCurrentIndex(tab.settings.paper.findData("Letter"))
    assert stack.count() == 3 and stack.undoText() == "change the paper"
    stack.undo()
    assert tab.current_recipe().paper == "A4"
    stack.undo()
    assert tab.current_recipe().author == ""
    stack.undo()
    assert title.text() == original
    stack.redo()
    assert tab.current_recipe().title == "Trade brief"


def test_typing_a_field_back_to_what_it_was_leaves_no_step(qtbot, tab):
    subtitle = tab.settings._fields["subtitle"]
    qtbot.keyClicks(subtitle, "x")
    qtbot.keyClick(subtitle, Qt.Key.Key_Backspace)
    assert tab.undo_stack.count() == 0


def test_the_brief_language_change_is_undone_with_its_outline(tab):
    tab.settings.language.setCurrentIndex(tab.settings.language.findData("zh"))
    assert tab.current_recipe().language == "zh"
    assert tab.outline.node(tab.outline.index_of("item", "sc-talent")).title == load_content("zh").item(
        "sc-talent").title
    tab.undo_stack.undo()
    assert tab.current_recipe().language == "en"
    assert tab.outline.node(tab.outline.index_of("item", "sc-talent")).title == "Loss of talent"


def test_reset_asks_first_and_is_undone(tab, dialogs):
    tab.outline.set_checked("item", "sc-talent", False)
    tab.settings._fields["title"].setText("Trade brief")
    customised = tab.current_recipe()
    dialogs.answers = [QMessageBox.StandardButton.No]
    tab.recipes.reset_action.trigger()
    assert len(dialogs.texts("question")) == 1 and tab.current_recipe().to_dict() == customised.to_dict()
    assert tab.undo_stack.undoText() == "edit the title"        # declined: no step
    dialogs.answers = [QMessageBox.StandardButton.Yes]
    tab.recipes.reset_action.trigger()
    assert len(dialogs.texts("question")) == 2
    assert ticked(tab, "sc-talent") and tab.current_recipe().title != "Trade brief"
    assert tab.undo_stack.undoText() == "reset to the whole study"
    tab.undo_stack.undo()
    assert tab.current_recipe().to_dict() == customised.to_dict()
    tab.undo_stack.redo()
    assert ticked(tab, "sc-talent")


def test_ctrl_z_in_the_brief_tab_undoes_the_tick_and_leaves_the_data_alone(qtbot, main_window, store):
    window = main_window
    from ftz_desktop.ui.data.models.observations import C_VALUE

    data = window.select_tab("data")
    obs = next(o for o in store.dataset().observations if o.indicator_id == "sichuan_trade_bri" and o.period == "2013")
    proxy = data.observation_proxy
    cell = proxy.mapFromSource(data.observations.index(data.observations.row_of(obs.id), C_VALUE))
    assert proxy.setData(cell, "199", Qt.ItemDataRole.EditRole)      # a data edit, on the window's data stack
    data_undo = window.undo_action.text()
    assert store.observation(obs.id).value == 199 and data_undo != "&Undo"
    composer = window.select_tab("brief")
    assert window.undo_action.text() == "&Undo" and not window.undo_action.isEnabled()  # nothing in the brief yet
    composer.outline.set_checked("item", "sc-talent", False)
    assert window.undo_action.text() == "&Undo untick 'Loss of talent'" and window.undo_action.isEnabled()
    composer.view.setFocus()
    qtbot.keyClick(composer.view, Qt.Key.Key_Z, CTRL)
    assert ticked(composer, "sc-talent")
    assert store.observation(obs.id).value == 199               # the data edit is not undone
    assert window.redo_action.text() == "&Redo untick 'Loss of talent'"
    qtbot.keyClick(composer.view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert not ticked(composer, "sc-talent")
    qtbot.keyClick(composer.view, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(composer.view, Qt.Key.Key_Z, CTRL)           # nothing more in the brief: the data stays
    assert store.observation(obs.id).value == 199
    window.select_tab("data")
    assert window.undo_action.text() == data_undo
    window.undo_action.trigger()
    assert store.observation(obs.id).value == 153.53


def test_undo_texts_read_in_chinese(tab):
    i18n.install_language("zh")
    try:
        from ftz_desktop.ui.brief.history import edit_text
        from ftz_desktop.ui.brief.outline_edits import TextEdit, TickEdit

        leaves = (("item", "sc-talent"),)
        assert edit_text(TickEdit("item", "sc-talent", "人才流失", leaves, True)) == "勾选“人才流失”"
        assert edit_text(TickEdit("item", "sc-talent", "人才流失", leaves, False)) == "取消勾选“人才流失”"
        assert edit_text(TextEdit("sc-talent", "人才流失", "", "新的文字")) == "改写“人才流失”的文字"
    finally:
        i18n.install_language("en")


def test_the_contents_choice_and_own_texts_travel_with_the_recipe(tab):
    recipe = tab.current_recipe()
    assert recipe.contents == "auto" and recipe.item_text == {}
    recipe.contents = "never"
    recipe.item_text = {"sc-talent": "Our words."}
    tab.apply_recipe(recipe)
    shown = tab.current_recipe()
    assert shown.contents == "never" and shown.item_text == {"sc-talent": "Our words."}
    assert tab.settings.contents.currentData() == "never"
    tab.settings.contents.setCurrentIndex(tab.settings.contents.findData("always"))
    assert tab.undo_stack.undoText() == "change the title page and contents"
    tab.undo_stack.undo()
    assert tab.current_recipe().contents == "never"

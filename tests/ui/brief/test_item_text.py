"""Edit text for this brief…: an item's own wording in one brief, beside the study's, shown as edited, undoable,
and never a change to the study itself (the dialog's exec is replaced: a test never waits on a modal dialog)."""
from __future__ import annotations

from html import escape

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from ftz_desktop.core.study.content import load_content
from ftz_desktop.ui.brief.composer_tab import BriefComposerTab
from ftz_desktop.ui.brief.item_text_dialog import ItemTextDialog
from ftz_desktop.ui.brief.outline_model import COL_DETAIL
from ftz_desktop.ui.context import AppContext

OWN = "The zone keeps too few of the trade specialists it trains."
PREVIEW_TIMEOUT_MS = 60_000


@pytest.fixture
def tab(qtbot, store):
    widget = BriefComposerTab(AppContext(store=store, content=load_content("en"), undo_stack=QUndoStack()))
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    yield widget
    widget.shutdown()


@pytest.fixture
def dialog(monkeypatch):
    """The dialog as shown, answered by ``dialog.answer(d)`` (default: Cancel)."""
    class Shown(list):
        answer = staticmethod(lambda d: d.reject())

    shown = Shown()

    def exec_(d):
        shown.append({"study": d.study.toPlainText(), "editor": d.editor.toPlainText(),
                      "study_read_only": d.study.isReadOnly(), "reset_enabled": d.study_button.isEnabled()})
        shown.answer(d)
        return d.result()

    monkeypatch.setattr(ItemTextDialog, "exec", exec_)
    return shown


def write(text):
    def answer(d):
        d.editor.setPlainText(text)
        d.save_button.click()
    return answer


def preview(qtbot, tab) -> str:
    with qtbot.waitSignal(tab.preview.preview_updated, timeout=PREVIEW_TIMEOUT_MS):
        tab.refresh_preview_now()
    assert tab.preview.error == ""
    return tab.preview.html


def item_index(tab, item_id="sc-talent", column=0):
    return tab.outline.index_of("item", item_id, column)


def test_the_action_is_offered_for_items_only(tab):
    tab.view.setCurrentIndex(tab.outline.index_of("section", "shortcomings"))
    assert not tab.edit_text_button.isEnabled()
    menu = tab.view.context_menu(tab.outline.index_of("section", "shortcomings"))
    assert "Edit text for this &brief…" not in [a.text() for a in menu.actions()]
    tab.view.setCurrentIndex(item_index(tab))
    assert tab.edit_text_button.isEnabled()
    assert "Edit text for this &brief…" in [a.text() for a in tab.view.context_menu(item_index(tab)).actions()]


def test_own_wording_replaces_the_study_in_this_brief_only(qtbot, tab, dialog):
    study = load_content("en").item("sc-talent")
    dialog.answer = write(OWN)
    tab.view.setCurrentIndex(item_index(tab))
    tab.edit_text_button.click()
    assert dialog[0]["editor"] == study.summary and dialog[0]["study"] == study.summary
    assert dialog[0]["study_read_only"] and not dialog[0]["reset_enabled"]
    assert tab.current_recipe().item_text == {"sc-talent": OWN}
    # Shown as edited: italics, "Rewritten" in the Detail column, and the tooltip says so.
    assert tab.outline.data(item_index(tab), Qt.ItemDataRole.FontRole).italic()
    assert tab.outline.data(item_index(tab, column=COL_DETAIL)) == "Rewritten"
    assert "Text rewritten for this brief" in tab.outline.data(item_index(tab), Qt.ItemDataRole.ToolTipRole)
    assert tab.outline.data(item_index(tab, "sc-legal"), Qt.ItemDataRole.FontRole) is None
    html = preview(qtbot, tab)
    assert escape(OWN) in html and escape(study.summary) not in html
    assert load_content("en").item("sc-talent").summary == study.summary     # the study is not changed
    assert tab.undo_stack.undoText() == "rewrite the text of 'Loss of talent'"
    tab.undo_stack.undo()
    assert tab.current_recipe().item_text == {}
    assert tab.outline.data(item_index(tab), Qt.ItemDataRole.FontRole) is None


def test_the_box_starts_with_the_full_text_when_the_item_gives_it(tab, dialog):
    study = load_content("en").item("status-headline")
    tab.outline.setData(item_index(tab, "status-headline", COL_DETAIL), "full")
    tab.edit_item_text("status-headline")
    assert dialog[0]["editor"] == study.full_text
    assert "{{" in study.full_text and "{{" not in dialog[0]["study"]    # the reader's figures, filled in


def test_the_study_wording_again_by_button_or_by_an_empty_box(tab, dialog):
    dialog.answer = write(OWN)
    tab.edit_item_text("sc-talent")
    dialog.answer = staticmethod(lambda d: d.study_button.click())
    assert tab.edit_item_text("sc-talent")
    assert dialog[1]["editor"] == OWN and dialog[1]["reset_enabled"]
    assert tab.current_recipe().item_text == {}
    dialog.answer = write(OWN)
    tab.edit_item_text("sc-talent")
    dialog.answer = write("   \n")
    assert tab.edit_item_text("sc-talent")
    assert tab.current_recipe().item_text == {}
    assert tab.undo_stack.undoText() == "use the study's wording for 'Loss of talent'"


def test_cancel_or_saving_the_study_text_unchanged_changes_nothing(tab, dialog):
    assert not tab.edit_item_text("sc-talent")                 # cancelled
    dialog.answer = staticmethod(lambda d: d.save_button.click())
    assert not tab.edit_item_text("sc-talent")                 # saved as it was: the study's wording
    assert tab.current_recipe().item_text == {} and tab.undo_stack.count() == 0


def test_own_text_is_kept_in_recipes_and_the_draft(tab, dialog, store):
    dialog.answer = write(OWN)
    tab.edit_item_text("sc-talent")
    recipe = tab.current_recipe()
    assert recipe.to_dict()["item_text"] == {"sc-talent": OWN}
    tab.draft.save()
    assert store.recipes.draft()["item_text"] == {"sc-talent": OWN}
    tab.apply_recipe(tab.default_recipe())
    assert tab.current_recipe().item_text == {}
    tab.apply_recipe(recipe)
    assert tab.current_recipe().item_text == {"sc-talent": OWN}

"""Closing the window with a named recipe changed on screen asks Save / Discard / Cancel (every box patched)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from ftz_desktop.core.recipe import Recipe

NAME = "Trade brief for the bureau"
BUTTONS = QMessageBox.StandardButton


@pytest.fixture
def window(main_window):
    return main_window


@pytest.fixture
def asked(monkeypatch):
    """QMessageBox.question recorded and answered from ``asked.answers`` (Cancel when none is left)."""
    class Questions(list):
        answers: list = []

    questions = Questions()

    def question(parent, title, text, buttons=None, default=None):
        questions.append(text)
        return questions.answers.pop(0) if questions.answers else BUTTONS.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"unexpected warning {a[2]}"))
    return questions


def named_and_changed(window, store, monkeypatch):
    """The brief saved under NAME in the workspace, then one item unticked on screen."""
    composer = window.select_tab("brief")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (NAME, True))
    assert composer.recipes.save_to_workspace() == NAME
    saved = Recipe.from_dict(store.recipes.load(NAME))
    composer.outline.set_checked("item", "sc-talent", False)
    return composer, saved


def test_cancel_keeps_the_window_open(window, store, monkeypatch, asked):
    composer, saved = named_and_changed(window, store, monkeypatch)
    window.select_tab("overview")
    assert not window.close()
    assert window.isVisible() and len(asked) == 1 and NAME in asked[0]
    assert window.tabs.currentWidget() is composer.parent()      # the tab the question is about is shown
    assert Recipe.from_dict(store.recipes.load(NAME)).to_dict() == saved.to_dict()
    asked.answers = [BUTTONS.Discard]          # leave no question for the teardown's close
    assert window.close()


def test_save_updates_the_named_recipe_and_closes(window, store, monkeypatch, asked):
    composer, _ = named_and_changed(window, store, monkeypatch)
    asked.answers = [BUTTONS.Save]
    assert window.close()
    assert "sc-talent" not in Recipe.from_dict(store.recipes.load(NAME)).item_ids()


def test_discard_keeps_the_recipe_as_saved_and_closes(window, store, monkeypatch, asked):
    composer, saved = named_and_changed(window, store, monkeypatch)
    asked.answers = [BUTTONS.Discard]
    assert window.close()
    assert Recipe.from_dict(store.recipes.load(NAME)).to_dict() == saved.to_dict()
    assert len(asked) == 1


def test_no_question_without_changes_or_without_a_name(window, store, monkeypatch, asked):
    composer = window.select_tab("brief")
    composer.outline.set_checked("item", "sc-talent", False)      # changed, but not a named recipe
    assert composer.confirm_close() and asked == []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (NAME, True))
    composer.recipes.save_to_workspace()
    composer.outline.set_checked("item", "sc-legal", False)
    composer.undo_stack.undo()                                     # back to the brief as saved
    assert window.close() and asked == []


def test_a_recipe_opened_from_the_workspace_is_named_too(qtbot, window, store, monkeypatch, asked):
    store.recipes.save("Saved earlier", Recipe.from_dict(dict(window.select_tab("brief").current_recipe().to_dict(),
                                                             title="Saved earlier")).to_dict())
    composer = window.select_tab("brief")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Saved earlier", True))
    assert composer.recipes.open_from_workspace() == "Saved earlier"
    assert composer.confirm_close() and asked == []
    composer.settings._fields["title"].setText("A new title")
    assert not composer.confirm_close() and "Saved earlier" in asked[0]
    asked.answers = [BUTTONS.Discard]
    assert window.close()

"""Recipes from the Brief tab: named recipes in the workspace and .json files, with every dialog replaced."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from ftz_desktop.core.recipe import Recipe
from ftz_desktop.core.study.content import load_content
from ftz_desktop.ui.brief.composer_tab import BriefComposerTab
from ftz_desktop.ui.context import AppContext

CHECK = Qt.ItemDataRole.CheckStateRole


@pytest.fixture
def tab(qtbot, store):
    undo = QUndoStack()
    context = AppContext(store=store, content=load_content("en"), undo_stack=undo)
    widget = BriefComposerTab(context)
    qtbot.addWidget(widget)
    yield widget
    widget.shutdown()


@pytest.fixture
def messages(monkeypatch):
    """Every QMessageBox shown, as (kind, title, text); questions are answered Yes."""
    shown: list[tuple[str, str, str]] = []

    def record(kind, answer=None):
        def show(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return answer
        return show

    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    return shown


def customise(tab) -> Recipe:
    """A recipe unlike the default: fewer items, another order, settings typed in."""
    tab.outline.setData(tab.outline.index_of("section", "opportunities"), Qt.CheckState.Unchecked, CHECK)
    tab.outline.set_checked("item", "sc-talent", False)
    tab.outline.set_checked("chart", "luzhou_port", False)
    tab.outline.move_row(tab.outline.index_of("section", "recommendations"), -1)
    tab.outline.move_row(tab.outline.index_of("chart", "ftz_fdi_share"), -2)
    tab.outline.setData(tab.outline.index_of("item", "sc-legal", 1), "full")
    tab.settings._fields["title"].setText("Trade brief 贸易简报")
    tab.settings._fields["marking"].setText("For internal use")
    tab.settings.executive_summary.setPlainText("One.\n\nTwo.")
    tab.settings.appendix.setChecked(True)
    tab.settings.paper.setCurrentIndex(tab.settings.paper.findData("Letter"))
    return tab.current_recipe()


def test_save_in_workspace_then_open_gives_the_same_recipe(tab, store, monkeypatch, messages):
    chosen = customise(tab)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  Trade brief  ", True))
    assert tab.recipes.save_to_workspace() == "Trade brief"
    assert store.recipes.names() == ["Trade brief"]
    assert Recipe.from_dict(store.recipes.load("Trade brief")) == chosen

    tab.reset_to_default()
    assert tab.current_recipe() != chosen
    monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, label, names, *a: (names[0], True))
    assert tab.recipes.open_from_workspace() == "Trade brief"
    assert tab.current_recipe() == chosen
    assert messages == []


def test_saving_under_an_existing_name_asks_first(tab, store, monkeypatch, messages):
    store.recipes.save("Mine", Recipe(title="old").to_dict())
    customise(tab)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Mine", True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert tab.recipes.save_to_workspace() is None
    assert store.recipes.load("Mine")["title"] == "old"


def test_delete_a_recipe_from_the_workspace(tab, store, monkeypatch, messages):
    store.recipes.save("First", Recipe().to_dict())
    store.recipes.save("Second", Recipe().to_dict())
    monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, label, names, *a: ("Second", True))
    assert tab.recipes.delete_from_workspace() == "Second"
    assert store.recipes.names() == ["First"]
    assert messages[0][0] == "question" and "Second" in messages[0][2]


def test_open_with_no_saved_recipes_says_so(tab, messages):
    assert tab.recipes.open_from_workspace() is None
    assert messages and "no saved recipes" in messages[0][2]


def test_export_to_file_and_open_it_again(tab, tmp_path, monkeypatch, messages):
    chosen = customise(tab)
    target = tmp_path / "shared"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    written = tab.recipes.export_to_file()
    assert written == tmp_path / "shared.ftzrecipe"    # the extension the installer opens with the program
    text = written.read_text(encoding="utf-8")
    assert "贸易简报" in text   # readable, not \\u-escaped
    assert Recipe.from_json(text) == chosen

    tab.reset_to_default()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(written), ""))
    assert tab.recipes.open_from_file() == written
    assert tab.current_recipe() == chosen
    assert messages == []


def test_a_json_name_is_kept_and_a_double_clicked_file_opens(tab, tmp_path, monkeypatch, messages):
    chosen = customise(tab)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "shared.json"), ""))
    written = tab.recipes.export_to_file()
    assert written == tmp_path / "shared.json"
    tab.reset_to_default()
    assert tab.open_recipe_file(written)
    assert tab.current_recipe() == chosen
    assert not tab.open_recipe_file(tmp_path / "missing.ftzrecipe")
    assert "missing.ftzrecipe was not found" in messages[-1][2]


def test_a_recipe_file_naming_unknown_ids_is_reported_with_them(tab, tmp_path, monkeypatch, messages):
    data = tab.current_recipe().to_dict()
    data["sections"][0]["items"].append("status-retired")
    data["indicators"].append("old_indicator")
    data["charts"].append("old_chart")
    path = tmp_path / "from colleague.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    tab.recipes.open_from_file()
    assert len(messages) == 1
    kind, title, text = messages[0]
    assert "from colleague.json" in text
    for phrase in ("item 'status-retired'", "indicator 'old_indicator'", "chart 'old_chart'"):
        assert phrase in text
    recipe = tab.current_recipe()
    assert "status-retired" not in recipe.item_ids() and "old_indicator" not in recipe.indicators


@pytest.mark.parametrize("body, expected", [
    (b"\xff\xfe not utf-8", "not UTF-8"),
    (b"{\"version\": 1, \"title\": 5}", "title"),
    (b"{\"version\": 9}", "newer version"),
    (b"[1, 2", "not valid JSON"),
])
def test_a_broken_recipe_file_is_refused_by_name_and_changes_nothing(tab, tmp_path, monkeypatch, messages,
                                                                      body, expected):
    before = tab.current_recipe()
    path = tmp_path / "broken.json"
    path.write_bytes(body)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    assert tab.recipes.open_from_file() is None
    assert len(messages) == 1 and messages[0][0] == "warning"
    assert "broken.json" in messages[0][2] and expected in messages[0][2]
    assert tab.current_recipe() == before


def test_a_recipe_file_with_a_reserved_name_is_refused(tab, tmp_path, monkeypatch, messages):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "CON.json"), ""))
    assert tab.recipes.export_to_file() is None
    assert "CON" in messages[0][2]
    assert not (tmp_path / "CON.json").exists()


def test_cancelled_dialogs_change_nothing(tab, store, monkeypatch, messages):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    before = tab.current_recipe()
    assert tab.recipes.save_to_workspace() is None
    assert tab.recipes.export_to_file() is None
    assert tab.recipes.open_from_file() is None
    assert store.recipes.names() == [] and tab.current_recipe() == before and messages == []


def test_the_recipe_menu_holds_every_command(tab):
    texts = [a.text().replace("&", "") for a in tab.recipe_button.menu().actions() if a.text()]
    assert texts == ["Save in workspace…", "Open from workspace…", "Delete from workspace…", "Export to file…",
                     "Open from file…", "Reset to the whole study"]


def test_reset_asks_first_and_no_keeps_the_brief(tab, monkeypatch):
    chosen = customise(tab)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    tab.ask_reset()
    assert tab.current_recipe() == chosen and "whole study" in asked[0]
    tab.ask_reset()
    reset, default = tab.current_recipe(), tab.default_recipe()
    assert (reset.title, reset.sections, reset.charts) == (default.title, default.sections, default.charts)


def test_the_brief_on_screen_survives_a_restart(qtbot, store, content):
    first = BriefComposerTab(AppContext(store=store, content=content, undo_stack=QUndoStack()))
    qtbot.addWidget(first)
    chosen = customise(first)
    first.shutdown()                                  # the window closes (Ctrl+Q)
    again = BriefComposerTab(AppContext(store=store, content=content, undo_stack=QUndoStack()))
    qtbot.addWidget(again)
    assert again.current_recipe() == chosen
    assert store.recipes.names() == []                # the draft is not one of the named recipes
    again.shutdown()

"""A named recipe a colleague saved (or deleted) after the Brief tab opened it is never saved over unasked: the
tab names who and when and offers to open theirs (an undoable step) or save this brief over it. Two stores on
one workspace, as two windows."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog

from ftz_desktop.core.store.workspace import WorkspaceStore
from ftz_desktop.ui.brief import recipe_dialogs


@pytest.fixture
def colleague(store):
    with WorkspaceStore.open(store.path) as other:
        yield other


@pytest.fixture
def opened(brief_tab, monkeypatch):
    """The tab has opened the recipe "Weekly" (saved from it first) and the user then changed the title."""
    tab = brief_tab
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Weekly", True))
    tab.settings._fields["title"].setText("Weekly brief")
    assert tab.recipes.save_to_workspace() == "Weekly"
    monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, label, names, *a: ("Weekly", True))
    assert tab.recipes.open_from_workspace() == "Weekly"
    tab.settings._fields["title"].setText("Weekly brief, my changes")
    return tab


@pytest.mark.parametrize("keep_theirs", [True, False])
def test_a_recipe_a_colleague_saved_since_is_opened_or_saved_over_as_the_user_chooses(qtbot, opened, colleague,
                                                                                     store, monkeypatch,
                                                                                     keep_theirs):
    theirs = {**colleague.recipes.load("Weekly"), "title": "Weekly brief, the colleague's"}
    colleague.recipes.save("Weekly", theirs)
    asked: list[str] = []
    monkeypatch.setattr(recipe_dialogs, "ask_keep_theirs", lambda parent, text: asked.append(text) or keep_theirs)
    saved = opened.recipes.save_named()
    [text] = asked
    assert text.startswith("The recipe “Weekly” was saved by ") and "since you opened it — nothing was" in text
    if keep_theirs:
        assert not saved and store.recipes.load("Weekly")["title"] == "Weekly brief, the colleague's"
        assert opened.current_recipe().to_dict()["title"] == "Weekly brief, the colleague's"
        assert opened.recipes.unsaved_name() == ""
        opened.undo_stack.undo()                                       # the user's own brief is one undo away
        assert opened.current_recipe().to_dict()["title"] == "Weekly brief, my changes"
    else:
        assert saved and store.recipes.load("Weekly")["title"] == "Weekly brief, my changes"
        trail = [r for r in store.history.audit(table="recipes", row_key="Weekly") if r.action == "update"]
        assert trail[0].old["title"] == "Weekly brief, the colleague's"          # theirs is in the history

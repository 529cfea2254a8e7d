"""Adding a source from the Data tab: the dialog, the store's refusals shown in place, undo."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog

from ftz_desktop.ui.data.dialogs.add_source import AddSourceDialog


def _fill_and_add(dialog, **values):
    for key, text in values.items():
        dialog.fields[key].setText(text)
    dialog._on_add()


def test_add_source_then_undo_and_redo(data_tab, store, monkeypatch):
    monkeypatch.setattr(AddSourceDialog, "exec", lambda dialog: _fill_and_add(
        dialog, id="cd-customs-2023", title="Chengdu Customs release, January 2023",
        publisher="Chengdu Customs") or dialog.result())
    data_tab.buttons["add_source"].click()
    assert store.dataset().sources["cd-customs-2023"].publisher == "Chengdu Customs"
    undo_stack = data_tab.editor._stack
    assert undo_stack.undoText() == "Add source cd-customs-2023"
    undo_stack.undo()
    assert "cd-customs-2023" not in store.dataset().sources
    undo_stack.redo()
    assert "cd-customs-2023" in store.dataset().sources


def test_a_refused_source_keeps_the_dialog_open_with_the_reason(qtbot, store):
    added = []

    def submit(source):
        store.add_source(source)
        added.append(source)

    dialog = AddSourceDialog(submit)
    qtbot.addWidget(dialog)
    _fill_and_add(dialog, id="study-2.1", title="Duplicate of a shipped source")
    assert dialog.result() != QDialog.DialogCode.Accepted and not added
    assert "already exists" in dialog.error.text() and dialog.error.isVisibleTo(dialog)
    assert dialog.fields["id"].styleSheet()          # the field is marked
    assert dialog.fields["title"].text() == "Duplicate of a shipped source"   # nothing typed is lost
    _fill_and_add(dialog, id="sc-yearbook-2023")
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "sc-yearbook-2023" in store.dataset().sources

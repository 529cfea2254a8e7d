"""Fixtures for UI tests: a real workspace on disk and the real study content."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def content():
    from ftz_desktop.core.study.content import load_content

    return load_content("en")


class MessageBoxes:
    """Every message box a widget opens, recorded instead of shown (questions get ``answers``, else No)."""

    def __init__(self) -> None:
        self.shown: dict[str, list[str]] = {"warning": [], "question": [], "information": [], "critical": []}
        self.answers: list = []

    def texts(self, kind: str) -> list[str]:
        return self.shown[kind]          # the live list


@pytest.fixture
def dialogs(monkeypatch):
    """Record QMessageBox calls instead of opening modal boxes (a test never drives a native dialog)."""
    from PySide6.QtWidgets import QMessageBox

    record = MessageBoxes()

    def box(kind):
        def show(parent, title, text, *args, **kwargs):
            record.shown[kind].append(text)
            if kind == "question":
                return record.answers.pop(0) if record.answers else QMessageBox.StandardButton.No
            return QMessageBox.StandardButton.Ok
        return show

    for kind in ("warning", "question", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, box(kind))
    return record


@pytest.fixture
def data_tab(qtbot, store, content):
    """The Data tab on a real workspace, shown, with its first checks done."""
    from PySide6.QtGui import QUndoStack

    from ftz_desktop.ui.context import AppContext
    from ftz_desktop.ui.data.data_tab import DataTab

    widget = DataTab(AppContext(store=store, content=content, undo_stack=QUndoStack()))
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.analysis_updated):      # the checks run once the table has been painted
        widget.show()
    yield widget
    widget.shutdown()

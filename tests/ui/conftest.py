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
def main_window(qtbot, store, content):
    """The main window on a real workspace, shown and active (keys reach it); its tabs' work stopped after."""
    from ftz_desktop.ui.main_window import MainWindow

    window = MainWindow(store, content)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    for host in window._hosts.values():
        if host.widget is not None and hasattr(host.widget, "shutdown"):
            host.widget.shutdown()


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


class FigureSources:
    """The Data tab's "source of the new figures" question, answered instead of shown: every request is
    recorded and answered with ``answer`` (None: the user cancels)."""

    SOURCE_ID = "staff-figures"

    def __init__(self) -> None:
        from ftz_desktop.ui.data.actions.provenance import FigureSource

        self.requests: list = []
        self.answer = FigureSource(self.SOURCE_ID, "A")


@pytest.fixture(autouse=True)
def figure_sources(monkeypatch):
    """Typed and pasted figures that fill gaps or replace the study's get a staff source, as a clerk would
    give (tests of the dialog itself use ``real_figure_source_dialog``)."""
    from ftz_desktop.core.domain.model import Source
    from ftz_desktop.ui.data.data_tab import DataTab

    record = FigureSources()
    real = DataTab._ask_source

    def ask(tab, request):
        record.requests.append(request)
        if record.answer is not None and record.answer.source_id not in tab._store.sources():
            tab._store.add_source(Source(id=FigureSources.SOURCE_ID, title="Statistics office figures",
                                         publisher="Statistics office"))
        return record.answer

    monkeypatch.setattr(DataTab, "_ask_source", ask)
    record.real = real
    return record


@pytest.fixture
def real_figure_source_dialog(monkeypatch, figure_sources):
    from ftz_desktop.ui.data.data_tab import DataTab

    monkeypatch.setattr(DataTab, "_ask_source", figure_sources.real)


@pytest.fixture
def brief_tab(qtbot, store, content):
    """The Brief tab on a real workspace, alone (its own undo history), its work stopped after."""
    from PySide6.QtGui import QUndoStack

    from ftz_desktop.ui.brief.composer_tab import BriefComposerTab
    from ftz_desktop.ui.context import AppContext

    widget = BriefComposerTab(AppContext(store=store, content=content, undo_stack=QUndoStack()))
    qtbot.addWidget(widget)
    yield widget
    widget.shutdown()

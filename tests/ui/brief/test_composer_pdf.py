"""Export PDF… and Open document in the Brief tab: the Word export then LibreOffice on a worker thread, the
window free meanwhile; where LibreOffice is missing the action says what it needs. Every dialog is replaced."""
from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ftz_desktop.brief.export import FAILED, SAVED
from ftz_desktop.brief.pdf import find_soffice
from ftz_desktop.core.study.content import load_content
from ftz_desktop.ui.brief import export_flow
from ftz_desktop.ui.brief.composer_tab import BriefComposerTab
from ftz_desktop.ui.brief.preflight_dialog import PreflightDialog
from ftz_desktop.ui.context import AppContext

EXPORT_TIMEOUT_MS = 240_000
posix_only = pytest.mark.skipif(os.name == "nt", reason="the stand-in LibreOffice is a shell script")


def make_tab(qtbot, store) -> BriefComposerTab:
    status: list[str] = []
    context = AppContext(store=store, content=load_content("en"), undo_stack=QUndoStack(),
                         show_status_message=status.append)
    widget = BriefComposerTab(context)
    widget.status_messages = status
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def tab(qtbot, store):
    widget = make_tab(qtbot, store)
    yield widget
    widget.shutdown()


@pytest.fixture
def shown(monkeypatch):
    """Message boxes, the pre-export check (answered Export anyway), the file dialog and opened URLs, recorded."""
    record: dict[str, list] = {"information": [], "warning": [], "question": [], "check": [], "file": [], "open": []}
    record["answers"] = []
    monkeypatch.setattr(QMessageBox, "information", lambda p, t, text, *a, **k: record["information"].append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text, *a, **k: record["warning"].append(text))

    def question(parent, title, text, *args, **kwargs):
        record["question"].append(text)
        return record["answers"].pop(0) if record["answers"] else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)

    def check(dialog):
        record["check"].append(dialog)
        if dialog.export_button is not None:
            dialog.export_button.click()
        return dialog.result()

    monkeypatch.setattr(PreflightDialog, "exec", check)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: record["open"].append(url.toLocalFile()) or True)
    return record


def save_as(monkeypatch, shown, path: Path) -> None:
    def ask(parent, caption, suggested, file_filter, *a, **k):
        shown["file"].append((suggested, file_filter))
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)


def stand_in(folder: Path, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "soffice"
    path.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def export_pdf(qtbot, tab):
    with qtbot.waitSignal(tab.export_finished, timeout=EXPORT_TIMEOUT_MS) as blocker:
        assert tab.export_pdf_with_dialog()
    return blocker.args[0]


def test_without_libreoffice_the_action_says_what_it_needs(qtbot, store, monkeypatch, shown, tmp_path):
    monkeypatch.setattr(export_flow, "find_libreoffice", lambda: None)
    tab = make_tab(qtbot, store)
    try:
        assert "Needs LibreOffice" in tab.export_pdf_button.toolTip() and tab.export_pdf_button.isEnabled()
        started = []
        tab.exporter.export_started.connect(started.append)
        tab.export_pdf_button.click()
        assert len(shown["information"]) == 1 and "LibreOffice" in shown["information"][0]
        assert "IT department" in shown["information"][0]
        assert shown["file"] == [] and shown["check"] == [] and started == []     # asked nothing, did nothing
    finally:
        tab.shutdown()


def test_open_document_opens_the_word_file_after_an_export(qtbot, tab, monkeypatch, shown, tmp_path):
    save_as(monkeypatch, shown, tmp_path / "brief.docx")
    with qtbot.waitSignal(tab.export_finished, timeout=EXPORT_TIMEOUT_MS) as blocker:
        assert tab.export_with_dialog()
    assert blocker.args[0].status == SAVED
    panel = tab.export_panel
    assert panel.open_document_button.isVisibleTo(tab) and panel.open_folder_button.isVisibleTo(tab)
    panel.open_document_button.click()
    panel.open_folder_button.click()
    assert shown["open"] == [str(tmp_path / "brief.docx"), str(tmp_path)]


@posix_only
def test_a_failed_conversion_says_so_and_keeps_the_word_file(qtbot, tab, monkeypatch, shown, tmp_path):
    soffice = stand_in(tmp_path / "bin", "exit 3")
    monkeypatch.setattr(export_flow, "find_libreoffice", lambda: soffice)
    save_as(monkeypatch, shown, tmp_path / "brief.pdf")
    outcome = export_pdf(qtbot, tab)
    assert outcome.status == FAILED and "exit code 3" in outcome.message
    assert len(shown["warning"]) == 1 and "brief.docx is kept" in shown["warning"][0]
    assert (tmp_path / "brief.docx").is_file() and not (tmp_path / "brief.pdf").exists()
    tab.export_panel.open_document_button.click()                 # the Word file is there to open
    assert shown["open"] == [str(tmp_path / "brief.docx")]


@posix_only
def test_a_word_file_of_that_name_beside_the_pdf_is_replaced_only_when_the_user_agrees(qtbot, tab, monkeypatch,
                                                                                      shown, tmp_path):
    soffice = stand_in(tmp_path / "bin", "exit 3")
    monkeypatch.setattr(export_flow, "find_libreoffice", lambda: soffice)
    old = tmp_path / "brief.docx"
    old.write_bytes(b"PK\x03\x04 last week's brief")
    save_as(monkeypatch, shown, tmp_path / "brief.pdf")
    started = []
    tab.exporter.export_started.connect(started.append)
    assert not tab.export_pdf_with_dialog()                        # answered No
    assert len(shown["question"]) == 1 and "brief.docx" in shown["question"][0]
    assert old.read_bytes() == b"PK\x03\x04 last week's brief" and started == []
    assert "no file was changed" in tab.status_messages[-1]


@pytest.mark.slow
@pytest.mark.skipif(find_soffice() is None, reason="LibreOffice (soffice) is not installed")
def test_export_pdf_makes_both_files_without_freezing_the_window(qtbot, tab, monkeypatch, shown, tmp_path):
    tab.settings._fields["title"].setText("Brief for the Bureau")
    save_as(monkeypatch, shown, tmp_path / "chosen")
    beats = []
    heart = QTimer(tab)
    heart.setInterval(50)
    jobs = []

    def on_started(job):
        jobs.append(job)
        if job.path.suffix == ".pdf":            # the window's own timer keeps beating while LibreOffice runs
            heart.timeout.connect(lambda: beats.append(job.is_running()))
            heart.start()

    tab.exporter.export_started.connect(on_started)
    outcome = export_pdf(qtbot, tab)
    heart.stop()
    assert outcome.status == SAVED, outcome.message
    assert [j.path.name for j in jobs] == ["chosen.docx", "chosen.pdf"]
    assert shown["file"][0][0].endswith("Brief for the Bureau.pdf") and "*.pdf" in shown["file"][0][1]
    assert len(shown["check"]) == 1                                 # one check, before the file name
    assert (tmp_path / "chosen.docx").is_file() and (tmp_path / "chosen.pdf").read_bytes().startswith(b"%PDF")
    assert beats.count(True) >= 1
    assert str(tmp_path / "chosen.pdf") in tab.status_messages[-1]
    tab.export_panel.open_document_button.click()
    assert shown["open"] == [str(tmp_path / "chosen.pdf")]

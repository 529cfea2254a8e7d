"""Export to Word from the Brief tab: the worker thread, progress and Cancel, the pre-export check, and one
clear message for each way an export fails, with the previous file untouched."""
from __future__ import annotations

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ftz_desktop.brief.export import CANCELLED, FAILED, SAVED
from ftz_desktop.core import atomic
from ftz_desktop.core.analysis.checks import Finding
from ftz_desktop.core.study.content import load_content
from ftz_desktop.ui.brief import preflight_dialog
from ftz_desktop.ui.brief.composer_tab import BriefComposerTab
from ftz_desktop.ui.brief.preflight_dialog import PreflightDialog
from ftz_desktop.ui.context import AppContext
from ftz_desktop.ui.main_window import MainWindow

CHECK = Qt.ItemDataRole.CheckStateRole
EXPORT_TIMEOUT_MS = 60_000
OLD_BYTES = b"PK\x03\x04 the brief exported last week"


@pytest.fixture
def tab(qtbot, store):
    status: list[str] = []
    undo = QUndoStack()
    context = AppContext(store=store, content=load_content("en"), undo_stack=undo, show_status_message=status.append)
    widget = BriefComposerTab(context)
    widget.status_messages = status
    qtbot.addWidget(widget)
    yield widget
    widget.shutdown()


@pytest.fixture
def warnings_accepted(monkeypatch):
    """The pre-export dialog answers "Export anyway" when it offers it; records what it showed."""
    shown: list[PreflightDialog] = []

    def exec_(dialog):
        shown.append(dialog)
        if dialog.export_button is not None:
            dialog.export_button.click()
        return dialog.result()

    monkeypatch.setattr(PreflightDialog, "exec", exec_)
    return shown


@pytest.fixture
def messages(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    return shown


def save_as(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def export(qtbot, tab):
    with qtbot.waitSignal(tab.export_finished, timeout=EXPORT_TIMEOUT_MS) as blocker:
        assert tab.export_with_dialog()
    return blocker.args[0]


def headings(path) -> list[str]:
    document = docx.Document(str(path))
    return [p.text for p in document.paragraphs if p.style.name.startswith(("Heading", "Title"))]


def test_export_writes_the_chosen_brief(qtbot, tab, tmp_path, monkeypatch, warnings_accepted, messages):
    content = load_content("en")
    tab.outline.setData(tab.outline.index_of("section", "opportunities"), Qt.CheckState.Unchecked, CHECK)
    tab.outline.set_checked("item", "sc-talent", False)
    tab.settings._fields["title"].setText("Brief for the Bureau")
    save_as(monkeypatch, tmp_path / "brief")
    progress: list[int] = []
    tab.exporter.export_started.connect(lambda job: job.progress_changed.connect(lambda p, m: progress.append(p)))
    outcome = export(qtbot, tab)
    assert outcome.status == SAVED and outcome.path == tmp_path / "brief.docx"
    assert warnings_accepted and not warnings_accepted[0].has_errors   # the shipped study has warnings only
    found = headings(outcome.path)
    assert "Brief for the Bureau" in found
    text = "\n".join(found)
    assert content.section("status").title in text and content.item("sc-legal").title in text
    assert content.section("opportunities").title not in text
    assert all(item.title not in text for item in content.section("opportunities").items)
    assert content.item("sc-talent").title not in text
    assert progress and progress[-1] == 100
    assert str(outcome.path) in tab.status_messages[-1]
    assert tab.export_panel.open_folder_button.isVisibleTo(tab)
    assert messages == []


def test_default_file_name_comes_from_the_title(qtbot, tab, tmp_path, monkeypatch, warnings_accepted):
    asked = []

    def ask(parent, caption, suggested, *a, **k):
        asked.append(suggested)
        return ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    tab.settings._fields["title"].setText('Trade: "Q2" report?')
    assert not tab.export_with_dialog()
    assert asked[0].endswith("Trade - Q2 - report.docx")


def test_cancel_leaves_the_old_file_untouched(qtbot, tab, tmp_path, monkeypatch, warnings_accepted, messages):
    target = tmp_path / "brief.docx"
    target.write_bytes(OLD_BYTES)
    save_as(monkeypatch, target)

    def cancel_at_first_progress(job):
        # Direct connection: runs on the worker thread at the first progress report, before anything is written.
        job.worker.progress_changed.connect(job.cancel, Qt.ConnectionType.DirectConnection)

    tab.exporter.export_started.connect(cancel_at_first_progress)
    outcome = export(qtbot, tab)
    assert outcome.status == CANCELLED and "brief.docx was not changed" in outcome.message
    assert target.read_bytes() == OLD_BYTES
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(atomic.TEMP_PREFIX)] == []
    assert messages == []


def test_the_cancel_button_cancels_the_running_job(qtbot, tab, tmp_path, monkeypatch, warnings_accepted):
    save_as(monkeypatch, tmp_path / "brief.docx")
    jobs = []
    tab.exporter.export_started.connect(jobs.append)
    with qtbot.waitSignal(tab.export_finished, timeout=EXPORT_TIMEOUT_MS):
        tab.export_with_dialog()
        assert tab.export_panel.cancel_button.isVisibleTo(tab)
        tab.export_panel.cancel_button.click()
        assert jobs[0].cancel_requested()


def test_a_file_open_in_another_program_gives_the_message_and_keeps_the_old_file(
        qtbot, tab, tmp_path, monkeypatch, warnings_accepted):
    target = tmp_path / "brief.docx"
    target.write_bytes(OLD_BYTES)
    save_as(monkeypatch, target)

    def locked(src, dst):
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    retry = atomic._replace_with_retry
    monkeypatch.setattr(atomic.os, "replace", locked)
    monkeypatch.setattr(atomic, "_replace_with_retry", lambda temp, dest, seconds: retry(temp, dest, 0.05))
    asked = []

    def exec_(box):
        asked.append((box.text(), [b.text() for b in box.buttons()]))
        return 0   # closed without choosing: Cancel

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    outcome = export(qtbot, tab)
    assert outcome.status == FAILED and outcome.locked
    assert asked and asked[0][0] == "brief.docx is open in another program — close it or save under another name."
    assert "Save &As…" in asked[0][1]
    assert target.read_bytes() == OLD_BYTES
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(atomic.TEMP_PREFIX)] == []


def test_a_full_disk_gives_one_message_and_keeps_the_old_file(qtbot, tab, tmp_path, monkeypatch, warnings_accepted,
                                                              messages):
    target = tmp_path / "brief.docx"
    target.write_bytes(OLD_BYTES)
    save_as(monkeypatch, target)
    monkeypatch.setattr(atomic, "_write", lambda fd, data: max(0, len(data) // 2))
    outcome = export(qtbot, tab)
    assert outcome.status == FAILED and not outcome.locked
    assert len(messages) == 1 and "disk is full" in messages[0] and "brief.docx" in messages[0]
    assert target.read_bytes() == OLD_BYTES


@pytest.mark.parametrize("name", ["CON.docx", "brief?.docx", "com1.docx"])
def test_an_invalid_name_is_refused_before_any_work(qtbot, tab, tmp_path, monkeypatch, warnings_accepted, messages,
                                                    name):
    save_as(monkeypatch, tmp_path / name)
    started = []
    tab.exporter.export_started.connect(started.append)
    assert not tab.export_with_dialog()
    assert len(messages) == 1 and name.split(".")[0].strip("?") in messages[0]
    assert started == [] and not (tmp_path / name).exists()      # refused before the export wrote anything
    # Typed straight in (no dialog), the name is refused before the check too.
    assert not tab.exporter.export_to(tmp_path / name)
    assert len(messages) == 2 and len(warnings_accepted) == 1 and started == []


def test_the_check_comes_before_the_file_name_is_asked(qtbot, tab, tmp_path, monkeypatch):
    order = []

    def exec_(dialog):
        order.append("check")
        return QDialog.DialogCode.Rejected     # the user cancels the export on seeing the warnings

    monkeypatch.setattr(PreflightDialog, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: order.append("file name") or ("", ""))
    assert not tab.export_with_dialog()
    assert order == ["check"]                  # cancelled at the check: the file name was never asked
    assert "no file was changed" in tab.status_messages[-1]


def test_errors_in_the_check_block_the_export(qtbot, tab, tmp_path, monkeypatch):
    tab.outline.setData(tab.outline.index_of("part", "text"), Qt.CheckState.Unchecked, CHECK)
    tab.outline.setData(tab.outline.index_of("part", "figures"), Qt.CheckState.Unchecked, CHECK)
    tab.outline.setData(tab.outline.index_of("part", "charts"), Qt.CheckState.Unchecked, CHECK)
    save_as(monkeypatch, tmp_path / "brief.docx")
    shown = []

    def exec_(dialog):   # even a stray Enter (accept) must not let an export with errors through
        shown.append(dialog)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreflightDialog, "exec", exec_)
    started = []
    tab.exporter.export_started.connect(started.append)
    assert not tab.export_with_dialog()
    assert shown and shown[0].has_errors and shown[0].export_button is None
    assert "Nothing is ticked" in shown[0].as_text()
    assert started == [] and not (tmp_path / "brief.docx").exists()
    assert "no file was changed" in tab.status_messages[-1]


def test_preflight_dialog_buttons(qtbot):
    error = Finding("error", "empty_text", "Item 'x' is ticked but its summary is empty")
    warning = Finding("warning", "old_data", "An indicator: the latest figure is for 2015")
    blocking = PreflightDialog([warning, error])
    qtbot.addWidget(blocking)
    assert blocking.export_button is None and blocking.list.count() == 2
    assert "1 problem stops the export" in blocking.summary.text()
    blocking.accept()
    assert blocking.result() != QDialog.DialogCode.Accepted
    allowing = PreflightDialog([warning])
    qtbot.addWidget(allowing)
    allowing.export_button.click()
    assert allowing.result() == QDialog.DialogCode.Accepted
    assert preflight_dialog.review_findings(None, []) is True


def test_file_menu_export_uses_the_brief_tab(qtbot, store, tmp_path, monkeypatch, warnings_accepted, messages):
    window = MainWindow(store, load_content("en"))
    qtbot.addWidget(window)
    save_as(monkeypatch, tmp_path / "from the menu.docx")
    composer = window.tab_widget("brief")
    try:
        with qtbot.waitSignal(composer.export_finished, timeout=EXPORT_TIMEOUT_MS) as blocker:
            window.export_action.trigger()
        assert blocker.args[0].status == SAVED
        assert (tmp_path / "from the menu.docx").exists()
    finally:
        composer.shutdown()

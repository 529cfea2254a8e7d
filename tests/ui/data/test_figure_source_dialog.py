"""The "source of the new figures" dialog: staff sources only, status by the kind of source, a new source added here."""
from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from ftz_desktop.core.domain.model import Source
from ftz_desktop.ui.data.actions.provenance import FigureSource, SourceRequest
from ftz_desktop.ui.data.dialogs.figure_source import FigureSourceDialog, request_text

STUDY = Source(id="study-2.1", title="Policy study, section 2.1", publisher="Policy study")
YEARBOOK = Source(id="sc-yearbook-2024", title="Sichuan Statistical Yearbook 2024", publisher="Sichuan Bureau")
CALL = Source(id="call-notes", title="Notes from a call with Chengdu Customs")


def _dialog(qtbot, sources, add=lambda: None):
    dialog = FigureSourceDialog(SourceRequest(figures=2, gaps=1, study_figures=1), sources, add, lambda: sources)
    qtbot.addWidget(dialog)
    return dialog


def test_only_staff_sources_are_offered_and_the_status_follows_the_kind_of_source(qtbot):
    dialog = _dialog(qtbot, {STUDY.id: STUDY, YEARBOOK.id: YEARBOOK, CALL.id: CALL})
    offered = [dialog.source_box.itemData(i) for i in range(dialog.source_box.count())]
    assert offered == [CALL.id, YEARBOOK.id]                  # newest first, never the study
    assert dialog.status_box.currentData() == "E"             # a call note is not a publication
    dialog.source_box.setCurrentIndex(1)
    assert dialog.status_box.currentData() == "A"             # a yearbook is
    dialog.status_box.setCurrentIndex(dialog.status_box.findData("P"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result_choice == FigureSource(YEARBOOK.id, "P")


def test_without_a_staff_source_the_figures_cannot_be_written_until_one_is_added(qtbot):
    sources = {STUDY.id: STUDY}

    def add():
        sources[YEARBOOK.id] = YEARBOOK
        return YEARBOOK.id

    dialog = _dialog(qtbot, sources, add)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog._on_new_source()
    assert dialog.source_box.currentData() == YEARBOOK.id and dialog.status_box.currentData() == "A"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_question_says_what_the_figures_replace():
    text = request_text(SourceRequest(figures=3, gaps=2, study_figures=1))
    assert text.startswith("These 3 figures replace 1 figure the study states and fill 2 gaps the study left.")

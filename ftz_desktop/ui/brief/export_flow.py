"""The export as the user goes through it: the pre-export check, where to save, the name check, the
export on its worker thread with progress and Cancel, then one clear message.

A PDF is the Word export followed by LibreOffice (``brief.pdf``): the .docx is written beside the
chosen PDF under the same name, and stays when the PDF cannot be made. Where LibreOffice is missing,
Export PDF says what it needs before anything is checked or asked.

The flow asks the composer for the recipe and the workspace for the data at the moment of export;
brief/ does the work (preflight, run_export, run_pdf_export), this module only coordinates and reports.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QObject, QStandardPaths, Signal, Slot
from PySide6.QtWidgets import QWidget

from ftz_desktop.brief.export import CANCELLED, FAILED, SAVED, ExportOutcome
from ftz_desktop.core.atomic import TargetNameError, validate_target_name
from ftz_desktop.core.recipe import Recipe
from ftz_desktop.ui.brief import export_dialogs, preflight_dialog
from ftz_desktop.ui.brief.export_panel import ExportPanel
from ftz_desktop.ui.brief.export_worker import BackgroundJob, ExportJob, PdfJob

log = logging.getLogger(__name__)


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def find_libreoffice() -> Optional[Path]:
    from ftz_desktop.brief.pdf import find_soffice

    return find_soffice()


class ExportFlow(QObject):
    export_started = Signal(object)      # the job (tests reach its worker through it): Word, then PDF
    export_finished = Signal(object)     # ExportOutcome of the whole export, after the user has been told

    def __init__(self, owner: QWidget, panel: ExportPanel, recipe: Callable[[], Recipe], dataset: Callable,
                 content: Callable, show_status: Callable[[str], None]) -> None:
        super().__init__(owner)
        self._owner = owner
        self._panel = panel
        self._recipe = recipe
        self._dataset = dataset
        self._content = content
        self._show_status = show_status
        self.folder: Optional[Path] = None
        self.job: Optional[BackgroundJob] = None
        self._recipe_of_job = Recipe()
        self._pdf: Optional[tuple[Path, Path]] = None     # (the PDF to make after the Word file, LibreOffice)
        panel.cancel_requested.connect(self._on_cancel_requested)

    def is_running(self) -> bool:
        return self.job is not None and self.job.is_running()

    def _busy(self) -> bool:
        if self.is_running():
            self._show_status(self.tr("An export is already running; wait for it or cancel it."))
            return True
        return False

    def _checked(self, recipe: Recipe) -> bool:
        """The pre-export check: True when the export may go ahead (the user was told what it found, in the
        window's language: a Chinese window names the figures by their Chinese names)."""
        from ftz_desktop.brief.preflight import preflight
        from ftz_desktop.core.analysis.findings_text import in_language
        from ftz_desktop.core.study.names import localized
        from ftz_desktop.core.translate import current_language

        dataset, language = self._dataset(), current_language()
        findings = preflight(recipe, dataset, self._content(recipe.language))
        findings = in_language(findings, localized(dataset, language), language)
        return preflight_dialog.review_findings(self._owner, findings)

    def _stopped(self) -> None:
        self._show_status(self.tr("Export stopped before writing; no file was changed."))

    def _valid(self, *paths: Path) -> bool:
        try:
            for path in paths:
                validate_target_name(path)
        except TargetNameError as exc:
            export_dialogs.show_error(self._owner, self.tr("Brief not saved"), str(exc))
            return False
        return True

    # ----- Word ---------------------------------------------------------------------------------------
    def export_with_dialog(self, recipe: Optional[Recipe] = None) -> bool:
        """Check the brief, ask where to save it, and start the export; False if it did not start."""
        if self._busy():
            return False
        recipe = recipe or self._recipe()
        if not self._checked(recipe):
            self._stopped()
            return False
        return self._ask_and_start(recipe)

    def _ask_and_start(self, recipe: Recipe) -> bool:
        folder = self.folder or documents_folder()
        path = export_dialogs.ask_export_path(self._owner, folder / export_dialogs.suggested_file_name(recipe.title))
        if path is None or not self._valid(path):
            return False
        self._pdf = None
        self._start_word(recipe, path)
        return True

    def export_to(self, path: Path, recipe: Optional[Recipe] = None) -> bool:
        """Check the name and the brief, then start the export to ``path``; False if it did not start."""
        recipe = recipe or self._recipe()
        if not self._valid(path):
            return False
        if not self._checked(recipe):
            self._stopped()
            return False
        self._pdf = None
        self._start_word(recipe, path)
        return True

    # ----- PDF ----------------------------------------------------------------------------------------
    def pdf_tooltip(self) -> str:
        if find_libreoffice() is None:
            return self.tr("Needs LibreOffice, which was not found on this computer: click to read how to get it")
        return self.tr("Check the brief and save it as PDF, with the Word document beside it (LibreOffice makes the "
                       "PDF)")

    def export_pdf_with_dialog(self, recipe: Optional[Recipe] = None) -> bool:
        """Say what is missing if LibreOffice is; else check, ask where, and export Word, then PDF."""
        soffice = self._libreoffice()
        if soffice is None:
            return False
        recipe = recipe or self._recipe()
        if not self._checked(recipe):
            self._stopped()
            return False
        folder = self.folder or documents_folder()
        suggested = Path(export_dialogs.suggested_file_name(recipe.title)).with_suffix(".pdf")
        path = export_dialogs.ask_pdf_path(self._owner, folder / suggested)
        if path is None:
            return False
        return self._start_pdf_export(recipe, path, soffice)

    def export_pdf_to(self, path: Path, recipe: Optional[Recipe] = None) -> bool:
        """The PDF export to ``path`` without the file dialog (the check and the questions still come)."""
        soffice = self._libreoffice()
        if soffice is None or not self._valid(path, path.with_suffix(".docx")):
            return False
        recipe = recipe or self._recipe()
        if not self._checked(recipe):
            self._stopped()
            return False
        return self._start_pdf_export(recipe, path, soffice)

    def _libreoffice(self) -> Optional[Path]:
        """LibreOffice, when no export is running and it is installed (else the user is told and None)."""
        from ftz_desktop.brief.pdf import libreoffice_needed

        if self._busy():
            return None
        soffice = find_libreoffice()
        if soffice is None:
            export_dialogs.show_information(self._owner, self.tr("LibreOffice needed"), libreoffice_needed())
        return soffice

    def _start_pdf_export(self, recipe: Recipe, pdf: Path, soffice: Path) -> bool:
        docx = pdf.with_suffix(".docx")
        if not self._valid(pdf, docx):
            return False
        if docx.exists() and not export_dialogs.confirm_replace_word_copy(self._owner, docx):
            self._stopped()
            return False
        self._pdf = (pdf, soffice)
        self._start_word(recipe, docx)
        return True

    # ----- the jobs -----------------------------------------------------------------------------------
    def _start_word(self, recipe: Recipe, path: Path) -> None:
        self.folder = path.parent
        self._recipe_of_job = recipe
        self._run(ExportJob(recipe, self._dataset(), self._content(recipe.language), path, self),
                  self._on_word_finished)

    def _start_conversion(self, docx: Path, pdf: Path, soffice: Path) -> None:
        self._run(PdfJob(docx, pdf, soffice, self), self._on_pdf_finished, busy=True)

    def _run(self, job: BackgroundJob, finished: Callable[[ExportOutcome], None], busy: bool = False) -> None:
        self.job = job
        job.progress_changed.connect(self._panel.set_progress)
        job.finished.connect(finished)
        self._panel.started(job.path.name, busy)
        self.export_started.emit(job)
        job.start()

    def _job_done(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()

    @Slot()
    def _on_cancel_requested(self) -> None:
        if self.job is not None:
            self.job.cancel()

    @Slot(object)
    def _on_word_finished(self, outcome: ExportOutcome) -> None:
        self._job_done()
        if outcome.status == SAVED and self._pdf is not None:
            pdf, soffice = self._pdf
            self._log_warnings(outcome)
            self._start_conversion(outcome.path, pdf, soffice)
            return
        self._panel.finished(outcome)
        if outcome.status == SAVED:
            self._report_saved(outcome)
        elif outcome.status == CANCELLED:
            self._show_status(outcome.message)
        elif outcome.status == FAILED:
            self._report_failure(outcome, self._recipe_of_job)
        self.export_finished.emit(outcome)

    @Slot(object)
    def _on_pdf_finished(self, outcome: ExportOutcome) -> None:
        job = self.job
        docx = job.docx if isinstance(job, PdfJob) else outcome.path.with_suffix(".docx")
        self._job_done()
        # The Word file is there whatever became of the PDF: the panel opens the PDF, else the Word file.
        self._panel.finished(outcome, document=outcome.path if outcome.status == SAVED else docx)
        if outcome.status == SAVED:
            self._show_status(outcome.message)
        elif outcome.status == CANCELLED:
            self._show_status(outcome.message)
        elif outcome.locked and self._pdf is not None:
            soffice = self._pdf[1]
            action = export_dialogs.ask_locked_action(self._owner, outcome.message)
            if action == export_dialogs.RETRY:
                self._start_conversion(docx, outcome.path, soffice)
            elif action == export_dialogs.SAVE_AS:
                path = export_dialogs.ask_pdf_path(self._owner, outcome.path)
                if path is not None and self._valid(path):
                    self._start_conversion(docx, path, soffice)
        else:
            export_dialogs.show_error(self._owner, self.tr("PDF not made"), outcome.message)
        self.export_finished.emit(outcome)

    def _log_warnings(self, outcome: ExportOutcome) -> None:
        for warning in outcome.warnings:
            log.warning("%s: %s", outcome.path.name, warning)
        self._panel.setToolTip("\n".join(outcome.warnings))

    def _report_saved(self, outcome: ExportOutcome) -> None:
        self._log_warnings(outcome)
        notes = len(outcome.warnings)
        if notes == 1:
            suffix = self.tr(" ({count} note: hover the message below the preview to read them)")
        else:
            suffix = self.tr(" ({count} notes: hover the message below the preview to read them)")
        self._show_status(outcome.message + (suffix.format(count=notes) if notes else ""))

    def _report_failure(self, outcome: ExportOutcome, recipe: Recipe) -> None:
        if not outcome.locked:
            export_dialogs.show_error(self._owner, self.tr("Brief not saved"), outcome.message)
            return
        action = export_dialogs.ask_locked_action(self._owner, outcome.message)
        if action == export_dialogs.RETRY:
            self._start_word(recipe, outcome.path)
        elif action == export_dialogs.SAVE_AS and self._pdf is not None:
            path = export_dialogs.ask_pdf_path(self._owner, self._pdf[0])
            if path is not None:
                self._start_pdf_export(recipe, path, self._pdf[1])
        elif action == export_dialogs.SAVE_AS:
            self._ask_and_start(recipe)

    def shutdown(self) -> None:
        """Cancel a running export and wait for its thread (the app is closing)."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()

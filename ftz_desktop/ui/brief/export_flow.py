"""The Word export as the user goes through it: where to save, the name check, the pre-export check,
the export on its worker thread with progress and Cancel, then one clear message.

The flow asks the composer for the recipe and the workspace for the data at the moment of export;
brief/ does the work (preflight, run_export), this module only coordinates and reports.
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
from ftz_desktop.ui.brief.export_worker import ExportJob

log = logging.getLogger(__name__)


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class ExportFlow(QObject):
    export_started = Signal(object)      # the ExportJob (tests reach its worker through it)
    export_finished = Signal(object)     # ExportOutcome, after the user has been told

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
        self.job: Optional[ExportJob] = None
        self._recipe_of_job = Recipe()
        panel.cancel_requested.connect(self._on_cancel_requested)

    def is_running(self) -> bool:
        return self.job is not None and self.job.is_running()

    def export_with_dialog(self, recipe: Optional[Recipe] = None) -> bool:
        """Ask where to save, check, and start the export; False if it did not start."""
        if self.is_running():
            self._show_status(self.tr("An export is already running; wait for it or cancel it."))
            return False
        recipe = recipe or self._recipe()
        folder = self.folder or documents_folder()
        path = export_dialogs.ask_export_path(self._owner, folder / export_dialogs.suggested_file_name(recipe.title))
        if path is None:
            return False
        return self.export_to(path, recipe)

    def export_to(self, path: Path, recipe: Optional[Recipe] = None) -> bool:
        """Check the name and the brief, then start the export to ``path``; False if it did not start."""
        recipe = recipe or self._recipe()
        try:
            validate_target_name(path)
        except TargetNameError as exc:
            export_dialogs.show_error(self._owner, self.tr("Brief not saved"), str(exc))
            return False
        from ftz_desktop.brief.preflight import preflight

        findings = preflight(recipe, self._dataset(), self._content(recipe.language))
        if not preflight_dialog.review_findings(self._owner, findings):
            self._show_status(self.tr("Export stopped before writing; {name} was not changed.").format(name=path.name))
            return False
        self.folder = path.parent
        self._start(recipe, path)
        return True

    def _start(self, recipe: Recipe, path: Path) -> None:
        self.job = ExportJob(recipe, self._dataset(), self._content(recipe.language), path, self)
        self.job.progress_changed.connect(self._panel.set_progress)
        self.job.finished.connect(self._on_finished)
        self._recipe_of_job = recipe
        self._panel.started(path.name)
        self.export_started.emit(self.job)
        self.job.start()

    @Slot()
    def _on_cancel_requested(self) -> None:
        if self.job is not None:
            self.job.cancel()

    @Slot(object)
    def _on_finished(self, outcome: ExportOutcome) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()
        self._panel.finished(outcome)
        if outcome.status == SAVED:
            for warning in outcome.warnings:
                log.warning("%s: %s", outcome.path.name, warning)
            notes = len(outcome.warnings)
            self._panel.setToolTip("\n".join(outcome.warnings))
            if notes == 1:
                suffix = self.tr(" ({count} note: hover the message below the preview to read them)")
            else:
                suffix = self.tr(" ({count} notes: hover the message below the preview to read them)")
            self._show_status(outcome.message + (suffix.format(count=notes) if notes else ""))
        elif outcome.status == CANCELLED:
            self._show_status(outcome.message)
        elif outcome.status == FAILED:
            self._report_failure(outcome, self._recipe_of_job)
        self.export_finished.emit(outcome)

    def _report_failure(self, outcome: ExportOutcome, recipe: Recipe) -> None:
        if not outcome.locked:
            export_dialogs.show_error(self._owner, self.tr("Brief not saved"), outcome.message)
            return
        action = export_dialogs.ask_locked_action(self._owner, outcome.message)
        if action == export_dialogs.RETRY:
            self._start(recipe, outcome.path)
        elif action == export_dialogs.SAVE_AS:
            self.export_with_dialog(recipe)

    def shutdown(self) -> None:
        """Cancel a running export and wait for its thread (the app is closing)."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()

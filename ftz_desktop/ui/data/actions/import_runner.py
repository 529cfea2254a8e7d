"""Reading an import file off the UI thread, with progress and Cancel.

Planning only reads (the file and an immutable Dataset), so it is safe on a worker thread, and
cancelling leaves the workspace exactly as it was. Small files finish before the progress dialog
would appear; a large workbook shows how far reading has come.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 400


class PlanJob(QObject):
    progressed = Signal(str, int)        # stage, per cent (-1: total not known yet)
    finished = Signal()

    def __init__(self, path: Path, dataset, encoding: Optional[str]) -> None:
        super().__init__()
        self._path, self._dataset, self._encoding = path, dataset, encoding
        self.cancelled = False
        self.result = None
        self.error: Optional[BaseException] = None

    @Slot()
    def run(self) -> None:
        from ftz_desktop.core.tabular.import_export import plan_import

        try:
            self.result = plan_import(self._path, self._dataset, encoding=self._encoding, progress=self._progress)
        except BaseException as exc:   # noqa: BLE001 - handed to the UI thread, which shows it as one message
            self.error = exc
        self.finished.emit()

    def _progress(self, stage: str, fraction: Optional[float]) -> bool:
        self.progressed.emit(stage, -1 if fraction is None else int(fraction * 100))
        return not self.cancelled


class ProgressView(QObject):
    """Lives on the UI thread: the job's signals reach it queued, so only this thread touches the dialog."""

    shown = Signal(int)                  # after the dialog shows a step (per cent, -1 while unknown)

    def __init__(self, job: PlanJob, dialog: QProgressDialog, name: str) -> None:
        super().__init__(dialog)
        self.job, self.dialog, self._name = job, dialog, name
        job.progressed.connect(self._on_progress)
        dialog.canceled.connect(self._on_cancel)

    @Slot(str, int)
    def _on_progress(self, stage: str, percent: int) -> None:
        self.dialog.setLabelText(self.tr("{file}: {stage}…").format(file=self._name, stage=stage))
        if percent < 0:
            self.dialog.setRange(0, 0)   # busy: the total is not known yet
        else:
            self.dialog.setRange(0, 100)
            self.dialog.setValue(percent)
        self.shown.emit(percent)

    @Slot()
    def _on_cancel(self) -> None:
        self.job.cancelled = True        # read by the worker at its next progress report


def plan_with_progress(parent: Optional[QWidget], path: Path, dataset, encoding: Optional[str] = None,
                       on_start: Optional[Callable[[ProgressView], None]] = None):
    """The ImportPlan for ``path`` (raises what plan_import raises, or ImportCancelled)."""
    job = PlanJob(path, dataset, encoding)
    thread = QThread()
    job.moveToThread(thread)
    thread.started.connect(job.run)
    dialog = QProgressDialog(QCoreApplication.translate("ImportProgress", "Reading {file}…").format(file=path.name),
                             QCoreApplication.translate("ImportProgress", "Cancel"), 0, 100, parent)
    dialog.setWindowTitle(QCoreApplication.translate("ImportProgress", "Import"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    view = ProgressView(job, dialog, path.name)
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    if on_start is not None:
        on_start(view)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    if job.error is not None:
        raise job.error
    return job.result

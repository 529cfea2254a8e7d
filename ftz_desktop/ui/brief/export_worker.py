"""Export a brief off the UI thread, with progress and cancel.

``BackgroundJob`` owns a QThread and a ``_Worker`` living in it, which runs one task
``task(progress, cancelled) -> ExportOutcome``. ``ExportJob`` writes the Word file
(``brief.export.run_export``) and ``PdfJob`` makes its PDF (``brief.pdf.run_pdf_export``); both turn
every way they can end into one ``ExportOutcome``: saved, cancelled, or failed with a message for the
user that names the file (a previous file is untouched in both of the last two, because both write
atomically). This module is only the thread and the signals.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ftz_desktop.brief.export import ExportOutcome, run_export
from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.recipe import Recipe
from ftz_desktop.core.study.content import Content

Task = Callable[[Callable[[float, str], None], Callable[[], bool]], ExportOutcome]


class _Worker(QObject):
    progress_changed = Signal(int, str)
    finished = Signal(object)

    def __init__(self, task: Task, cancel_event: threading.Event) -> None:
        super().__init__()
        self._task = task
        self._cancel = cancel_event

    @Slot()
    def run(self) -> None:
        def progress(fraction: float, message: str) -> None:
            self.progress_changed.emit(max(0, min(100, round(fraction * 100))), message)

        outcome = self._task(progress, self._cancel.is_set)
        # End the thread from inside: the UI thread may be blocked waiting for it (closing the app).
        QThread.currentThread().quit()
        self.finished.emit(outcome)


class BackgroundJob(QObject):
    """One task on its own thread. Signals arrive on the thread that created the job."""
    progress_changed = Signal(int, str)
    finished = Signal(object)          # ExportOutcome

    def __init__(self, task: Task, path: Path, name: str, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._cancel = threading.Event()
        self._thread = QThread(self)
        self._thread.setObjectName(name)
        self.worker = _Worker(task, self._cancel)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        self.worker.progress_changed.connect(self.progress_changed)
        self.worker.finished.connect(self._on_worker_finished)
        self._thread.finished.connect(self.worker.deleteLater)
        self.outcome: Optional[ExportOutcome] = None

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Ask the task to stop at its next step; nothing is written after that."""
        self._cancel.set()

    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._thread.isRunning() and self.outcome is None

    def wait(self, milliseconds: int = -1) -> bool:
        """Block until the thread has ended (closing the app); True if it did."""
        return self._thread.wait() if milliseconds < 0 else self._thread.wait(milliseconds)

    @Slot(object)
    def _on_worker_finished(self, outcome: ExportOutcome) -> None:
        self.outcome = outcome
        self._thread.wait()
        self.finished.emit(outcome)


class ExportJob(BackgroundJob):
    """The Word export of ``recipe`` to ``path``."""

    def __init__(self, recipe: Recipe, dataset: Dataset, content: Content, path: Path,
                 parent: Optional[QObject] = None) -> None:
        def task(progress, cancelled) -> ExportOutcome:
            return run_export(recipe, dataset, content, Path(path), progress=progress, cancelled=cancelled)

        super().__init__(task, path, "brief-export", parent)


class PdfJob(BackgroundJob):
    """LibreOffice making ``pdf`` from the Word file ``docx``."""

    def __init__(self, docx: Path, pdf: Path, soffice: Optional[Path] = None, parent: Optional[QObject] = None) -> None:
        from ftz_desktop.brief.pdf import run_pdf_export

        def task(progress, cancelled) -> ExportOutcome:
            return run_pdf_export(Path(docx), Path(pdf), soffice=soffice, progress=progress, cancelled=cancelled)

        super().__init__(task, pdf, "brief-pdf", parent)
        self.docx = Path(docx)

"""Export a brief off the UI thread, with progress and cancel.

``ExportJob`` owns a QThread and an ``_ExportWorker`` living in it. The worker calls
``brief.export.run_export``, which turns every way an export can end into one ``ExportOutcome``: saved,
cancelled, or failed with a message for the user that names the file (the previous file is untouched
in both of the last two, because the export writes atomically). This module is only the thread and
the signals.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ftz_desktop.brief.export import ExportOutcome, run_export
from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.recipe import Recipe
from ftz_desktop.core.study.content import Content


class _ExportWorker(QObject):
    progress_changed = Signal(int, str)
    finished = Signal(object)

    def __init__(self, recipe: Recipe, dataset: Dataset, content: Content, path: Path,
                 cancel_event: threading.Event) -> None:
        super().__init__()
        self._args = (recipe, dataset, content, path)
        self._cancel = cancel_event

    @Slot()
    def run(self) -> None:
        def progress(fraction: float, message: str) -> None:
            self.progress_changed.emit(max(0, min(100, round(fraction * 100))), message)

        outcome = run_export(*self._args, progress=progress, cancelled=self._cancel.is_set)
        # End the thread from inside: the UI thread may be blocked waiting for it (closing the app).
        QThread.currentThread().quit()
        self.finished.emit(outcome)


class ExportJob(QObject):
    """One export on its own thread. Signals arrive on the thread that created the job."""
    progress_changed = Signal(int, str)
    finished = Signal(object)          # ExportOutcome

    def __init__(self, recipe: Recipe, dataset: Dataset, content: Content, path: Path,
                 parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._cancel = threading.Event()
        self._thread = QThread(self)
        self._thread.setObjectName("brief-export")
        self.worker = _ExportWorker(recipe, dataset, content, self.path, self._cancel)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        self.worker.progress_changed.connect(self.progress_changed)
        self.worker.finished.connect(self._on_worker_finished)
        self._thread.finished.connect(self.worker.deleteLater)
        self.outcome: Optional[ExportOutcome] = None

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Ask the export to stop at its next step; nothing is written after that."""
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

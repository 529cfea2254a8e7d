"""The strip under the composer that shows an export: progress and Cancel while it runs, then the
saved file with Open document and Open folder buttons."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ftz_desktop.brief.export import SAVED, ExportOutcome


class ExportPanel(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefExportPanel")
        self.message = QLabel("", self)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setFixedWidth(240)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop the export; the file on disk is left as it was"))
        self.cancel_button.clicked.connect(self._on_cancel)
        self.open_document_button = QPushButton(self.tr("Open document"), self)
        self.open_document_button.setObjectName("openDocumentButton")
        self.open_document_button.setToolTip(self.tr("Open the saved brief in the program that opens such files "
                                                     "(Word, WPS, a PDF reader)"))
        self.open_document_button.clicked.connect(self._on_open_document)
        self.open_folder_button = QPushButton(self.tr("Open folder"), self)
        self.open_folder_button.setToolTip(self.tr("Show the folder of the saved brief"))
        self.open_folder_button.clicked.connect(self._on_open_folder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.open_document_button)
        layout.addWidget(self.open_folder_button)
        self.document: Optional[Path] = None
        self._folder: Optional[Path] = None
        self.idle()

    def idle(self) -> None:
        self.message.setText("")
        for widget in (self.progress, self.cancel_button, self.open_document_button, self.open_folder_button):
            widget.hide()

    def started(self, name: str, busy: bool = False) -> None:
        """An export of ``name`` began; ``busy``: it reports no progress (LibreOffice), the bar only moves."""
        self.message.setText(self.tr("Exporting {name}…").format(name=name))
        self.progress.setRange(0, 0 if busy else 100)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.open_document_button.hide()
        self.open_folder_button.hide()

    @Slot(int, str)
    def set_progress(self, percent: int, message: str) -> None:
        self.progress.setValue(percent)
        if message:
            self.message.setText(message)

    def finished(self, outcome: ExportOutcome, document: Optional[Path] = None) -> None:
        """Show how the export ended; ``document`` is the file to open (default: the one saved, if it was)."""
        self.progress.hide()
        self.cancel_button.hide()
        self.message.setText(outcome.message)
        if document is None and outcome.status == SAVED:
            document = outcome.path
        self.document = document if document is not None and document.is_file() else None
        self._folder = self.document.parent if self.document is not None else None
        self.open_document_button.setVisible(self.document is not None)
        self.open_folder_button.setVisible(self._folder is not None)

    @Slot()
    def _on_cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.message.setText(self.tr("Cancelling…"))
        self.cancel_requested.emit()

    @Slot()
    def _on_open_document(self) -> None:
        if self.document is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.document)))

    @Slot()
    def _on_open_folder(self) -> None:
        if self._folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._folder)))

"""Dialogs of the export: where to save (Word or PDF), whether to replace the Word file beside a PDF,
what to do when the file is open elsewhere, failures."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

TR_CONTEXT = "ExportDialogs"
DOCX_FILTER = QT_TRANSLATE_NOOP("ExportDialogs", "Word documents (*.docx)")     # English: shown translated
PDF_FILTER = QT_TRANSLATE_NOOP("ExportDialogs", "PDF documents (*.pdf)")
NAME_LIMIT = 80
RETRY, SAVE_AS, CANCEL = "retry", "save_as", "cancel"
# A run of characters Windows refuses in names, with the spaces around it, becomes one " - ".
_UNSAFE = re.compile(r'\s*[<>:"/\\|?*\x00-\x1f](?:\s*[<>:"/\\|?*\x00-\x1f])*\s*')


def _tr(text: object) -> str:
    """The marked text (``QT_TRANSLATE_NOOP``, typed object by PySide6) in the user's language."""
    return QCoreApplication.translate(TR_CONTEXT, str(text))


def suggested_file_name(title: str) -> str:
    """A file name from the brief's title that every Windows PC accepts ("brief.docx" if none is left)."""
    name = re.sub(r"\s+", " ", _UNSAFE.sub(" - ", title))[:NAME_LIMIT].strip(" .-")
    return f"{name or 'brief'}.docx"


def _ask_save_path(parent: QWidget, title: str, suggested: Path, file_filter: object, suffix: str) -> Optional[Path]:
    """The file the user chose to save to, ending in ``suffix``; None when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), _tr(file_filter))
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == suffix else chosen.with_name(chosen.name + suffix)


def ask_export_path(parent: QWidget, suggested: Path) -> Optional[Path]:
    title = QCoreApplication.translate("ExportDialogs", "Export the brief to Word")
    return _ask_save_path(parent, title, suggested, DOCX_FILTER, ".docx")


def ask_pdf_path(parent: QWidget, suggested: Path) -> Optional[Path]:
    title = QCoreApplication.translate("ExportDialogs", "Export the brief as PDF")
    return _ask_save_path(parent, title, suggested, PDF_FILTER, ".pdf")


def confirm_replace_word_copy(parent: QWidget, docx: Path) -> bool:
    """The PDF's Word file goes beside it under the same name: replace the one already there?"""
    question = QCoreApplication.translate(
        "ExportDialogs", "The PDF is made from a Word file saved beside it, {name}, and a file of that name is "
                         "already there. Replace it with this brief?").format(name=docx.name)
    answer = QMessageBox.question(parent, QCoreApplication.translate("ExportDialogs", "Replace the Word file?"),
                                  question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_locked_action(parent: QWidget, message: str) -> str:
    """The target is open in another program: RETRY (after closing it), SAVE_AS or CANCEL."""
    title = QCoreApplication.translate("ExportDialogs", "Brief not saved")
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(QCoreApplication.translate(
        "ExportDialogs", "The file you had is unchanged. Close it in Word and choose Retry, or save the brief under "
                         "another name."))
    retry = box.addButton(QMessageBox.StandardButton.Retry)
    save_as = box.addButton(QCoreApplication.translate("ExportDialogs", "Save &As…"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is retry:
        return RETRY
    if clicked is save_as:
        return SAVE_AS
    return CANCEL


def show_error(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def show_information(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)

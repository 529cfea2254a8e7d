"""Dialogs of the Word export: where to save, what to do when the file is open elsewhere, failures."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

TR_CONTEXT = "ExportDialogs"
DOCX_FILTER = QT_TRANSLATE_NOOP("ExportDialogs", "Word documents (*.docx)")     # English: shown translated
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


def ask_export_path(parent: QWidget, suggested: Path) -> Optional[Path]:
    title = QCoreApplication.translate("ExportDialogs", "Export the brief to Word")
    path, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), _tr(DOCX_FILTER))
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == ".docx" else chosen.with_name(chosen.name + ".docx")


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

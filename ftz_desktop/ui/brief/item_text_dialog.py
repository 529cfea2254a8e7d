"""Edit text for this brief…: an item's own wording in one brief, beside the study's (which never changes).

The dialog collects the text and returns it: ``ask_item_text`` gives the new wording, "" for the study's
wording again (an empty box or "Use the study's wording"), or None when the user cancels.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Optional

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class ItemWording:
    title: str
    study: str          # the study's wording as the reader sees it (figures filled in from the data)
    current: str        # what the box starts with: this brief's own text, else the study's as written
    rewritten: bool     # the brief has its own text for the item now


class ItemTextDialog(QDialog):
    def __init__(self, wording: ItemWording, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemTextDialog")
        self.setWindowTitle(self.tr("Text for this brief"))
        self._choice: Optional[str] = None
        heading = QLabel(f"<b>{escape(wording.title)}</b>", self)
        heading.setWordWrap(True)
        note = QLabel(self.tr("The brief uses the wording on the right instead of the study's; the study itself is "
                              "not changed. Marks such as {{indicator|place|period}} become the figures in the data "
                              "when the brief is made: keep them. A blank line starts a new paragraph."), self)
        note.setWordWrap(True)
        note.setStyleSheet("color: #595959;")

        self.study = QPlainTextEdit(wording.study, self)
        self.study.setReadOnly(True)
        self.study.setObjectName("studyWording")
        self.study.setAccessibleName(self.tr("The study's wording"))
        self.study.setStyleSheet("QPlainTextEdit { background: #f3f3f3; color: #333333; }")
        self.editor = QPlainTextEdit(wording.current, self)
        self.editor.setObjectName("briefWording")
        self.editor.setAccessibleName(self.tr("This brief's wording"))
        self.editor.setTabChangesFocus(True)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        for label, box in ((self.tr("The study's wording (read-only)"), self.study),
                           (self.tr("This &brief's wording"), self.editor)):
            column = QWidget(splitter)
            column_layout = QVBoxLayout(column)
            column_layout.setContentsMargins(0, 0, 0, 0)
            caption = QLabel(label, column)
            caption.setBuddy(box)
            column_layout.addWidget(caption)
            box.setParent(column)
            column_layout.addWidget(box, 1)
            splitter.addWidget(column)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.study_button = self.buttons.addButton(self.tr("&Use the study's wording"),
                                                   QDialogButtonBox.ButtonRole.ResetRole)
        self.study_button.setToolTip(self.tr("Forget this brief's own text for the item"))
        self.study_button.setEnabled(wording.rewritten)
        self.study_button.clicked.connect(self._on_study_wording)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.editor.setFocus()
        self.resize(880, 480)

    def accept(self) -> None:
        if self._choice is None:
            text = self.editor.toPlainText()
            self._choice = text if text.strip() else ""
        super().accept()

    @Slot()
    def _on_study_wording(self) -> None:
        self._choice = ""
        self.accept()

    def choice(self) -> Optional[str]:
        """The wording chosen ("" for the study's), or None when the dialog was cancelled."""
        return self._choice if self.result() == QDialog.DialogCode.Accepted else None


def ask_item_text(parent: QWidget, wording: ItemWording) -> Optional[str]:
    dialog = ItemTextDialog(wording, parent)
    try:
        dialog.exec()
        return dialog.choice()
    finally:
        dialog.deleteLater()

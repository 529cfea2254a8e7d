"""The frame the Add observation / indicator / source dialogs share: their form, a red line that names
refused fields, and Add / Cancel."""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

BAD_FIELD_STYLE = "border: 1px solid #c42b1c;"


def lay_out_add_dialog(dialog: QDialog, form: QFormLayout, on_add: Callable[[], None], width: int = 560) -> QLabel:
    """Put ``form`` above an error line and Add / Cancel buttons; returns the (hidden) error line."""
    errors = QLabel(dialog)
    errors.setWordWrap(True)
    errors.setStyleSheet("color: #a4262c;")
    errors.hide()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add")
    buttons.accepted.connect(on_add)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(errors)
    layout.addWidget(buttons)
    dialog.resize(width, dialog.sizeHint().height())
    return errors

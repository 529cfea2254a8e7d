"""The frame the Add observation / indicator / source dialogs share: their form, a red line that names
refused fields, and Add / Cancel."""
from __future__ import annotations

from typing import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ftz_desktop.core.domain.parsing import ParseError
from ftz_desktop.core.errors import UserError
from ftz_desktop.core.store.validation import BatchValidationError

BAD_FIELD_STYLE = "border: 1px solid #c42b1c;"


def refusal_problems(exc: UserError) -> list[tuple[str, str]]:
    """(field, reason) pairs for a refused Add: every refused cell, the refused field, or ("", the message)."""
    if isinstance(exc, BatchValidationError):
        return [(p.column, p.reason) for p in exc.problems]
    if isinstance(exc, ParseError):
        return [(exc.field, exc.reason)]
    return [("", str(exc))]


def lay_out_add_dialog(dialog: QDialog, form: QFormLayout, on_add: Callable[[], None], width: int = 560) -> QLabel:
    """Put ``form`` above an error line and Add / Cancel buttons; returns the (hidden) error line."""
    errors = QLabel(dialog)
    errors.setWordWrap(True)
    errors.setStyleSheet("color: #a4262c;")
    errors.hide()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("AddDialog", "Add"))
    buttons.accepted.connect(on_add)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(errors)
    layout.addWidget(buttons)
    dialog.resize(width, dialog.sizeHint().height())
    return errors


def show_field_problems(fields: Mapping[str, QWidget], errors: QLabel, problems: Sequence[tuple[str, str]],
                        labels: Mapping[str, str]) -> None:
    """Mark each refused field and list the reasons, one per line ("Period: not a period"); a problem
    with no field ("", reason) is listed as it is. An empty list clears the marks. ``labels`` are the
    fields' names as shown (translated); the reasons are the store's, as they are."""
    refused = {column for column, _ in problems}
    for key, widget in fields.items():
        widget.setStyleSheet(BAD_FIELD_STYLE if key in refused else "")
    line = QCoreApplication.translate("AddDialog", "{field}: {reason}")
    errors.setText("\n".join(line.format(field=labels.get(column, column), reason=reason) if column else reason
                             for column, reason in problems))
    errors.setVisible(bool(problems))

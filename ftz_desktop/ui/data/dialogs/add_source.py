"""Add source: the publication a new figure comes from (a yearbook, a customs release), as a ``Source``.

The store checks every field (``core.store.writes.sources``); a refusal keeps the dialog open with the reason
next to the field, so nothing typed is lost.
"""
from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QWidget

from ftz_desktop.core.domain.model import Source
from ftz_desktop.core.errors import UserError
from ftz_desktop.ui.data.dialogs.add_form import lay_out_add_dialog, refusal_problems, show_field_problems
from ftz_desktop.ui.data.labels import QT_TRANSLATE_NOOP

# (key, label, hint); shown through QCoreApplication.translate("AddSourceDialog", ...).
FIELDS = (("id", QT_TRANSLATE_NOOP("AddSourceDialog", "ID"),
           QT_TRANSLATE_NOOP("AddSourceDialog", "e.g. sc-yearbook-2023 (observations cite it; "
                                                "it cannot change later)")),
          ("title", QT_TRANSLATE_NOOP("AddSourceDialog", "Title"),
           QT_TRANSLATE_NOOP("AddSourceDialog", "Sichuan Statistical Yearbook 2023")),
          ("publisher", QT_TRANSLATE_NOOP("AddSourceDialog", "Publisher"),
           QT_TRANSLATE_NOOP("AddSourceDialog", "Sichuan Provincial Bureau of Statistics")),
          ("section", QT_TRANSLATE_NOOP("AddSourceDialog", "Section or table"),
           QT_TRANSLATE_NOOP("AddSourceDialog", "Table 11-3")),
          ("published", QT_TRANSLATE_NOOP("AddSourceDialog", "Published"),
           QT_TRANSLATE_NOOP("AddSourceDialog", "2024, 2024-06 or 2024-06-30 (optional)")),
          ("url", QT_TRANSLATE_NOOP("AddSourceDialog", "Link"),
           QT_TRANSLATE_NOOP("AddSourceDialog", "https://… (optional)")),
          ("reference", QT_TRANSLATE_NOOP("AddSourceDialog", "Reference"),
           QT_TRANSLATE_NOOP("AddSourceDialog", "Optional")),
          ("note", QT_TRANSLATE_NOOP("AddSourceDialog", "Note"),
           QT_TRANSLATE_NOOP("AddSourceDialog", "Optional")))


class AddSourceDialog(QDialog):
    def __init__(self, submit: Callable[[Source], None], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add source"))
        self._submit = submit
        self.result_source: Optional[Source] = None
        self.fields: dict[str, QLineEdit] = {}
        self._labels = {key: QCoreApplication.translate("AddSourceDialog", label) for key, label, _ in FIELDS}
        form = QFormLayout()
        for key, _label, hint in FIELDS:
            edit = QLineEdit(self)
            edit.setPlaceholderText(QCoreApplication.translate("AddSourceDialog", hint))
            self.fields[key] = edit
            form.addRow(self._labels[key], edit)
        self.error = lay_out_add_dialog(self, form, self._on_add)

    def source(self) -> Source:
        return Source(**{key: edit.text().strip() for key, edit in self.fields.items()})

    def _show_problems(self, problems: list[tuple[str, str]]) -> None:
        show_field_problems(self.fields, self.error, problems, self._labels)

    @Slot()
    def _on_add(self) -> None:
        source = self.source()
        try:
            self._submit(source)
        except UserError as exc:         # a refused field, read-only, disk full ...
            self._show_problems(refusal_problems(exc))
            return
        self.result_source = source
        self.accept()

"""Add source: the publication a new figure comes from (a yearbook, a customs release), as a ``Source``.

The store checks every field (``core.store.writes.sources``); a refusal keeps the dialog open with the reason
next to the field, so nothing typed is lost.
"""
from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QWidget

from ftz_desktop.core.domain.model import Source
from ftz_desktop.core.errors import UserError
from ftz_desktop.ui.data.dialogs.add_form import lay_out_add_dialog, refusal_problems, show_field_problems

FIELDS = (("id", "ID", "e.g. sc-yearbook-2023 (observations cite it; it cannot change later)"),
          ("title", "Title", "Sichuan Statistical Yearbook 2023"),
          ("publisher", "Publisher", "Sichuan Provincial Bureau of Statistics"),
          ("section", "Section or table", "Table 11-3"),
          ("published", "Published", "2024, 2024-06 or 2024-06-30 (optional)"),
          ("url", "Link", "https://… (optional)"),
          ("reference", "Reference", "Optional"),
          ("note", "Note", "Optional"))


class AddSourceDialog(QDialog):
    def __init__(self, submit: Callable[[Source], None], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add source")
        self._submit = submit
        self.result_source: Optional[Source] = None
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label, hint in FIELDS:
            edit = QLineEdit(self)
            edit.setPlaceholderText(hint)
            self.fields[key] = edit
            form.addRow(label, edit)
        self.error = lay_out_add_dialog(self, form, self._on_add)

    def source(self) -> Source:
        return Source(**{key: edit.text().strip() for key, edit in self.fields.items()})

    def _show_problems(self, problems: list[tuple[str, str]]) -> None:
        show_field_problems(self.fields, self.error, problems, {key: label for key, label, _ in FIELDS})

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

"""Add indicator: a form that returns an ``Indicator``, each field read by the store's own rule book.

Every field is read with ``core.store.validation.indicator_cell`` (the rules ``store.add_indicator`` applies), so
all refused fields are named at once; ``submit`` then adds it, and a refusal there (an id that is
taken) keeps the dialog open with the reason.
"""
from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QWidget

from ftz_desktop.core.domain.model import Indicator
from ftz_desktop.core.domain.parsing import ParseError
from ftz_desktop.core.errors import UserError
from ftz_desktop.core.store.validation import INDICATOR_COLUMNS, indicator_cell, indicator_row_problems
from ftz_desktop.ui.data.dialogs.add_form import lay_out_add_dialog, refusal_problems, show_field_problems

LABELS = {"id": "ID", "name": "Name", "unit": "Unit", "multiplier": "Unit in base units", "currency": "Currency",
          "decimals": "Decimals", "min_value": "Minimum", "max_value": "Maximum", "section": "Section",
          "topic": "Topic", "description": "Description"}
HINTS = {"id": "Letters, digits and _ (text and charts refer to it; it cannot change later)",
         "unit": "billion yuan, %, TEU, count …", "multiplier": "1e9 for billions, 1e4 for 万, 1 for %",
         "min_value": "Empty: no lower limit", "max_value": "Empty: no upper limit"}


class AddIndicatorDialog(QDialog):
    def __init__(self, sections: list[str], submit: Callable[[Indicator], None],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add indicator")
        self._submit = submit
        self.result_indicator: Optional[Indicator] = None
        self.fields: dict[str, QWidget] = {}
        form = QFormLayout()
        for key in ("id",) + INDICATOR_COLUMNS:
            if key == "currency":
                widget = QComboBox(self)
                widget.addItems(["", "CNY", "USD"])
            elif key == "section":
                widget = QComboBox(self)
                widget.setEditable(True)
                widget.addItems([""] + sections)
            else:
                widget = QLineEdit(self)
                widget.setPlaceholderText(HINTS.get(key, ""))
            self.fields[key] = widget
            form.addRow(LABELS[key], widget)
        self.fields["multiplier"].setText("1")
        self.fields["decimals"].setText("0")
        self.errors = lay_out_add_dialog(self, form, self._on_add, width=520)

    def raw_values(self) -> dict[str, str]:
        return {key: w.currentText() if isinstance(w, QComboBox) else w.text() for key, w in self.fields.items()}

    def read_indicator(self) -> tuple[Optional[Indicator], list[tuple[str, str]]]:
        """The typed indicator, or None and every refused field with its reason."""
        values, problems = {}, []
        for key, raw in self.raw_values().items():
            try:
                values[key] = indicator_cell(key, raw)
            except ParseError as exc:
                problems.append((key, exc.reason))
        if not problems:
            problems = list(indicator_row_problems(values))
        return (None if problems else Indicator(**values)), problems

    def show_problems(self, problems: list[tuple[str, str]]) -> None:
        show_field_problems(self.fields, self.errors, problems, LABELS)

    @Slot()
    def _on_add(self) -> None:
        indicator, problems = self.read_indicator()
        if indicator is None:
            self.show_problems(problems)
            return
        try:
            self._submit(indicator)
        except UserError as exc:         # a refused field, read-only, disk full ...
            self.show_problems(refusal_problems(exc))
            return
        self.result_indicator = indicator
        self.accept()

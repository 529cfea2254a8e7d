"""Add indicator: a form that returns an ``Indicator``, each field read by the store's own rule book.

Every field is read with ``core.store.validation.indicator_cell`` (the rules ``store.add_indicator`` applies), so
all refused fields are named at once; ``submit`` then adds it, and a refusal there (an id that is
taken) keeps the dialog open with the reason.
"""
from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QWidget

from ftz_desktop.core.domain.model import Indicator
from ftz_desktop.core.domain.parsing import ParseError
from ftz_desktop.core.errors import UserError
from ftz_desktop.core.store.validation import INDICATOR_COLUMNS, indicator_cell, indicator_row_problems
from ftz_desktop.ui.data.dialogs.add_form import lay_out_add_dialog, refusal_problems, show_field_problems
from ftz_desktop.ui.data.labels import QT_TRANSLATE_NOOP

# Shown through QCoreApplication.translate("AddIndicatorDialog", ...).
LABELS = {"id": QT_TRANSLATE_NOOP("AddIndicatorDialog", "ID"),
          "name": QT_TRANSLATE_NOOP("AddIndicatorDialog", "Name"),
          "unit": QT_TRANSLATE_NOOP("AddIndicatorDialog", "Unit"),
          "multiplier": QT_TRANSLATE_NOOP("AddIndicatorDialog", "Unit in base units"),
          "currency": QT_TRANSLATE_NOOP("AddIndicatorDialog", "Currency"),
          "decimals": QT_TRANSLATE_NOOP("AddIndicatorDialog", "Decimals"),
          "min_value": QT_TRANSLATE_NOOP("AddIndicatorDialog", "Minimum"),
          "max_value": QT_TRANSLATE_NOOP("AddIndicatorDialog", "Maximum"),
          "section": QT_TRANSLATE_NOOP("AddIndicatorDialog", "Section"),
          "topic": QT_TRANSLATE_NOOP("AddIndicatorDialog", "Topic"),
          "description": QT_TRANSLATE_NOOP("AddIndicatorDialog", "Description")}
HINTS = {"id": QT_TRANSLATE_NOOP("AddIndicatorDialog", "Letters, digits and _ (text and charts refer to it; "
                                                  "it cannot change later)"),
         "unit": QT_TRANSLATE_NOOP("AddIndicatorDialog", "billion yuan, %, TEU, count …"),
         "multiplier": QT_TRANSLATE_NOOP("AddIndicatorDialog", "1e9 for billions, 1e4 for 万, 1 for %"),
         "min_value": QT_TRANSLATE_NOOP("AddIndicatorDialog", "Empty: no lower limit"),
         "max_value": QT_TRANSLATE_NOOP("AddIndicatorDialog", "Empty: no upper limit")}


def _shown(text: str) -> str:
    return QCoreApplication.translate("AddIndicatorDialog", text) if text else text


class AddIndicatorDialog(QDialog):
    def __init__(self, sections: list[str], submit: Callable[[Indicator], None],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add indicator"))
        self._submit = submit
        self.result_indicator: Optional[Indicator] = None
        self.fields: dict[str, QWidget] = {}
        self._labels = {key: _shown(label) for key, label in LABELS.items()}
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
                widget.setPlaceholderText(_shown(HINTS.get(key, "")))
            self.fields[key] = widget
            form.addRow(self._labels[key], widget)
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
        show_field_problems(self.fields, self.errors, problems, self._labels)

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

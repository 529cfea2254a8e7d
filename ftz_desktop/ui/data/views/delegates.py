"""Editors for the Data tab's cells, chosen by column: what can be typed is what the store accepts.

- value and other numbers: a line edit with the stored number in full; the store's parser reads it
  (1,234.5, 1.2万, 12% for a percentage ...) and refuses anything else with a reason;
- period: a line edit that only takes what can become a period (2022, 2023-Q1, 2022-04, 2022-04-30,
  2013/2022); Enter is held back until the period is complete;
- status, qualifier, source and geography: a drop-down of the allowed codes with their labels,
  committed as soon as one is picked;
- note and description: a line edit, or a multi-line editor when the text already has line breaks
  (a line edit would drop them).
"""
from __future__ import annotations

import re
from typing import Callable, Optional, Sequence

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt, Slot
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ftz_desktop.core.domain.model import OBSERVATION_STATUSES, QUALIFIERS
from ftz_desktop.core.domain.parsing import ParseError
from ftz_desktop.core.domain.periods import normalise_period, period_help
from ftz_desktop.core.domain.refusal import TRANSLATE
from ftz_desktop.ui.data.labels import qualifier_label, status_text
from ftz_desktop.ui.data.models.table_base import EDIT, Column

Choices = Callable[[str], Optional[list[tuple[str, str]]]]     # column key -> [(code, label)] or None
MULTILINE = ("note", "description")
_QUALIFIER_CODES = {label.casefold(): code for code, label in QUALIFIERS.items() if label}
_PERIOD_PREFIX = re.compile(r"[0-9]{0,4}|[0-9]{4}[-/]|[0-9]{4}-?Q[1-4]?|[0-9]{4}-[01][0-9]?"
                            r"|[0-9]{4}-[01][0-9]-[0-3]?[0-9]?|[0-9]{4}/[0-9]{1,4}",
                            re.IGNORECASE)


class PeriodValidator(QValidator):
    """Acceptable: a valid period (2023q1 is fixed up by the store); Intermediate: on the way to one."""

    def validate(self, text: str, pos: int):
        try:
            normalise_period(text)          # the store's own rule: full-width digits are fine, others not
            return QValidator.State.Acceptable, text, pos
        except ParseError:
            pass
        cleaned = text.translate(TRANSLATE).strip().replace(" ", "")
        if _PERIOD_PREFIX.fullmatch(cleaned):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos


class DataDelegate(QStyledItemDelegate):
    def __init__(self, columns: Sequence[Column], choices: Choices, parent=None) -> None:
        super().__init__(parent)
        self._keys = [c.key for c in columns]
        self._choices = choices

    def _key(self, index: QModelIndex) -> str:
        return self._keys[index.column()]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        key = self._key(index)
        options = self._choices(key)
        if options is not None:
            combo = QComboBox(parent)
            for code, label in options:
                combo.addItem(label, code)
            combo.activated.connect(self._on_choice_activated)
            return combo
        text = index.data(EDIT) or ""
        if key in MULTILINE and ("\n" in text or "\r" in text):
            editor = QPlainTextEdit(parent)
            editor.setTabChangesFocus(True)
            editor.setToolTip(self.tr("Line breaks are kept. Click outside or press Tab to finish."))
            return editor
        line = QLineEdit(parent)
        line.setFrame(False)
        if key == "period":
            line.setValidator(PeriodValidator(line))
            line.setPlaceholderText(self.tr("2022, 2023-Q1, 2022-04, 2022-04-30 or 2013/2022"))
            line.setToolTip(self.tr("A period: {help}").format(help=period_help()))
        return line

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802 (Qt naming)
        text = index.data(EDIT) or ""
        if isinstance(editor, QComboBox):
            found = editor.findData(text)
            if found < 0:
                found = editor.findText(text, Qt.MatchFlag.MatchFixedString)
            if found < 0:       # a qualifier is edited as its English label; the drop-down may show another language
                found = editor.findData(_QUALIFIER_CODES.get(text.casefold(), text))
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(text)
        elif isinstance(editor, QLineEdit):
            editor.setText(text)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    @Slot(int)
    def _on_choice_activated(self, _index: int) -> None:
        editor = self.sender()
        if isinstance(editor, QComboBox):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)


def observation_choices(store) -> Choices:
    """Drop-down options of the observation columns, read from the workspace when an editor opens."""

    def choices(key: str) -> Optional[list[tuple[str, str]]]:
        if key == "status":
            return [(code, status_text(code)) for code in OBSERVATION_STATUSES]
        if key == "qualifier":
            return [(code, qualifier_label(code) or QCoreApplication.translate("DataDelegate", "(none)"))
                    for code in QUALIFIERS]
        if key == "source_id":
            return [(sid, f"{sid} · {source.title}") for sid, source in store.sources().items()]
        if key == "geography":
            return [(code, f"{code} · {name}") for code, name in store.geographies().items()]
        return None

    return choices


def no_choices(key: str) -> None:
    return None

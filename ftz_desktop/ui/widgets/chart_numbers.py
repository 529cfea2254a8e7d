""""Show the numbers": the values behind a chart, each with its unit, period and source, in a small table."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.charts.catalog import ChartSpec, chart_data_table, chart_title
from ftz_desktop.charts.data import value_text
from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.domain.periods import period_label

# English, marked for translation: the header (and the copied table's first line) shows them translated.
COLUMNS = (QT_TRANSLATE_NOOP("ChartNumbersDialog", "Item"), QT_TRANSLATE_NOOP("ChartNumbersDialog", "Value"),
           QT_TRANSLATE_NOOP("ChartNumbersDialog", "Unit"), QT_TRANSLATE_NOOP("ChartNumbersDialog", "Period"),
           QT_TRANSLATE_NOOP("ChartNumbersDialog", "Geography"), QT_TRANSLATE_NOOP("ChartNumbersDialog", "Source"),
           QT_TRANSLATE_NOOP("ChartNumbersDialog", "Note"))
_VALUE_COLUMN = COLUMNS.index("Value")
_SOURCE_COLUMN = COLUMNS.index("Source")


def column_titles() -> list[str]:
    return [QCoreApplication.translate("ChartNumbersDialog", str(c)) for c in COLUMNS]


class ChartNumbersDialog(QDialog):
    def __init__(self, spec: ChartSpec, language: str = "en", parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self._spec = spec
        self._language = language
        self.setWindowTitle(self.tr("Numbers — {chart}").format(chart=chart_title(spec, language)))
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(column_titles())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_SOURCE_COLUMN, QHeaderView.ResizeMode.Stretch)
        caption = QLabel(spec.description, self)
        caption.setWordWrap(True)
        caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(self.tr("Copy table"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setToolTip(self.tr("Copy the table as tab-separated text (pastes into Excel or Word)"))
        self.copy_button.clicked.connect(self._on_copy_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 360)

    def show_dataset(self, dataset: Dataset) -> None:
        self.setWindowTitle(self.tr("Numbers — {chart}").format(   # the periods shown
            chart=chart_title(self._spec, self._language, dataset)))
        data = chart_data_table(self._spec, dataset, self._language)
        self.table.setRowCount(len(data))
        for row, datum in enumerate(data):
            source = datum.source or "—"
            note = self.tr("Computed: {note}").format(note=datum.note) if datum.computed and datum.note else datum.note
            cells = (datum.label, value_text(datum), datum.unit, period_label(datum.period) if datum.period else "",
                     dataset.geography_name(datum.geography), source, note)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == _VALUE_COLUMN:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == _SOURCE_COLUMN:
                    item.setToolTip(source)
                self.table.setItem(row, column, item)

    def rows(self) -> list[tuple[str, ...]]:
        """The table's text, row by row (what Copy puts on the clipboard, without the header)."""
        return [tuple(self.table.item(r, c).text() for c in range(self.table.columnCount()))
                for r in range(self.table.rowCount())]

    def as_tsv(self) -> str:
        lines = ["\t".join(column_titles())] + ["\t".join(row) for row in self.rows()]
        return "\n".join(lines) + "\n"

    @Slot()
    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.as_tsv())

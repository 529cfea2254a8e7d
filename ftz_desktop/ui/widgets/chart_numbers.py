""""Show the numbers": the values behind a chart, each with its unit, period and source, in a small table."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Slot
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

COLUMNS = ("Item", "Value", "Unit", "Period", "Geography", "Source", "Note")
_VALUE_COLUMN = COLUMNS.index("Value")


class ChartNumbersDialog(QDialog):
    def __init__(self, spec: ChartSpec, language: str = "en", parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self._spec = spec
        self._language = language
        self.setWindowTitle(f"Numbers — {chart_title(spec, language)}")
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS.index("Source"), QHeaderView.ResizeMode.Stretch)
        caption = QLabel(spec.description, self)
        caption.setWordWrap(True)
        caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton("Copy table", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setToolTip("Copy the table as tab-separated text (pastes into Excel or Word)")
        self.copy_button.clicked.connect(self._on_copy_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 360)

    def show_dataset(self, dataset: Dataset) -> None:
        self.setWindowTitle(f"Numbers — {chart_title(self._spec, self._language, dataset)}")   # the periods shown
        data = chart_data_table(self._spec, dataset, self._language)
        self.table.setRowCount(len(data))
        for row, datum in enumerate(data):
            source = datum.source or "—"
            note = f"Computed: {datum.note}" if datum.computed and datum.note else datum.note
            cells = (datum.label, value_text(datum), datum.unit, period_label(datum.period) if datum.period else "",
                     dataset.geography_name(datum.geography), source, note)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == _VALUE_COLUMN:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == COLUMNS.index("Source"):
                    item.setToolTip(source)
                self.table.setItem(row, column, item)

    def rows(self) -> list[tuple[str, ...]]:
        """The table's text, row by row (what Copy puts on the clipboard, without the header)."""
        return [tuple(self.table.item(r, c).text() for c in range(self.table.columnCount()))
                for r in range(self.table.rowCount())]

    def as_tsv(self) -> str:
        lines = ["\t".join(COLUMNS)] + ["\t".join(row) for row in self.rows()]
        return "\n".join(lines) + "\n"

    @Slot()
    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.as_tsv())

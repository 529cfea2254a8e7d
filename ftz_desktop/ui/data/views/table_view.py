"""The Data tab's grid: fixed row height, set column widths (never sized to the contents of every row),
spreadsheet keys (typing starts an edit; Ctrl+C, Ctrl+V and Delete act on the selected range), and a
clickable header that sorts for display."""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from ftz_desktop.ui.data.models.table_base import Column

_COPY, _PASTE, _CUT = QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.Cut


class DataTableView(QTableView):
    copy_requested = Signal()
    paste_requested = Signal()
    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)     # shown in the natural (study) order
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setSortingEnabled(True)

    def set_column_widths(self, columns: Sequence[Column]) -> None:
        header = self.horizontalHeader()
        for number, column in enumerate(columns):
            header.resizeSection(number, column.width)
            header.setSectionHidden(number, column.hidden)
        header.setStretchLastSection(False)
        if any(column.hidden for column in columns):
            header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            header.customContextMenuRequested.connect(lambda pos: self._column_menu(columns, header.mapToGlobal(pos)))

    def _column_menu(self, columns: Sequence[Column], where) -> None:
        """Show or hide columns (the ids behind the names, for instance)."""
        header = self.horizontalHeader()
        model = self.model()
        menu = QMenu(self)
        for number, column in enumerate(columns):
            title = model.headerData(number, Qt.Orientation.Horizontal) if model is not None else None
            action = menu.addAction(column.title if title is None else str(title))     # the translated title
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(number))
            action.toggled.connect(lambda shown, n=number: header.setSectionHidden(n, not shown))
        menu.exec(where)
        menu.deleteLater()

    def selected_cells(self) -> list[tuple[int, int]]:
        """(row, column) of every selected cell, in this view's (sorted, filtered) coordinates."""
        return [(index.row(), index.column()) for index in self.selectionModel().selectedIndexes()]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        if self.state() != QAbstractItemView.State.EditingState:
            if event.matches(_COPY):
                self.copy_requested.emit()
                event.accept()
                return
            if event.matches(_PASTE):
                self.paste_requested.emit()
                event.accept()
                return
            if event.matches(_CUT):          # a cut that clears cells would be easy to do by accident
                self.copy_requested.emit()
                event.accept()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and event.modifiers() in (
                    Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
                self.clear_requested.emit()
                event.accept()
                return
        super().keyPressEvent(event)

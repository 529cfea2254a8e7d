"""Snapshots: named copies of the data kept in the workspace. Take one, compare one with the data now
(which values changed, which rows were added or removed), or restore one (one undo step).

The dialog reads through the store and leaves writes to the callables it is given, so every write
goes through the tab's undo-aware editor.
"""
from __future__ import annotations

import logging
from typing import Any, Callable, Optional

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.errors import is_user_error, user_message
from ftz_desktop.ui.data.models.rows import RowsModel
from ftz_desktop.ui.data.models.table_base import Column
from ftz_desktop.ui.data.views.history_panel import local_time, shown_value
from ftz_desktop.ui.data.views.table_view import DataTableView

LIST_COLUMNS = (Column("name", "Snapshot", 240), Column("at", "Taken", 150), Column("user", "By", 90),
                Column("observations", "Observations", 95, numeric=True),
                Column("indicators", "Indicators", 80, numeric=True))
DIFF_COLUMNS = (Column("kind", "Change", 80), Column("table", "Table", 95), Column("key", "Where", 300),
                Column("column", "Field", 90), Column("old", "In the snapshot", 150), Column("new", "Now", 150))
log = logging.getLogger(__name__)
_KINDS = {"added": "added since", "removed": "removed since", "changed": "changed"}


def diff_rows(diffs) -> list[tuple[tuple[str, ...], str]]:
    rows = []
    for d in diffs:
        old = shown_value(d.old if d.column else _brief(d.old), d.kind != "added")
        new = shown_value(d.new if d.column else _brief(d.new), d.kind != "removed")
        rows.append(((_KINDS.get(d.kind, d.kind), d.table, " · ".join(d.key), d.column or "", old, new), ""))
    return rows


def _log(exc: BaseException) -> None:
    if not is_user_error(exc):
        log.error("Snapshot action failed", exc_info=exc)


def _brief(record: Any) -> Any:
    """An Indicator or Observation as the dict ``shown_value`` reads."""
    if record is None:
        return None
    return {name: getattr(record, name) for name in ("indicator_id", "geography", "period", "value", "id", "name")
            if hasattr(record, name)}


class SnapshotsDialog(QDialog):
    def __init__(self, store, create: Callable[[str], int], restore: Callable[[int, str], None],
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Snapshots")
        self._store, self._create, self._restore = store, create, restore
        self._snapshots: list = []
        self.list_model = RowsModel(LIST_COLUMNS, self)
        self.list_view = DataTableView(self)
        self.list_view.setModel(self.list_model)
        self.list_view.setSortingEnabled(False)
        self.list_view.setEditTriggers(DataTableView.EditTrigger.NoEditTriggers)
        self.list_view.setSelectionBehavior(DataTableView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(DataTableView.SelectionMode.SingleSelection)
        self.list_view.set_column_widths(LIST_COLUMNS)
        self.diff_model = RowsModel(DIFF_COLUMNS, self)
        self.diff_view = DataTableView(self)
        self.diff_view.setModel(self.diff_model)
        self.diff_view.setEditTriggers(DataTableView.EditTrigger.NoEditTriggers)
        self.diff_view.set_column_widths(DIFF_COLUMNS)
        self.message = QLabel("Take a snapshot before a large change; compare or restore it later.", self)
        self.message.setWordWrap(True)
        self.take_button = QPushButton("Take snapshot…", self)
        self.compare_button = QPushButton("Compare with now", self)
        self.restore_button = QPushButton("Restore…", self)
        buttons = QHBoxLayout()
        for button in (self.take_button, self.compare_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.take_button.setEnabled(not store.read_only)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list_view)
        splitter.addWidget(self.diff_view)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.take_button.clicked.connect(self._on_take)
        self.compare_button.clicked.connect(self._on_compare)
        self.restore_button.clicked.connect(self._on_restore)
        self.list_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.resize(900, 600)
        self.reload()

    def reload(self) -> None:
        self._snapshots = self._store.snapshots.all()
        self.list_model.set_rows([((s.name, local_time(s.created_at), s.user, f"{s.observations:,}",
                                    f"{s.indicators:,}"), s.name) for s in self._snapshots])
        if self._snapshots:
            self.list_view.selectRow(0)
        self._on_selection_changed()

    def selected(self):
        rows = self.list_view.selectionModel().selectedRows()
        return self._snapshots[rows[0].row()] if rows else None

    @Slot()
    def _on_selection_changed(self, *_args) -> None:
        chosen = self.selected() is not None
        self.compare_button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen and not self._store.read_only)

    @Slot()
    def _on_take(self) -> None:
        name, ok = QInputDialog.getText(self, "Take snapshot", "Name of the snapshot:")
        if not ok or not name.strip():
            return
        try:
            self._create(name)
        except Exception as exc:        # noqa: BLE001 - refused name or a write failure: said here, nothing taken
            _log(exc)
            self.message.setText(f"The snapshot was not taken: {user_message(exc)}")
            return
        self.reload()
        self.message.setText(f"Snapshot “{name.strip()}” taken.")

    @Slot()
    def _on_compare(self) -> None:
        snapshot = self.selected()
        if snapshot is None:
            return
        diffs = self._store.snapshots.compare(snapshot.id)
        self.diff_model.set_rows(diff_rows(diffs))
        changed = sum(1 for d in diffs if d.kind == "changed")
        self.message.setText(f"Since “{snapshot.name}”: {changed} value{'s' if changed != 1 else ''} changed, "
                             f"{sum(1 for d in diffs if d.kind == 'added')} rows added, "
                             f"{sum(1 for d in diffs if d.kind == 'removed')} rows removed."
                             if diffs else f"The data equals “{snapshot.name}”.")

    @Slot()
    def _on_restore(self) -> None:
        snapshot = self.selected()
        if snapshot is None:
            return
        answer = QMessageBox.question(
            self, "Restore snapshot",
            f"Make the data equal the snapshot “{snapshot.name}”?\n\nChanges made since are replaced; the restore "
            "is one step that Edit › Undo takes back, and the history keeps every change.")
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._restore(snapshot.id, snapshot.name)
        except Exception as exc:        # noqa: BLE001 - refused or a write failure: said here, nothing restored
            _log(exc)
            self.message.setText(f"The snapshot was not restored: {user_message(exc)}")
            return
        self.diff_model.set_rows([])
        self.message.setText(f"Restored “{snapshot.name}”. Edit › Undo takes it back.")

"""Snapshots: named copies of the data kept in the workspace. Take one, compare one with the data now
(which values changed, which rows were added or removed), or restore one (one undo step).

The dialog reads through the store and leaves writes to the callables it is given, so every write
goes through the tab's undo-aware editor.
"""
from __future__ import annotations

import logging
from typing import Any, Callable, Optional

from PySide6.QtCore import QCoreApplication, Qt, Slot
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
from ftz_desktop.ui.data.labels import QT_TRANSLATE_NOOP, field_label
from ftz_desktop.ui.data.models.rows import RowsModel
from ftz_desktop.ui.data.models.table_base import Column
from ftz_desktop.ui.data.views.history_panel import local_time, shown_value
from ftz_desktop.ui.data.views.table_view import DataTableView

LIST_COLUMNS = (Column("name", QT_TRANSLATE_NOOP("SnapshotsDialog", "Snapshot"), 240),
                Column("at", QT_TRANSLATE_NOOP("SnapshotsDialog", "Taken"), 150),
                Column("user", QT_TRANSLATE_NOOP("SnapshotsDialog", "By"), 90),
                Column("observations", QT_TRANSLATE_NOOP("SnapshotsDialog", "Observations"), 95, numeric=True),
                Column("indicators", QT_TRANSLATE_NOOP("SnapshotsDialog", "Indicators"), 80, numeric=True))
DIFF_COLUMNS = (Column("kind", QT_TRANSLATE_NOOP("SnapshotsDialog", "Change"), 80),
                Column("table", QT_TRANSLATE_NOOP("SnapshotsDialog", "Table"), 95),
                Column("key", QT_TRANSLATE_NOOP("SnapshotsDialog", "Where"), 300),
                Column("column", QT_TRANSLATE_NOOP("SnapshotsDialog", "Field"), 90),
                Column("old", QT_TRANSLATE_NOOP("SnapshotsDialog", "In the snapshot"), 150),
                Column("new", QT_TRANSLATE_NOOP("SnapshotsDialog", "Now"), 150))
log = logging.getLogger(__name__)
# Shown through QCoreApplication.translate("SnapshotsDialog", ...), as are the tables' names.
_KINDS = {"added": QT_TRANSLATE_NOOP("SnapshotsDialog", "added since"),
          "removed": QT_TRANSLATE_NOOP("SnapshotsDialog", "removed since"),
          "changed": QT_TRANSLATE_NOOP("SnapshotsDialog", "changed")}
_TABLES = (QT_TRANSLATE_NOOP("SnapshotsDialog", "observations"), QT_TRANSLATE_NOOP("SnapshotsDialog", "indicators"))


def diff_rows(diffs) -> list[tuple[tuple[str, ...], str]]:
    rows = []
    for d in diffs:
        old = shown_value(d.old if d.column else _brief(d.old), d.kind != "added")
        new = shown_value(d.new if d.column else _brief(d.new), d.kind != "removed")
        kind = _KINDS.get(d.kind)
        rows.append(((QCoreApplication.translate("SnapshotsDialog", kind) if kind else d.kind,
                      QCoreApplication.translate("SnapshotsDialog", d.table) if d.table else d.table,
                      " · ".join(d.key), field_label(d.column), old, new), ""))
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
        self.setWindowTitle(self.tr("Snapshots"))
        self._store, self._create, self._restore = store, create, restore
        self._snapshots: list = []
        self.list_model = RowsModel(LIST_COLUMNS, self, "SnapshotsDialog")
        self.list_view = DataTableView(self)
        self.list_view.setModel(self.list_model)
        self.list_view.setSortingEnabled(False)
        self.list_view.setEditTriggers(DataTableView.EditTrigger.NoEditTriggers)
        self.list_view.setSelectionBehavior(DataTableView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(DataTableView.SelectionMode.SingleSelection)
        self.list_view.set_column_widths(LIST_COLUMNS)
        self.diff_model = RowsModel(DIFF_COLUMNS, self, "SnapshotsDialog")
        self.diff_view = DataTableView(self)
        self.diff_view.setModel(self.diff_model)
        self.diff_view.setEditTriggers(DataTableView.EditTrigger.NoEditTriggers)
        self.diff_view.set_column_widths(DIFF_COLUMNS)
        self.message = QLabel(self.tr("Take a snapshot before a large change; compare or restore it later."), self)
        self.message.setWordWrap(True)
        self.take_button = QPushButton(self.tr("Take snapshot…"), self)
        self.compare_button = QPushButton(self.tr("Compare with now"), self)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
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
        name, ok = QInputDialog.getText(self, self.tr("Take snapshot"), self.tr("Name of the snapshot:"))
        if not ok or not name.strip():
            return
        try:
            self._create(name)
        except Exception as exc:        # noqa: BLE001 - refused name or a write failure: said here, nothing taken
            _log(exc)
            self.message.setText(self.tr("The snapshot was not taken: {reason}").format(reason=user_message(exc)))
            return
        self.reload()
        self.message.setText(self.tr("Snapshot “{name}” taken.").format(name=name.strip()))

    @Slot()
    def _on_compare(self) -> None:
        snapshot = self.selected()
        if snapshot is None:
            return
        diffs = self._store.snapshots.compare(snapshot.id)
        self.diff_model.set_rows(diff_rows(diffs))
        if not diffs:
            self.message.setText(self.tr("The data equals “{name}”.").format(name=snapshot.name))
            return
        changed = sum(1 for d in diffs if d.kind == "changed")
        text = (self.tr("Since “{name}”: {changed} value changed, {added} rows added, {removed} rows removed.")
                if changed == 1 else
                self.tr("Since “{name}”: {changed} values changed, {added} rows added, {removed} rows removed."))
        self.message.setText(text.format(name=snapshot.name, changed=changed,
                                         added=sum(1 for d in diffs if d.kind == "added"),
                                         removed=sum(1 for d in diffs if d.kind == "removed")))

    @Slot()
    def _on_restore(self) -> None:
        snapshot = self.selected()
        if snapshot is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore snapshot"),
            self.tr("Make the data equal the snapshot “{name}”?\n\nChanges made since are replaced; the restore "
                    "is one step that Edit › Undo takes back, and the history keeps every change.").format(
                name=snapshot.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._restore(snapshot.id, snapshot.name)
        except Exception as exc:        # noqa: BLE001 - refused or a write failure: said here, nothing restored
            _log(exc)
            self.message.setText(self.tr("The snapshot was not restored: {reason}").format(reason=user_message(exc)))
            return
        self.diff_model.set_rows([])
        self.message.setText(self.tr("Restored “{name}”. Edit › Undo takes it back.").format(name=snapshot.name))

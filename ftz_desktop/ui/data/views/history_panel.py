"""History: the audit trail of the selected cell, the selected row or the whole workspace, newest first.

Each line says when (local time), who, what happened, where, the old and the new value and the label
of the change (an edit, a paste, an import, an undo). A filter box narrows the list by any text.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any, Callable, Optional

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ftz_desktop.core.domain.formatting import entry_text
from ftz_desktop.core.errors import UserError
from ftz_desktop.core.study.names import entry_unit
from ftz_desktop.core.tabular.columns import number_text
from ftz_desktop.ui.data.labels import QT_TRANSLATE_NOOP, field_label
from ftz_desktop.ui.data.models.filter_proxy import TableFilterProxy, text_predicate
from ftz_desktop.ui.data.models.rows import RowsModel
from ftz_desktop.ui.data.models.table_base import Column
from ftz_desktop.ui.data.views.table_view import DataTableView

COLUMNS = (Column("at", QT_TRANSLATE_NOOP("HistoryPanel", "When"), 150),
           Column("old", QT_TRANSLATE_NOOP("HistoryPanel", "Old"), 85),
           Column("new", QT_TRANSLATE_NOOP("HistoryPanel", "New"), 85),
           Column("user", QT_TRANSLATE_NOOP("HistoryPanel", "Who"), 65),
           Column("action", QT_TRANSLATE_NOOP("HistoryPanel", "Change"), 65),
           Column("label", QT_TRANSLATE_NOOP("HistoryPanel", "Label"), 280),
           Column("where", QT_TRANSLATE_NOOP("HistoryPanel", "Where"), 150))
SCOPES = (QT_TRANSLATE_NOOP("HistoryPanel", "Selected cell"), QT_TRANSLATE_NOOP("HistoryPanel", "Selected row"),
          QT_TRANSLATE_NOOP("HistoryPanel", "Whole workspace"))
WORKSPACE_LIMIT = 2000
# Shown through QCoreApplication.translate("HistoryPanel", ...), as are the tables' names below.
_ACTIONS = {"add": QT_TRANSLATE_NOOP("HistoryPanel", "added"),
            "update": QT_TRANSLATE_NOOP("HistoryPanel", "changed"),
            "remove": QT_TRANSLATE_NOOP("HistoryPanel", "removed"),
            "restore": QT_TRANSLATE_NOOP("HistoryPanel", "restored"),
            "migrate": QT_TRANSLATE_NOOP("HistoryPanel", "upgraded")}
# One row of a table, as "Where" names it: "observation 12". The English is the table's name less its
# final "s", as it always was (hence "geographie").
_ROW_OF_TABLE = {"observations": QT_TRANSLATE_NOOP("HistoryPanel", "observation"),
                 "indicators": QT_TRANSLATE_NOOP("HistoryPanel", "indicator"),
                 "sources": QT_TRANSLATE_NOOP("HistoryPanel", "source"),
                 "recipes": QT_TRANSLATE_NOOP("HistoryPanel", "recipe"),
                 "snapshots": QT_TRANSLATE_NOOP("HistoryPanel", "snapshot"),
                 "geographies": QT_TRANSLATE_NOOP("HistoryPanel", "geographie")}


def local_time(at: str) -> str:
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return at


def shown_value(value: Any, present: bool) -> str:
    if not present:
        return "—"
    if value is None:
        return QCoreApplication.translate("HistoryPanel", "(empty)")
    if isinstance(value, float):
        return number_text(value)
    if isinstance(value, dict):
        if "indicator_id" in value:
            shown = "" if value.get("value") is None else f" = {number_text(value['value'])}"
            return f"{value['indicator_id']} · {value.get('geography', '')} · {value.get('period', '')}{shown}"
        return value.get("name") or value.get("id") or ", ".join(f"{k}: {v}" for k, v in list(value.items())[:3])
    return str(value)


def _cell_of(value: Any, column: Optional[str]) -> Any:
    """For a whole-row add or remove seen in one cell's history: that cell's value."""
    return value.get(column) if column and isinstance(value, dict) and column in value else value


def history_rows(rows, column: Optional[str] = None,
                 say: Optional[Callable[[Any, Any], Optional[str]]] = None) -> list[tuple[tuple[str, ...], str]]:
    """``say(row, value)``: a value as the table beside shows it (a figure in 亿元 in Chinese), or None."""
    out = []
    tip = QCoreApplication.translate("HistoryPanel", "{label}\n{where}\nold: {old}\nnew: {new}")
    for row in rows:
        where = f"{_row_of_table(row.table_name)} {row.row_key}"
        if row.column_name:
            where += f" · {field_label(row.column_name)}"
        old_cell, new_cell = _cell_of(row.old, column), _cell_of(row.new, column)
        old = (say and say(row, old_cell)) or shown_value(old_cell, row.old_value is not None)
        new = (say and say(row, new_cell)) or shown_value(new_cell, row.new_value is not None)
        action = _ACTIONS.get(row.action)
        cells = (local_time(row.at), old, new, row.user,
                 QCoreApplication.translate("HistoryPanel", action) if action else row.action, row.label, where)
        out.append((cells, tip.format(label=row.label, where=where, old=old, new=new)))
    return out


def _row_of_table(table: str) -> str:
    name = _ROW_OF_TABLE.get(table)
    if name is not None:
        return QCoreApplication.translate("HistoryPanel", name)
    return table[:-1] if table.endswith("s") else table


class HistoryPanel(QWidget):
    def __init__(self, store, events, parent: Optional[QWidget] = None, language: str = "en") -> None:
        super().__init__(parent)
        self._store = store
        self._language = language
        self._target: tuple[str, Any, Optional[str], str] = ("", None, None, "")
        self._dirty = True
        self.scope = QComboBox(self)
        self.scope.addItems([QCoreApplication.translate("HistoryPanel", scope) for scope in SCOPES])
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter the history…"))
        self.filter.setClearButtonEnabled(True)
        self.target_label = QLabel(self)
        self.target_label.setWordWrap(True)
        self.model = RowsModel(COLUMNS, self, "HistoryPanel")
        self.proxy = TableFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = DataTableView(self)
        self.view.setModel(self.proxy)
        self.view.setEditTriggers(DataTableView.EditTrigger.NoEditTriggers)
        self.view.set_column_widths(COLUMNS)
        self.view.verticalHeader().hide()
        top = QHBoxLayout()
        top.addWidget(self.scope)
        top.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.target_label)
        layout.addWidget(self.view, 1)
        self.scope.currentIndexChanged.connect(self._on_scope_changed)
        self.filter.textChanged.connect(self._on_filter_changed)
        events.store_changed.connect(self._on_store_changed)

    def set_target(self, table: str, row_key: Any, column: Optional[str], description: str) -> None:
        """What "Selected cell" and "Selected row" mean now (table "" when nothing is selected)."""
        self._target = (table, row_key, column, description)
        if self.scope.currentIndex() < 2:
            self.refresh()

    def refresh(self) -> None:
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        table, row_key, column, description = self._target
        scope = self.scope.currentIndex()
        shown_column = None
        if scope == 2:
            rows = self._store.history.audit(limit=WORKSPACE_LIMIT)
            self.target_label.setText(self.tr("Every change in this workspace (the newest {limit:,}).").format(
                limit=WORKSPACE_LIMIT))
        elif not table:
            rows = []
            self.target_label.setText(self.tr("Select a cell in a table to see its history."))
        else:
            rows = self._store.history.audit(table=table, row_key=row_key)
            if scope == 0 and column:
                rows = [r for r in rows if r.column_name in (column, None)]
                shown_column = column
                self.target_label.setText(self.tr("{description}, {column}").format(
                    description=description, column=field_label(column)))
            else:
                self.target_label.setText(description)
        self.model.set_rows(history_rows(rows, shown_column, self._say_value))

    def _say_value(self, row, value: Any) -> Optional[str]:
        """A figure of money in the unit the Chinese table shows it in (4605.9亿元), as typed there."""
        if row.table_name != "observations" or row.column_name != "value" or not isinstance(value, float):
            return None
        try:
            indicator = self._store.dataset().indicators.get(self._store.observation(int(row.row_key)).indicator_id)
        except (UserError, ValueError):       # the observation is gone: the value as stored
            return None
        factor, unit = entry_unit(indicator.unit, self._language) if indicator else (1, "")
        return f"{entry_text(value, factor)}{unit}" if factor != 1 else None

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    @Slot(int)
    def _on_scope_changed(self, _index: int) -> None:
        self.refresh()

    @Slot(str)
    def _on_filter_changed(self, text: str) -> None:
        self.proxy.set_predicate(text_predicate(self.model, text))

    @Slot(object)
    def _on_store_changed(self, _event) -> None:
        self.refresh()

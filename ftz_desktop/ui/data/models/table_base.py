"""A thin table model over prepared per-column lists: the base of the Data tab's tables.

Each row is one record (an Observation, an Indicator, a derived figure) with a key. The display
text of every cell is prepared once, per column, when rows arrive; ``data()`` then only indexes
``columns[c][r]`` (no DataFrame, no formatting). Roles are compared as module-level ints.

The row order is the table's own (never the store's): ``sort`` reorders the prepared lists by
keys built from the records (numbers as numbers, periods in time order, empty cells last in both
directions), in one pass, and tells views through a layout change. Rows added later go to the end,
as in a spreadsheet, until the next sort. Subclasses describe their columns and records and apply
store events through ``_replace``, ``_append``, ``_remove`` and ``_reset``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Hashable, Iterable, Optional, Sequence

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
EDIT = int(Qt.ItemDataRole.EditRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
DECORATION = int(Qt.ItemDataRole.DecorationRole)
FONT = int(Qt.ItemDataRole.FontRole)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 1          # the row's key (observation id, indicator id ...)

HORIZONTAL = Qt.Orientation.Horizontal
ASCENDING = Qt.SortOrder.AscendingOrder
DESCENDING = Qt.SortOrder.DescendingOrder
_SORT_HINT = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
_LAYOUT_SIGNATURE = ("QList<QPersistentModelIndex>", "QAbstractItemModel::LayoutChangeHint")
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_READ = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_WRITE = _READ | Qt.ItemFlag.ItemIsEditable
_ROOT = QModelIndex()

# (row key, column key, raw value) -> None when the store took it, else the reason it was refused
CellEditor = Callable[..., Optional[str]]    # (key, column, value[, version]) -> reason or None


@dataclass(frozen=True)
class Column:
    """A table column. ``title`` and ``tip`` are English, marked with QT_TRANSLATE_NOOP in the context of the
    model that shows them (``PreparedTableModel.TR_CONTEXT``), which translates them when it is made."""

    key: str                 # the store's column name, or a name of our own for shown-only columns
    title: str
    width: int               # initial width in pixels (columns are never sized to their contents)
    editable: bool = False
    numeric: bool = False    # right-aligned
    tip: str = ""            # header tooltip
    hidden: bool = False     # shown only when asked for (the header's context menu)


class PreparedTableModel(QAbstractTableModel):
    COLUMNS: tuple[Column, ...] = ()
    TR_CONTEXT = "PreparedTableModel"       # the translation context of the columns' titles and tips
    STYLE_ROLES: tuple[int, ...] = ()       # of DECORATION, FONT, BACKGROUND, FOREGROUND: the ones served
    edit_refused = Signal(QModelIndex, str)      # the cell (this model's index) and the store's reason

    def __init__(self, parent=None, columns: Optional[Sequence[Column]] = None,
                 tr_context: Optional[str] = None) -> None:
        super().__init__(parent)
        if columns is not None:
            self.COLUMNS = tuple(columns)
        if tr_context is not None:
            self.TR_CONTEXT = tr_context
        self._editor: Optional[CellEditor] = None
        count = len(self.COLUMNS)
        self._items: list[Any] = []
        self._keys: list[Hashable] = []
        self._row_of: dict[Hashable, int] = {}
        self._display: list[list[str]] = [[] for _ in range(count)]
        self._align = [_RIGHT if c.numeric else _LEFT for c in self.COLUMNS]
        self._titles = [self._translated(c.title) for c in self.COLUMNS]
        self._header_tips = [self._translated(c.tip) or None for c in self.COLUMNS]
        self._read_only = False
        self._flags = self._column_flags()
        self._sort_column = -1
        self._sort_order = ASCENDING
        self._search: dict[Hashable, str] = {}      # key -> lower-case text of the row, made on first search
        # Roles beyond display and alignment, looked up once per call; every other role is None at once.
        self._served = {EDIT: self._edit_role, TOOLTIP: self._tooltip_role, KEY_ROLE: self._key_role,
                        **{role: self._styled for role in self.STYLE_ROLES}}

    def _translated(self, text: str) -> str:
        return QCoreApplication.translate(self.TR_CONTEXT, text) if text else ""

    # ----- what subclasses provide ---------------------------------------------------------------------
    def _key(self, item: Any) -> Hashable:
        raise NotImplementedError

    def _cells(self, item: Any) -> Sequence[str]:
        """The display text of every column for one record."""
        raise NotImplementedError

    def _edit_text(self, row: int, column: int) -> str:
        """What an editor starts with and what a copy puts on the clipboard (re-readable by the store)."""
        return self._display[column][row]

    def _tooltip(self, row: int, column: int) -> Optional[str]:
        return None

    def _decoration(self, row: int, column: int) -> Any:
        return None

    def _style(self, role: int, row: int, column: int) -> Any:
        """Font, background and foreground; None for the view's defaults."""
        return None

    def _sort_keys(self, column: int) -> list[Any]:
        """One comparable key per row for ``column``; None marks an empty cell (sorted last)."""
        return [text.casefold() or None for text in self._display[column]]

    def _natural_keys(self) -> list[Any]:
        """Keys of the order the rows have before any sort."""
        return list(range(len(self._keys)))

    def _commit(self, row: int, column: int, value: Any) -> bool:
        """Send an edited cell to the editor (an undo command over a store edit); False if refused."""
        if isinstance(value, str) and value == self._edit_text(row, column):
            return True                                   # nothing changed: no write, no undo step
        if self._editor is None:
            return False
        reason = self._send(self._editor, row, column, value)
        if reason:
            self.edit_refused.emit(self.index(row, column), reason)
            return False
        return True

    def _send(self, editor: CellEditor, row: int, column: int, value: Any) -> Optional[str]:
        """Hand an edited cell to the editor: the reason it was refused, or None."""
        return editor(self._keys[row], self.COLUMNS[column].key, value)

    def _search_extra(self, row: int) -> str:
        """Text a search should also find in this row beyond what it shows (names behind codes)."""
        return ""

    # ----- Qt model interface --------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex, role: int = DISPLAY) -> Any:
        if role == DISPLAY:
            return self._display[index.column()][index.row()]
        if role == ALIGN:
            return self._align[index.column()]
        serve = self._served.get(role)
        return None if serve is None else serve(index, role)

    def _edit_role(self, index: QModelIndex, role: int) -> Any:
        return self._edit_text(index.row(), index.column())

    def _tooltip_role(self, index: QModelIndex, role: int) -> Any:
        return self._tooltip(index.row(), index.column())

    def _key_role(self, index: QModelIndex, role: int) -> Any:
        return self._keys[index.row()]

    def _styled(self, index: QModelIndex, role: int) -> Any:
        """The roles in STYLE_ROLES: decoration, font, background, foreground."""
        if role == DECORATION:
            return self._decoration(index.row(), index.column())
        return self._style(role, index.row(), index.column())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if orientation != HORIZONTAL or not 0 <= section < len(self.COLUMNS):
            return None
        if role == DISPLAY:
            return self._titles[section]
        if role == TOOLTIP:
            return self._header_tips[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return self._flags[index.column()]

    def setData(self, index: QModelIndex, value: Any, role: int = EDIT) -> bool:  # noqa: N802 (Qt naming)
        if role != EDIT or not index.isValid() or not (self._flags[index.column()] & Qt.ItemFlag.ItemIsEditable):
            return False
        return self._commit(index.row(), index.column(), value)

    def sort(self, column: int, order: Qt.SortOrder = ASCENDING) -> None:
        """Reorder the rows for display (the store is untouched); column -1 restores the natural order."""
        unchanged = column < 0 and self._sort_column < 0
        self._sort_column, self._sort_order = column, order
        if not self._keys or unchanged:
            return
        permutation = self._ordered_rows(column, order)
        self.layoutAboutToBeChanged[_LAYOUT_SIGNATURE].emit([], _SORT_HINT)
        persistent = self.persistentIndexList()
        new_row = [0] * len(permutation)
        for new, old in enumerate(permutation):
            new_row[old] = new
        self._permute(permutation)
        self.changePersistentIndexList(persistent, [self.index(new_row[i.row()], i.column()) for i in persistent])
        self.layoutChanged[_LAYOUT_SIGNATURE].emit([], _SORT_HINT)

    # ----- helpers for subclasses and views --------------------------------------------------------------
    def set_editor(self, editor: Optional[CellEditor]) -> None:
        self._editor = editor

    @property
    def sort_column(self) -> int:
        return self._sort_column

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._flags = self._column_flags()
        if self._keys:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._keys) - 1, len(self.COLUMNS) - 1))

    def column_title(self, column: int) -> str:
        """The column's title as the header shows it (in the installed language)."""
        return self._titles[column]

    def column_of(self, key: str) -> int:
        for number, column in enumerate(self.COLUMNS):
            if column.key == key:
                return number
        raise KeyError(key)

    def key_at(self, row: int) -> Hashable:
        return self._keys[row]

    def item_at(self, row: int) -> Any:
        return self._items[row]

    def row_of(self, key: Hashable) -> Optional[int]:
        return self._row_of.get(key)

    def keys(self) -> list[Hashable]:
        return list(self._keys)

    def edit_text(self, row: int, column: int) -> str:
        return self._edit_text(row, column)

    def search_text(self, row: int) -> str:
        """The row's shown text (and ``_search_extra``) in lower case, for filtering; the first search
        prepares every row at once."""
        key = self._keys[row]
        text = self._search.get(key)
        if text is None:
            if not self._search:
                self._search = {k: self._make_search_text(r) for r, k in enumerate(self._keys)}
                return self._search[key]
            text = self._search[key] = self._make_search_text(row)
        return text

    def _make_search_text(self, row: int) -> str:
        return " ".join([column[row] for column in self._display] + [self._search_extra(row)]).casefold()

    def _column_flags(self) -> list[Qt.ItemFlag]:
        return [_WRITE if c.editable and not self._read_only else _READ for c in self.COLUMNS]

    def _ordered_rows(self, column: int, order: Qt.SortOrder) -> list[int]:
        keys = self._natural_keys() if column < 0 else self._sort_keys(column)
        filled = [row for row, key in enumerate(keys) if key is not None]
        blanks = [row for row, key in enumerate(keys) if key is None]
        filled.sort(key=keys.__getitem__, reverse=column >= 0 and order == DESCENDING)
        return filled + blanks

    def _permute(self, permutation: list[int]) -> None:
        self._items = [self._items[r] for r in permutation]
        self._keys = [self._keys[r] for r in permutation]
        self._display = [[column[r] for r in permutation] for column in self._display]
        self._row_of = {key: row for row, key in enumerate(self._keys)}

    def _load(self, items: Iterable[Any]) -> None:
        self._items = list(items)
        self._search.clear()
        self._keys = [self._key(item) for item in self._items]
        rows = [self._cells(item) for item in self._items]
        self._display = [list(column) for column in zip(*rows, strict=False)] if rows else [[] for _ in self.COLUMNS]
        self._row_of = {key: row for row, key in enumerate(self._keys)}
        if self._sort_column >= 0 and self._keys:
            self._permute(self._ordered_rows(self._sort_column, self._sort_order))

    def _reset(self, items: Iterable[Any]) -> None:
        self.beginResetModel()
        self._load(items)
        self.endResetModel()

    def _replace(self, items: Iterable[Any], columns: Iterable[int] = ()) -> None:
        """Records whose key is already shown: update their cells, and signal exactly the changed ones
        (plus ``columns``, whose tooltips or decorations may have changed)."""
        extra = set(columns)
        for item in items:
            row = self._row_of.get(self._key(item))
            if row is None:
                continue
            self._items[row] = item
            self._search.pop(self._keys[row], None)
            changed = set(extra)
            for column, text in enumerate(self._cells(item)):
                if self._display[column][row] != text:
                    self._display[column][row] = text
                    changed.add(column)
            self._emit_row_changed(row, changed)

    def _emit_row_changed(self, row: int, columns: Iterable[int]) -> None:
        """dataChanged for each run of adjacent changed columns of one row."""
        run: list[int] = []
        for column in sorted(columns):
            if run and column != run[-1] + 1:
                self.dataChanged.emit(self.index(row, run[0]), self.index(row, run[-1]))
                run = []
            run.append(column)
        if run:
            self.dataChanged.emit(self.index(row, run[0]), self.index(row, run[-1]))

    def _append(self, items: Sequence[Any]) -> None:
        items = [item for item in items if self._key(item) not in self._row_of]
        if not items:
            return
        first = len(self._keys)
        self.beginInsertRows(_ROOT, first, first + len(items) - 1)
        for row, item in enumerate(items, start=first):
            key = self._key(item)
            self._items.append(item)
            self._keys.append(key)
            self._row_of[key] = row
            for column, text in zip(self._display, self._cells(item), strict=False):
                column.append(text)
        self.endInsertRows()

    def _remove(self, keys: Iterable[Hashable]) -> None:
        rows = sorted({self._row_of[k] for k in keys if k in self._row_of}, reverse=True)
        if not rows:
            return
        for row in rows:
            self._search.pop(self._keys[row], None)
        runs: list[tuple[int, int]] = []          # (first, last), from the bottom up
        for row in rows:
            if runs and row == runs[-1][0] - 1:
                runs[-1] = (row, runs[-1][1])
            else:
                runs.append((row, row))
        for first, last in runs:
            self.beginRemoveRows(_ROOT, first, last)
            del self._items[first:last + 1]
            del self._keys[first:last + 1]
            for column in self._display:
                del column[first:last + 1]
            self.endRemoveRows()
        self._row_of = {key: row for row, key in enumerate(self._keys)}

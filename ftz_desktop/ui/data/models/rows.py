"""A read-only table of prepared text rows: the lists in the history panel, the snapshot comparison and the
import preview. Each row is a tuple of cell texts plus an optional tooltip; the column titles are translated
in ``tr_context``, where the module that defines them marks them."""
from __future__ import annotations

from typing import Any, Optional, Sequence

from ftz_desktop.ui.data.models.table_base import Column, PreparedTableModel

Row = tuple[tuple[str, ...], str]         # (cell texts, tooltip)


class RowsModel(PreparedTableModel):
    def __init__(self, columns: Sequence[Column], parent=None, tr_context: str = "RowsModel") -> None:
        super().__init__(parent, columns, tr_context)
        self._load([])

    def _key(self, item: tuple[int, Row]) -> int:
        return item[0]

    def _cells(self, item: tuple[int, Row]) -> tuple[str, ...]:
        return item[1][0]

    def _natural_keys(self) -> list[Any]:
        return [number for number, _ in self._items]

    def _tooltip(self, row: int, column: int) -> Optional[str]:
        return self._items[row][1][1] or None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self._reset(list(enumerate(rows)))

    def row_texts(self, row: int) -> tuple[str, ...]:
        return self._items[row][1][0]

"""Filtering and display order of the Data tab's tables, without touching the stored data.

``TableFilterProxy`` is a QSortFilterProxyModel that filters rows with a predicate over source rows
and hands sorting to the source model (``PreparedTableModel.sort`` orders all rows by prepared keys
in one pass; a Python ``lessThan`` per comparison takes seconds on 100,000 rows). The vertical
header shows the visible row numbers 1, 2, 3 ... as a spreadsheet does, so messages can name them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Optional

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from ftz_desktop.ui.data.models.table_base import ALIGN, ASCENDING, DISPLAY

Predicate = Callable[[int], bool]
_VERTICAL = Qt.Orientation.Vertical
_ROW_NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class ObservationFilter:
    indicator: str = ""          # "" means any
    geography: str = ""
    section: str = ""
    text: str = ""

    @property
    def active(self) -> bool:
        return bool(self.indicator or self.geography or self.section or self.text.strip())


class TableFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._predicate: Optional[Predicate] = None
        self.setDynamicSortFilter(True)

    def set_predicate(self, predicate: Optional[Predicate]) -> None:
        # One layout change rather than a removal per run of hidden rows (thousands on a large table).
        self._predicate = predicate
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802 (Qt naming)
        predicate = self._predicate
        return True if predicate is None else predicate(source_row)

    def sort(self, column: int, order: Qt.SortOrder = ASCENDING) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:  # noqa: N802
        if orientation == _VERTICAL:
            if role == DISPLAY:
                return str(section + 1)
            if role == ALIGN:
                return _ROW_NUMBER_ALIGN
            return None
        return super().headerData(section, orientation, role)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.casefold().split())


def observation_predicate(model, wanted: ObservationFilter) -> Optional[Predicate]:
    """Rows of ``model`` (an ObservationsModel) that match every part of ``wanted``."""
    if not wanted.active:
        return None
    words = _words(wanted.text)
    indicator, geography = wanted.indicator, wanted.geography
    in_section = model.indicators_in_section(wanted.section) if wanted.section else None
    observation_at, search_text = model.observation_at, model.search_text

    def accepts(row: int) -> bool:
        obs = observation_at(row)
        if indicator and obs.indicator_id != indicator:
            return False
        if geography and obs.geography != geography:
            return False
        if in_section is not None and obs.indicator_id not in in_section:
            return False
        if words:
            haystack = search_text(row)
            for word in words:
                if word not in haystack:
                    return False
        return True

    return accepts


def text_predicate(model, text: str, section: str = "", section_of: Optional[Callable[[int], str]] = None
                   ) -> Optional[Predicate]:
    """Rows whose shown text holds every word of ``text`` (and, given ``section_of``, in ``section``)."""
    words = _words(text)
    if not words and not section:
        return None
    search_text = model.search_text

    def accepts(row: int) -> bool:
        if section and section_of is not None and section_of(row) != section:
            return False
        haystack = search_text(row)
        return all(word in haystack for word in words)

    return accepts

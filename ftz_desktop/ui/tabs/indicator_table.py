"""The figures an item rests on: one row per figure its text cites (or, for an indicator it names but does not
cite, its latest figure), with the indicator's name, the value, the period and the source.
Enter or a double-click on a row opens the indicator in the Data tab (``indicator_requested``)."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ftz_desktop.core.domain.formatting import format_observation
from ftz_desktop.core.domain.model import Dataset, Observation
from ftz_desktop.core.domain.periods import period_label, period_sort_key
from ftz_desktop.core.study.content import Item
from ftz_desktop.core.study.textfill import figure_refs

# English, marked for translation: the header shows them translated.
COLUMNS = (QT_TRANSLATE_NOOP("IndicatorTable", "Indicator"), QT_TRANSLATE_NOOP("IndicatorTable", "Value"),
           QT_TRANSLATE_NOOP("IndicatorTable", "Period"), QT_TRANSLATE_NOOP("IndicatorTable", "Source"))
INDICATOR_ID_ROLE = Qt.ItemDataRole.UserRole
MAX_VISIBLE_ROWS = 10


def item_observations(item: Item, dataset: Dataset) -> list[Observation]:
    """The observations behind an item, in the order of its ``indicators:`` list: those its text cites
    (oldest first), else the indicator's latest observation. Indicators without data are left out."""
    cited: dict[str, list[Observation]] = {}
    for text in (item.summary, *item.paragraphs):
        for ref in figure_refs(text):
            obs = dataset.get(*ref.key)
            if obs is not None and obs not in cited.setdefault(obs.indicator_id, []):
                cited[obs.indicator_id].append(obs)
    rows: list[Observation] = []
    for indicator_id in item.indicators:
        if indicator_id not in dataset.indicators:
            continue
        if cited.get(indicator_id):
            rows.extend(sorted(cited[indicator_id], key=lambda o: (o.geography, period_sort_key(o.period))))
        else:
            latest = dataset.latest(indicator_id)
            if latest is not None:
                rows.append(latest)
    return rows


class _ElideLeftDelegate(QStyledItemDelegate):
    """Source titles differ at their end ("… section 2.1 (Current development situation)"): keep the end."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt naming)
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText     # one line, elided


class IndicatorTable(QTableWidget):
    indicator_requested = Signal(str)

    def __init__(self, parent: Optional[QWidget] = None, max_visible_rows: int = MAX_VISIBLE_ROWS) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self._max_visible_rows = max_visible_rows
        self.setHorizontalHeaderLabels([QCoreApplication.translate("IndicatorTable", str(c)) for c in COLUMNS])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)      # Tab leaves the table (on to the charts)
        self.setWordWrap(True)                # long indicator names wrap; the rows grow to fit
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.verticalHeader().setVisible(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.setItemDelegateForColumn(3, _ElideLeftDelegate(self))
        header.sectionResized.connect(self._on_section_resized)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.doubleClicked.connect(self._on_double_clicked)

    def show_item(self, item: Optional[Item], dataset: Dataset) -> None:
        rows = item_observations(item, dataset) if item is not None else []
        self.setRowCount(len(rows))
        for row, obs in enumerate(rows):
            indicator = dataset.indicators[obs.indicator_id]
            source = dataset.source_for(obs)
            source_title = source.title if source else (obs.source_id or "—")
            where = dataset.geography_name(obs.geography)
            value = format_observation(obs, indicator, dataset.language)
            period = period_label(obs.period, dataset.language)
            cells = (indicator.name, value, period, source_title)
            tips = (f"{indicator.name}\n{where}\n{indicator.description}".strip(), obs.note or value,
                    f"{period} · {where}", source_title)
            for column, (text, tip) in enumerate(zip(cells, tips, strict=False)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(tip)
                cell.setData(INDICATOR_ID_ROLE, obs.indicator_id)
                if column == 1:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, cell)
        self._fit_height()

    @Slot(int, int, int)
    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column == 0 and self.rowCount():
            self._fit_height()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        self._fit_height()           # the names wrap to the width the table has now

    def _fit_height(self) -> None:
        self.resizeRowsToContents()
        pad = max(4, self.fontMetrics().height() // 3)     # a little air between wrapped names
        for row in range(self.rowCount()):
            self.setRowHeight(row, self.rowHeight(row) + pad)
        shown = min(self.rowCount(), self._max_visible_rows)
        rows = sum(self.rowHeight(r) for r in range(shown))
        self.setFixedHeight(self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth() + rows)

    def row_texts(self) -> list[tuple[str, ...]]:
        return [tuple(self.item(r, c).text() for c in range(self.columnCount())) for r in range(self.rowCount())]

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        indicator_id = index.data(INDICATOR_ID_ROLE)
        if indicator_id:
            self.indicator_requested.emit(indicator_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.indicator_requested.emit(self.currentIndex().data(INDICATOR_ID_ROLE))
            event.accept()
            return
        super().keyPressEvent(event)

"""The list of a section's items: each row shows the item's title and, below it, its summary (figures filled
from the current data, at most three lines). Arrow keys move through it; Enter moves on to the text."""
from __future__ import annotations

from typing import Optional, Sequence

from PySide6.QtCore import QModelIndex, QPointF, QRect, QSignalBlocker, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
_DISPLAY = Qt.ItemDataRole.DisplayRole
SUMMARY_LINES = 3
PADDING = 8
GAP = 3


def _lines(text: str, font: QFont, width: float, max_lines: Optional[int]) -> list[str]:
    """``text`` broken into lines of at most ``width`` pixels; past ``max_lines`` the last line is elided."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    spans: list[tuple[int, int]] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [text[start:start + length].rstrip() for start, length in spans]
    if max_lines is not None and len(lines) > max_lines:
        start = spans[max_lines - 1][0]
        elided = QFontMetricsF(font).elidedText(text[start:], Qt.TextElideMode.ElideRight, width)
        lines = lines[:max_lines - 1] + [elided]
    return lines


class ItemDelegate(QStyledItemDelegate):
    """Title in the list's font, semi-bold; the summary below in the palette's muted text colour."""

    def __init__(self, parent: Optional[QWidget] = None, bold_titles: bool = True) -> None:
        super().__init__(parent)
        self._bold_titles = bold_titles

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        if self._bold_titles:
            title.setWeight(QFont.Weight.DemiBold)
        summary = QFont(option.font)
        return title, summary

    def _layout(self, option: QStyleOptionViewItem, index: QModelIndex, width: float):
        title_font, summary_font = self._fonts(option)
        inner = max(40.0, width - 2 * PADDING)
        title = _lines(str(index.data(_DISPLAY) or ""), title_font, inner, None)
        summary = _lines(str(index.data(SUMMARY_ROLE) or ""), summary_font, inner, SUMMARY_LINES)
        return title_font, summary_font, title, summary

    @staticmethod
    def _padding(summary: list[str]) -> int:
        return PADDING if summary and summary[0] else PADDING - 3     # title-only rows sit closer

    def _width(self, option: QStyleOptionViewItem) -> float:
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            return float(view.viewport().width())
        return float(option.rect.width() or 280)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 (Qt naming)
        width = self._width(option)
        title_font, summary_font, title, summary = self._layout(option, index, width)
        height = (len(title) * QFontMetricsF(title_font).lineSpacing()
                  + (GAP + len(summary) * QFontMetricsF(summary_font).lineSpacing() if summary[0] else 0)
                  + 2 * self._padding(summary))
        return QSize(int(width), int(height + 1))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect: QRect = option.rect
        title_font, summary_font, title, summary = self._layout(option, index, rect.width())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active
                 else QPalette.ColorGroup.Inactive)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        muted_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        painter.save()
        y = rect.top() + self._padding(summary)
        x = rect.left() + PADDING
        painter.setFont(title_font)
        painter.setPen(option.palette.color(group, text_role))
        metrics = QFontMetricsF(title_font)
        for line in title:
            painter.drawText(QPointF(x, y + metrics.ascent()), line)
            y += metrics.lineSpacing()
        if summary and summary[0]:
            y += GAP
            painter.setFont(summary_font)
            painter.setPen(option.palette.color(group, muted_role))
            metrics = QFontMetricsF(summary_font)
            for line in summary:
                painter.drawText(QPointF(x, y + metrics.ascent()), line)
                y += metrics.lineSpacing()
        painter.restore()


class ItemList(QListWidget):
    current_item_changed = Signal(str)
    text_requested = Signal()          # Enter on an item: move on to its text

    def __init__(self, parent: Optional[QWidget] = None, bold_titles: bool = True) -> None:
        super().__init__(parent)
        self.setItemDelegate(ItemDelegate(self, bold_titles))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSpacing(1)
        self.currentItemChanged.connect(self._on_current_item_changed)

    def set_entries(self, entries: Sequence[tuple[str, str, str]]) -> None:
        """(item id, title, summary) per row; keeps the current row when the ids are unchanged."""
        current = self.current_item_id()
        same = [self.item(r).data(ITEM_ID_ROLE) for r in range(self.count())] == [e[0] for e in entries]
        if same:
            for row, (_item_id, title, summary) in enumerate(entries):
                self._fill(self.item(row), title, summary)
            self.doItemsLayout()
            return
        blocker = QSignalBlocker(self)
        try:
            self.clear()
            for item_id, title, summary in entries:
                row = QListWidgetItem(self)
                row.setData(ITEM_ID_ROLE, item_id)
                self._fill(row, title, summary)
        finally:
            blocker.unblock()
        if current is not None:
            self.select_item(current)

    @staticmethod
    def _fill(row: QListWidgetItem, title: str, summary: str) -> None:
        row.setText(title)
        row.setData(SUMMARY_ROLE, summary)
        row.setData(Qt.ItemDataRole.AccessibleTextRole, f"{title}. {summary}")
        row.setToolTip(summary)

    def current_item_id(self) -> Optional[str]:
        item = self.currentItem()
        return None if item is None else item.data(ITEM_ID_ROLE)

    def select_item(self, item_id: str) -> bool:
        for row in range(self.count()):
            if self.item(row).data(ITEM_ID_ROLE) == item_id:
                self.setCurrentRow(row)
                return True
        return False

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_current_item_changed(self, current: Optional[QListWidgetItem], _previous) -> None:
        if current is not None:
            self.current_item_changed.emit(current.data(ITEM_ID_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.text_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.doItemsLayout()      # row heights depend on the width (wrapped titles and summaries)

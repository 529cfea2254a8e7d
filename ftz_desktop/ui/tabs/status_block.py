"""One part of the Status page: an item's text with, beside it (under it when the window is narrow), its
charts and the figures it rests on."""
from __future__ import annotations

from typing import Optional

from PySide6.QtWidgets import QBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.study.content import Item, Section
from ftz_desktop.ui.context import AppContext
from ftz_desktop.ui.store_events import StoreEvents
from ftz_desktop.ui.tabs.document_html import item_html, section_intro_html
from ftz_desktop.ui.tabs.document_view import DocumentView
from ftz_desktop.ui.tabs.indicator_table import IndicatorTable
from ftz_desktop.ui.widgets.chart_panel import ChartPanel

QWIDGETSIZE_MAX = (1 << 24) - 1
SIDE_MIN_WIDTH = 440        # below text + this, the charts go under the text
CHART_HEIGHT = 400


class StatusBlock(QWidget):
    """The section's introduction (``item=None``) or one item."""

    def __init__(self, context: AppContext, events: StoreEvents, item: Optional[Item], section: Section,
                 parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.item = item
        self._section = section
        self.text = DocumentView(self, fit_height=True)
        self.text.setAccessibleName(item.title if item else section.title)
        self.text.indicator_requested.connect(context.show_indicator)
        self.panels = [ChartPanel(context, chart_id, events, self) for chart_id in (item.charts if item else ())]
        self.table: Optional[IndicatorTable] = None
        if item is not None and item.indicators:
            self.table = IndicatorTable(self, max_visible_rows=100)
            self.table.setAccessibleName(self.tr("Figures: {item}").format(item=item.title))
            self.table.indicator_requested.connect(context.show_indicator)

        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(20)
        text_column = QVBoxLayout()
        text_column.addWidget(self.text)
        text_column.addStretch(1)
        self._box.addLayout(text_column, 0)
        self._has_side = bool(self.panels or self.table)
        if self._has_side:
            side = QVBoxLayout()
            side.setSpacing(10)
            side.setContentsMargins(0, 12, 0, 0)
            for panel in self.panels:
                panel.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
                panel.setFixedHeight(CHART_HEIGHT)
                side.addWidget(panel)
            if self.table is not None:
                caption = QLabel(self.tr("Figures in this part"), self)
                font = caption.font()
                font.setWeight(font.Weight.DemiBold)
                caption.setFont(font)
                side.addWidget(caption)
                side.addWidget(self.table)
            side.addStretch(1)
            self._box.addLayout(side, 1)
        else:
            self._box.addStretch(1)
        self._set_text_column(side_by_side=True)

    def refresh(self, dataset: Dataset) -> None:
        if self.item is None:
            self.text.set_document_html(section_intro_html(self._section, dataset))
            return
        self.text.set_document_html(item_html(self.item, dataset, heading="h2"))
        if self.table is not None:
            self.table.show_item(self.item, dataset)

    def _set_text_column(self, side_by_side: bool) -> None:
        """Beside the charts the text keeps its reading width; above them it takes the block's width (the
        view still wraps at about 75 characters)."""
        if side_by_side or not self._has_side:
            self.text.setFixedWidth(self.text.max_text_width())
        else:
            self.text.setMinimumWidth(0)
            self.text.setMaximumWidth(QWIDGETSIZE_MAX)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        if not self._has_side:
            return
        side_by_side = event.size().width() >= self.text.max_text_width() + SIDE_MIN_WIDTH
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        if self._box.direction() != direction:
            self._box.setDirection(direction)
            self._set_text_column(side_by_side)

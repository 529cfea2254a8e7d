"""One item of a section, read in full: its text on the left; on the right, the figures it rests on and its
charts. With no item (``item=None``) it shows the section's introduction.

Tab moves from the text to the figures table, then to each chart's buttons.
"""
from __future__ import annotations

import html
from typing import Optional

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.study.content import Item, Section
from ftz_desktop.ui.context import AppContext
from ftz_desktop.ui.store_events import StoreEvents
from ftz_desktop.ui.tabs.document_html import figures_html, item_html, paragraphs_html, section_heading_text
from ftz_desktop.ui.tabs.document_view import DocumentView
from ftz_desktop.ui.tabs.indicator_table import IndicatorTable
from ftz_desktop.ui.widgets.chart_panel import ChartPanel

RIGHT_PANE_WIDTH = 520


def _caption(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setWeight(label.font().Weight.DemiBold)
    label.setFont(font)
    return label


class ItemView(QSplitter):
    indicator_requested = Signal(str)

    def __init__(self, context: AppContext, events: StoreEvents, parent: Optional[QWidget] = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._context = context
        self._events = events
        self._section: Optional[Section] = None
        self._item: Optional[Item] = None
        self._panels: dict[str, ChartPanel] = {}
        self.setChildrenCollapsible(False)

        self.text = DocumentView(self)
        self.text.setAccessibleName(self.tr("Item text"))
        self.text.indicator_requested.connect(self.indicator_requested)

        self.side = QScrollArea(self)
        self.side.setWidgetResizable(True)
        self.side.setFrameShape(QScrollArea.Shape.NoFrame)
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side.setFocusPolicy(Qt.FocusPolicy.NoFocus)     # Tab goes to the table and the chart buttons
        body = QWidget(self.side)
        self._side_layout = QVBoxLayout(body)
        self._side_layout.setContentsMargins(8, 6, 8, 8)
        self._side_layout.setSpacing(8)
        self.figures_caption = _caption(self.tr("Figures it rests on"), body)
        self.table = IndicatorTable(body)
        self.table.setAccessibleName(self.tr("Figures this item rests on"))
        self.table.indicator_requested.connect(self.indicator_requested)
        self.charts_caption = _caption(self.tr("Charts"), body)
        self.empty_note = QLabel(self.tr("This part of the study cites no figures from the data."), body)
        self.empty_note.setWordWrap(True)
        self.empty_note.setEnabled(False)
        self._charts_box = QVBoxLayout()
        self._charts_box.setSpacing(10)
        for widget in (self.figures_caption, self.table, self.empty_note):
            self._side_layout.addWidget(widget)
        self._side_layout.addWidget(self.charts_caption)
        self._side_layout.addLayout(self._charts_box)
        self._side_layout.addStretch(1)
        self.side.setWidget(body)
        self.side.setMinimumWidth(260)
        self.text.setMinimumWidth(240)
        self.side.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        self.addWidget(self.text)
        self.addWidget(self.side)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setSizes([self.text.max_text_width() + 24, RIGHT_PANE_WIDTH])

    # ----- what it shows -----------------------------------------------------------------------------------
    @property
    def item(self) -> Optional[Item]:
        return self._item

    def chart_panels(self) -> list[ChartPanel]:
        """The panels of the item shown now, in the item's order."""
        return [self._panels[c] for c in (self._item.charts if self._item else ()) if c in self._panels]

    def show_item(self, section: Section, item: Optional[Item]) -> None:
        changed = item is not self._item or section is not self._section
        self._section, self._item = section, item
        self.refresh(self._context.dataset(), keep_place=not changed)
        if changed:
            self.text.verticalScrollBar().setValue(0)
            self.side.verticalScrollBar().setValue(0)
        self._show_charts(item.charts if item is not None else ())

    def refresh(self, dataset: Dataset, keep_place: bool = True) -> None:
        """Fill the text and the table from ``dataset`` (after an edit: the figures in the text change)."""
        if self._section is None:
            return
        kicker = f'<p class="kicker">{html.escape(section_heading_text(self._section))}</p>'
        if self._item is None:
            heading = html.escape(self.tr("Introduction"))
            body = f"<h1>{heading}</h1>{paragraphs_html(self._section.intro, dataset)}"
        else:
            body = (f"<h1>{figures_html(self._item.title, dataset)}</h1>"
                    + item_html(self._item, dataset, summary_background=self.text.summary_background(),
                                with_title=False))
        if keep_place:
            self.text.set_document_html(kicker + body)
        else:
            self.text.setHtml(kicker + body)
        self.table.show_item(self._item, dataset)
        has_rows = self.table.rowCount() > 0
        has_charts = bool(self._item is not None and self._item.charts)
        self.figures_caption.setVisible(has_rows)
        self.table.setVisible(has_rows)
        self.charts_caption.setVisible(has_charts)
        self.empty_note.setVisible(not has_rows and not has_charts)

    def _show_charts(self, chart_ids: tuple[str, ...]) -> None:
        for chart_id, panel in self._panels.items():
            if chart_id not in chart_ids:
                panel.hide()
        for position, chart_id in enumerate(chart_ids):
            panel = self._panels.get(chart_id)
            if panel is None:
                panel = ChartPanel(self._context, chart_id, self._events, self.side.widget())
                panel.setMinimumHeight(320)
                self._panels[chart_id] = panel
            self._charts_box.insertWidget(position, panel)
            panel.show()

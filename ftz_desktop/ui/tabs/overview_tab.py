"""The zone at a glance: the headline figures as cards, the study's conclusion and its main chart.

The figures are the latest observations of the headline indicators (``core.study.headline.HEADLINE_FIGURES``,
listed in one place), each with the change on the earlier period where that means something. A card opens
its indicator in the Data tab. Everything is refilled from the store after an edit.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ftz_desktop.core.study.headline import HeadlineFigure, headline_figures
from ftz_desktop.ui.context import AppContext
from ftz_desktop.ui.tabs.document_html import item_html
from ftz_desktop.ui.tabs.document_view import DocumentView
from ftz_desktop.ui.tabs.key_figure_card import KeyFigureCard
from ftz_desktop.ui.widgets.chart_panel import ChartPanel

OVERVIEW_CHART = "chengdu_trade_2017_2022"     # the study's Figure 1
CONCLUSION_SECTION = "conclusion"
CARD_MIN_WIDTH = 230
LOWER_MIN_HEIGHT = 380


class OverviewTab(QWidget):
    def __init__(self, context: AppContext, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self._context = context
        self.events = context.events
        self.cards: list[KeyFigureCard] = []
        self._columns = 4

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QWidget(scroll)
        column = QVBoxLayout(page)
        column.setContentsMargins(18, 14, 18, 14)
        column.setSpacing(12)

        self.heading = QLabel(self.tr("The Sichuan Pilot Free Trade Zone at a glance"), page)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setWeight(font.Weight.DemiBold)
        self.heading.setFont(font)
        self.subheading = QLabel(self.tr("Headline figures from the current data. Hover over a figure for its "
                                         "source; click it, or press Enter, to open it in the Data tab."), page)
        self.subheading.setWordWrap(True)
        self.subheading.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        column.addWidget(self.heading)
        column.addWidget(self.subheading)

        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(12)
        column.addLayout(self._grid)

        lower = QHBoxLayout()
        lower.setSpacing(16)
        self.conclusion = DocumentView(page)
        self.conclusion.setAccessibleName(self.tr("Conclusion"))
        self.conclusion.indicator_requested.connect(self._on_indicator_requested)
        self.chart = ChartPanel(context, OVERVIEW_CHART, self.events, page)
        self.conclusion.setMinimumHeight(LOWER_MIN_HEIGHT)
        self.chart.setMinimumHeight(LOWER_MIN_HEIGHT)
        self.conclusion.setMaximumWidth(self.conclusion.max_text_width() + 24)
        lower.addWidget(self.conclusion, 5)
        lower.addWidget(self.chart, 6)
        column.addLayout(lower, 1)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.events.dataset_changed.connect(self._on_refresh_due)     # coalesced by the adapter
        self._on_refresh_due()

    # ----- public -------------------------------------------------------------------------------------------
    def card(self, indicator_id: str) -> Optional[KeyFigureCard]:
        return next((c for c in self.cards if c.indicator_id == indicator_id), None)

    # ----- filling -------------------------------------------------------------------------------------------
    @Slot()
    def _on_refresh_due(self) -> None:
        dataset = self._context.dataset()
        self._show_figures(headline_figures(dataset))
        section = self._context.content.section(CONCLUSION_SECTION)
        if section is not None and section.items:
            item = section.items[0]
            self.conclusion.set_document_html(f"<h1>{section.title}</h1>"
                                              + item_html(item, dataset, with_title=False))
        else:
            self.conclusion.set_document_html("")

    def _show_figures(self, figures: list[HeadlineFigure]) -> None:
        if [c.indicator_id for c in self.cards] == [f.indicator.id for f in figures]:
            for card, figure in zip(self.cards, figures, strict=False):
                card.set_figure(figure)
            return
        for card in self.cards:
            self._grid.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for figure in figures:
            card = KeyFigureCard(figure, self._grid.parentWidget())
            card.indicator_requested.connect(self._on_indicator_requested)
            self.cards.append(card)
        self._place_cards()
        self._reflow(self.width())

    def _place_cards(self) -> None:
        for card in self.cards:
            self._grid.removeWidget(card)
        for index, card in enumerate(self.cards):
            self._grid.addWidget(card, index // self._columns, index % self._columns)
        for c in range(self._grid.columnCount()):
            self._grid.setColumnStretch(c, 1 if c < self._columns else 0)

    def _card_width(self) -> int:
        """The width a card needs: its own minimum (large figures at 125-150% scaling need more than
        the default), never less than CARD_MIN_WIDTH."""
        widest = max((card.minimumSizeHint().width() for card in self.cards), default=0)
        return max(CARD_MIN_WIDTH, widest) + max(0, self._grid.horizontalSpacing())

    def _reflow(self, width: int) -> None:
        columns = max(1, min(4, (width - 36) // self._card_width()))
        if columns != self._columns:
            self._columns = columns
            self._place_cards()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self._reflow(event.size().width())

    @Slot(str)
    def _on_indicator_requested(self, indicator_id: str) -> None:
        self._context.show_indicator(indicator_id)

"""A section of the study (Shortcomings, Opportunities, Recommendations): the list of its items on the left,
the selected item's full text, the figures it rests on and its charts on the right.

One class for every such section: ``SectionTab(context, section_id)``. The text, the list's summaries and
the figures table are refilled when the data change; the charts redraw themselves.

Keyboard: arrow keys move through the list, Enter (or Tab) moves on to the text, Tab on to the figures
and the charts' buttons, Shift+Tab back.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ftz_desktop.core.study.content import Section
from ftz_desktop.core.study.textfill import fill_figures
from ftz_desktop.ui.context import AppContext
from ftz_desktop.ui.tabs.document_html import section_heading_text
from ftz_desktop.ui.tabs.item_list import ItemList
from ftz_desktop.ui.tabs.item_view import ItemView

INTRO_ID = ""          # the list's first row: the section's introduction
LIST_WIDTH = 300


class SectionTab(QWidget):
    current_item_changed = Signal(str)

    def __init__(self, context: AppContext, section_id: str, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        section = context.content.section(section_id)
        if section is None:
            raise KeyError(f"The study has no section '{section_id}'")
        self._context = context
        self._section: Section = section
        self.events = context.events

        self.heading = QLabel(section_heading_text(section), self)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(font.Weight.DemiBold)
        self.heading.setFont(font)
        self.heading.setContentsMargins(6, 4, 6, 6)
        self.items = ItemList(self)
        self.items.setAccessibleName(self.tr("Items of {section}").format(section=section.title))
        self.view = ItemView(context, self.events, self)
        self.view.indicator_requested.connect(self._on_indicator_requested)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 8, 0, 6)
        left_layout.addWidget(self.heading)
        left_layout.addWidget(self.items, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([LIST_WIDTH, 1100])
        left.setMinimumWidth(220)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        QWidget.setTabOrder(self.items, self.view.text)
        QWidget.setTabOrder(self.view.text, self.view.table)

        self.events.dataset_changed.connect(self._on_refresh_due)     # coalesced by the adapter
        self.items.current_item_changed.connect(self._on_current_item_changed)
        self.items.text_requested.connect(self._on_text_requested)
        self._fill_list()
        self.items.setCurrentRow(0)

    # ----- public -------------------------------------------------------------------------------------------
    @property
    def section(self) -> Section:
        return self._section

    def current_item_id(self) -> Optional[str]:
        return self.items.current_item_id()

    def select_item(self, item_id: str) -> bool:
        """Show an item (its id, or ``INTRO_ID`` for the introduction)."""
        return self.items.select_item(item_id)

    # ----- slots --------------------------------------------------------------------------------------------
    @Slot(str)
    def _on_current_item_changed(self, item_id: str) -> None:
        item = self._section.item(item_id) if item_id else None
        self.view.show_item(self._section, item)
        self.current_item_changed.emit(item_id)

    @Slot()
    def _on_text_requested(self) -> None:
        self.view.text.setFocus(Qt.FocusReason.TabFocusReason)

    @Slot()
    def _on_refresh_due(self) -> None:
        self._fill_list()
        self.view.refresh(self._context.dataset())

    @Slot(str)
    def _on_indicator_requested(self, indicator_id: str) -> None:
        self._context.show_indicator(indicator_id)

    def _fill_list(self) -> None:
        dataset = self._context.dataset()
        intro = " ".join(self._section.intro)
        entries = [(INTRO_ID, self.tr("Introduction"), fill_figures(intro, dataset))] if intro else []
        entries += [(item.id, item.title, fill_figures(item.summary, dataset)) for item in self._section.items]
        self.items.set_entries(entries)

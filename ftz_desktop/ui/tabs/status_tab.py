"""The development status of the zone, read as one document: the section's introduction, then every item
with its charts and figures beside the paragraphs they support (under them when the window is narrow).
A contents list on the left jumps to an item and follows the reader's place.

Figures in the text are filled from the current data and refilled after an edit; each chart redraws
itself when one of its indicators changes. Charts scrolled out of view render when they come into view.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QSignalBlocker, Qt, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ftz_desktop.core.study.content import Section
from ftz_desktop.ui.context import AppContext
from ftz_desktop.ui.tabs.item_list import ITEM_ID_ROLE, ItemList
from ftz_desktop.ui.tabs.status_block import StatusBlock
from ftz_desktop.ui.widgets.chart_panel import ChartPanel

PAGE_MAX_WIDTH = 1400
CONTENTS_WIDTH = 230
INTRO_ID = ""


class StatusTab(QWidget):
    def __init__(self, context: AppContext, section_id: str = "status", parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        section = context.content.section(section_id)
        if section is None:
            raise KeyError(f"The study has no section '{section_id}'")
        self._context = context
        self._section = section
        self.events = context.events

        self.contents = ItemList(self, bold_titles=False)
        self.contents.setAccessibleName(self.tr("Contents"))
        self.contents.setFrameShape(QFrame.Shape.NoFrame)
        self.contents.set_entries([(INTRO_ID, self.tr("Introduction"), "")]
                                  + [(i.id, i.title, "") for i in section.items])
        self.contents.setCurrentRow(0)

        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget(self.scroll)
        page.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        page.setMaximumWidth(PAGE_MAX_WIDTH)
        column = QVBoxLayout(page)
        column.setContentsMargins(16, 12, 16, 24)
        column.setSpacing(22)
        self.blocks: list[StatusBlock] = []
        for item in (None, *section.items):
            block = StatusBlock(context, self.events, item, section, page)
            column.addWidget(block)
            self.blocks.append(block)
        column.addStretch(1)
        holder = QWidget(self.scroll)
        holder.setBackgroundRole(QPalette.ColorRole.Base)
        holder.setAutoFillBackground(True)
        holder_layout = QHBoxLayout(holder)       # the page, centred once the window is wider than it
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addStretch(1)
        holder_layout.addWidget(page, 100)
        holder_layout.addStretch(1)
        self.scroll.setWidget(holder)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([CONTENTS_WIDTH, 1200])
        self.contents.setMinimumWidth(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.events.dataset_changed.connect(self._on_refresh_due)     # coalesced by the adapter
        self.contents.current_item_changed.connect(self.scroll_to_item)
        self.contents.itemClicked.connect(self._on_contents_clicked)
        self.scroll.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self._on_refresh_due()

    # ----- public -------------------------------------------------------------------------------------------
    @property
    def section(self) -> Section:
        return self._section

    def block(self, item_id: str) -> Optional[StatusBlock]:
        return next((b for b in self.blocks if (b.item.id if b.item else INTRO_ID) == item_id), None)

    def chart_panels(self) -> list[ChartPanel]:
        return [panel for block in self.blocks for panel in block.panels]

    @Slot(str)
    def scroll_to_item(self, item_id: str) -> None:
        block = self.block(item_id)
        if block is not None:
            top = block.mapTo(self.scroll.widget(), block.rect().topLeft()).y()
            self.scroll.verticalScrollBar().setValue(max(0, top - 8))

    # ----- slots ---------------------------------------------------------------------------------------------
    @Slot()
    def _on_refresh_due(self) -> None:
        dataset = self._context.dataset()
        for block in self.blocks:
            block.refresh(dataset)

    @Slot(QListWidgetItem)
    def _on_contents_clicked(self, row: QListWidgetItem) -> None:
        self.scroll_to_item(row.data(ITEM_ID_ROLE))      # again, even if it is the current row

    @Slot(int)
    def _on_scrolled(self, value: int) -> None:
        """Highlight the part being read: the last one whose top is above the upper third of the view."""
        line = value + self.scroll.viewport().height() // 3
        current = 0
        for index, block in enumerate(self.blocks):
            if block.mapTo(self.scroll.widget(), block.rect().topLeft()).y() <= line:
                current = index
        if current != self.contents.currentRow():
            blocker = QSignalBlocker(self.contents)
            self.contents.setCurrentRow(current)
            blocker.unblock()

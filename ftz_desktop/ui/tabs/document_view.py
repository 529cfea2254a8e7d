"""Text that reads like a well-set document: a read-only QTextBrowser with a limited line length.

- Sizes are in points, so text is sharp and proportionate at 100%, 125% and 150% display scaling.
- The text column is at most about 75 characters wide and reflows when the window narrows.
- Text is selectable with mouse and keyboard and copyable (Ctrl+C); figures are links to their indicator
  (``indicator_requested``). Tab moves on to the next widget rather than from link to link.
- With ``fit_height`` the view is as tall as its text (no scroll bar of its own), for a column of blocks in
  a scroll area; the mouse wheel then scrolls that area.
"""
from __future__ import annotations

import math
from typing import Optional

from PySide6.QtCore import QSizeF, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QFont, QFontMetricsF, QPalette
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QTextEdit, QWidget

from ftz_desktop.ui.tabs.document_html import INDICATOR_SCHEME

MAX_LINE_CHARS = 75
READING_POINT_SIZE = 10.5      # at least; 15% above the system font if that is larger
DOCUMENT_MARGIN = 14.0
LINK_COLOR = "#1d4f91"

STYLE_SHEET = """
h1 { font-size: x-large; font-weight: 600; margin-top: 0px; margin-bottom: 10px; }
h2 { font-size: large; font-weight: 600; margin-top: 18px; margin-bottom: 8px; }
h3 { font-size: medium; font-weight: 600; margin-top: 14px; margin-bottom: 6px; }
p { margin-top: 0px; margin-bottom: 10px; line-height: 135%; }
p.summary { margin-bottom: 0px; }
p.kicker { color: #6b6b6b; margin-bottom: 4px; }
table.summary { margin-bottom: 14px; }
a.figure { text-decoration: none; font-weight: 600; }
span.missing { color: #a33; font-style: italic; }
"""


def reading_font(base: QFont) -> QFont:
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
    font.setPointSizeF(max(READING_POINT_SIZE, round(size * 1.15 * 2) / 2))
    return font


class DocumentView(QTextBrowser):
    indicator_requested = Signal(str)

    def __init__(self, parent: Optional[QWidget] = None, *, fit_height: bool = False,
                 max_line_chars: int = MAX_LINE_CHARS) -> None:
        super().__init__(parent)
        self._fit_height = fit_height
        self._max_line_chars = max_line_chars
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        # Tab leaves the text (list -> text -> figures -> charts); links open with the mouse, and every
        # figure is also in the figures table, where Enter opens it.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard
                                     | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.setTabChangesFocus(True)
        document = self.document()
        document.setDefaultFont(reading_font(self.font()))
        document.setDefaultStyleSheet(STYLE_SHEET)
        document.setDocumentMargin(DOCUMENT_MARGIN)
        self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        self.anchorClicked.connect(self._on_anchor_clicked)
        if self.palette().color(QPalette.ColorRole.Base).lightness() > 128:
            # A calmer blue than the default link colour on white; dark palettes keep theirs.
            document.setDefaultStyleSheet(STYLE_SHEET + f"a.figure {{ color: {LINK_COLOR}; }}")
        if fit_height:
            self.setFrameShape(QFrame.Shape.NoFrame)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            document.documentLayout().documentSizeChanged.connect(self._on_document_size_changed)
            self.viewport().setAutoFillBackground(False)
        self._update_wrap_width()

    # ----- content ------------------------------------------------------------------------------------
    def set_document_html(self, text: str) -> None:
        """Replace the content, keeping the reader's place when the same text is refreshed with new figures."""
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml(text)
        bar.setValue(position)

    def summary_background(self) -> str:
        """A light background for summaries that follows the palette (light or dark)."""
        return self.palette().color(QPalette.ColorRole.AlternateBase).name()

    # ----- line length ------------------------------------------------------------------------------------
    def max_text_width(self) -> int:
        """The widest text column, in pixels: about ``max_line_chars`` characters plus the margins."""
        metrics = QFontMetricsF(self.document().defaultFont())
        return math.ceil(metrics.averageCharWidth() * self._max_line_chars + 2 * DOCUMENT_MARGIN)

    def _update_wrap_width(self) -> None:
        available = self.viewport().width()
        width = max(40, min(available, self.max_text_width()))
        if width != self.lineWrapColumnOrWidth():
            self.setLineWrapColumnOrWidth(width)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self._update_wrap_width()

    # ----- fit to height ----------------------------------------------------------------------------------
    @Slot(QSizeF)
    def _on_document_size_changed(self, size: QSizeF) -> None:
        height = math.ceil(size.height()) + 2 * self.frameWidth()
        if height != self.height():
            self.setFixedHeight(height)

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if self._fit_height:
            event.ignore()          # the enclosing scroll area scrolls
            return
        super().wheelEvent(event)

    # ----- links -------------------------------------------------------------------------------------------
    @Slot(QUrl)
    def _on_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == INDICATOR_SCHEME and url.path():
            self.indicator_requested.emit(url.path())

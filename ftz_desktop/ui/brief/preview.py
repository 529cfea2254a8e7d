"""The live preview: the brief as HTML, built from the same document model as the Word file.

Composing runs on a worker thread (the first preview draws every chart; later ones reuse the chart
cache and take milliseconds), so typing a title never waits for matplotlib. Requests that arrive
while one is being built are coalesced: only the newest is built next, and a stale result is not shown.
"""
from __future__ import annotations

import logging
import time
from html import escape
from typing import Optional

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.recipe import Recipe, RecipeError
from ftz_desktop.core.study.content import Content

log = logging.getLogger(__name__)

PREVIEW_DPI = 80     # a 6.4-inch chart is about 510 pixels wide: within the preview column

# Qt's rich-text engine knows a subset of CSS (no max-width, no auto margins: the writer's page style makes
# the page wider than the pane). The preview asks the writer for its page with this style sheet instead.
PREVIEW_CSS = """
body { font-family: Calibri, "Microsoft YaHei", "SimSun", "WenQuanYi Micro Hei", sans-serif; font-size: 10pt;
       color: #1a1a1a; }
.marking { text-align: right; font-weight: bold; font-size: 8.5pt; }
h1.title { color: #1f3864; font-size: 20pt; margin-bottom: 2px; }
p.subtitle { color: #595959; font-size: 13pt; margin-top: 0; }
p.meta { color: #595959; margin-top: 0; margin-bottom: 0; }
h1 { color: #1f3864; font-size: 15pt; margin-top: 16px; }
h2 { color: #1f3864; font-size: 12.5pt; margin-top: 12px; }
h3 { color: #1f3864; font-size: 11pt; }
p.l1, p.l2, p.l3 { margin-top: 0; margin-bottom: 0; }
p.l2 { margin-left: 18px; } p.l3 { margin-left: 36px; }
table { border-collapse: collapse; font-size: 8.5pt; }
th { border: 1px solid #4f81bd; padding: 2px; background-color: #4f81bd; color: white; }
td { border: 1px solid #4f81bd; padding: 2px; }
td.num { text-align: right; }
p.caption { font-weight: bold; font-size: 9pt; margin-bottom: 2px; }
p.source, p.small { color: #595959; font-size: 8pt; }
p.note { color: #595959; font-style: italic; font-size: 8.5pt; }
"""


def preview_html(recipe: Recipe, dataset: Dataset, content: Content) -> str:
    """The brief for ``recipe`` as one HTML page (charts at screen resolution, from the chart cache)."""
    from ftz_desktop.brief.html_writer import to_html
    from ftz_desktop.brief.pipeline import build_document

    return to_html(build_document(recipe, dataset, content, dpi=PREVIEW_DPI), stylesheet=PREVIEW_CSS)


class _JobSignals(QObject):
    done = Signal(int, str, str)        # generation, html, error message


class _PreviewJob(QRunnable):
    def __init__(self, generation: int, recipe: Recipe, dataset: Dataset, content: Content,
                 signals: _JobSignals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._args = (recipe, dataset, content)
        self._generation = generation
        self._signals = signals

    def run(self) -> None:
        html, error = "", ""
        try:
            html = preview_html(*self._args)
        except RecipeError as exc:
            error = str(exc)
        except Exception as exc:  # the preview must never take the app down; the log keeps the details
            log.exception("Building the brief preview failed")
            error = QCoreApplication.translate(
                "PreviewPane", "The preview could not be built ({error}). Details are in the log.").format(
                error=f"{type(exc).__name__}: {exc}")
        self._signals.done.emit(self._generation, html, error)


class PreviewPane(QWidget):
    preview_updated = Signal(float)     # seconds from the request to the page on screen

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("briefPreview")
        self.browser.setAccessibleName(self.tr("Brief preview"))
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        self.browser.document().setDefaultStyleSheet(PREVIEW_CSS)   # also styles the error page
        self.status = QLabel("", self)
        self.status.setStyleSheet("color: #595959;")
        title = QLabel("<b>{}</b>".format(escape(self.tr("Preview"))), self)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.browser, 1)

        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _JobSignals(self)
        self._signals.done.connect(self._on_done)
        self._generation = 0
        self._pending: Optional[tuple[int, Recipe, Dataset, Content]] = None
        self._requested_at: dict[int, float] = {}
        self._busy = False
        self._closed = False
        self.html = ""                      # the last page shown (the writer's HTML, not Qt's re-export)
        self.error = ""
        self.last_seconds = 0.0

    def request(self, recipe: Recipe, dataset: Dataset, content: Content) -> None:
        """Build and show the preview for ``recipe`` (the newest request wins)."""
        if self._closed:
            return
        self._generation += 1
        self._pending = (self._generation, recipe, dataset, content)
        self._requested_at[self._generation] = time.perf_counter()
        self.status.setText(self.tr("Updating…"))
        if not self._busy:
            self._start_pending()

    def _start_pending(self) -> None:
        if self._pending is None:
            return
        generation, recipe, dataset, content = self._pending
        self._pending = None
        self._busy = True
        self._pool.start(_PreviewJob(generation, recipe, dataset, content, self._signals))

    @Slot(int, str, str)
    def _on_done(self, generation: int, html: str, error: str) -> None:
        self._busy = False
        if self._closed:
            return
        if self._pending is not None:        # a newer request is waiting: this page is already stale
            self._requested_at.pop(generation, None)
            self._start_pending()
            return
        started = self._requested_at.pop(generation, time.perf_counter())
        self._show(html, error)
        self.last_seconds = time.perf_counter() - started
        self.status.setText(self.tr("Updated in {ms} ms").format(ms=f"{self.last_seconds * 1000:.0f}") if not error
                            else self.tr("Not updated"))
        self.preview_updated.emit(self.last_seconds)

    def _show(self, html: str, error: str) -> None:
        self.error = error
        if error:
            heading = escape(self.tr("The preview cannot show this brief."))
            page = f'<p style="color:#a40000"><b>{heading}</b></p><p>{escape(error)}</p>'
        else:
            page = html
        self.html = page
        bar = self.browser.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self.browser.setHtml(page)
        bar.setValue(round(fraction * bar.maximum()))

    def is_busy(self) -> bool:
        return self._busy or self._pending is not None

    def shutdown(self) -> None:
        """Stop taking requests and wait for the one being built (called before the tab goes away)."""
        self._closed = True
        self._pending = None
        self._pool.waitForDone()

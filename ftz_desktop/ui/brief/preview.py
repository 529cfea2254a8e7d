"""The live preview: the brief as HTML, built from the same document model as the Word file.

Composing runs on a worker thread (the first preview draws every chart; later ones reuse the chart
cache and take milliseconds), so typing a title never waits for matplotlib. Requests that arrive
while one is being built are coalesced: only the newest is built next, and a stale result is not shown.

The chart pictures are the page's heaviest part: the writer inlines them as data: URIs, which Qt would
decode again on every page. The worker names each picture by a digest of its bytes and decodes only
pictures the pane has not seen; the pane keeps the decoded images of the page on screen and hands them
to Qt's text engine by name (``PreviewBrowser.loadResource``), so a tick re-lays out text only.

On a Chinese official layout the pane also tells how many pages a text-only brief will have on the layout's
grid (``brief.grid``, from the same document model); with charts, tables or notes it says the count is known
after export.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import logging
import re
import time
from html import escape
from typing import Optional

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QUrl, Signal, Slot
from PySide6.QtGui import QImage, QTextDocument
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


_DATA_URI = re.compile(r'src="data:image/png;base64,([A-Za-z0-9+/=]+)"')
IMAGE_PREFIX = "preview-image-"
Images = dict[str, QImage]


def named_images(html: str, known: frozenset[str]) -> tuple[str, Images]:
    """The page with each inlined PNG replaced by a name from its digest, and the decoded images that are not
    among ``known`` (a picture that cannot be decoded stays inline, as the writer made it)."""
    decoded: Images = {}

    def name(match: re.Match[str]) -> str:
        encoded = match.group(1)
        key = f"{IMAGE_PREFIX}{hashlib.sha1(encoded.encode('ascii')).hexdigest()[:20]}.png"
        if key not in known and key not in decoded:
            image = QImage()
            try:
                loaded = image.loadFromData(base64.b64decode(encoded, validate=True), "PNG")
            except (binascii.Error, ValueError):
                loaded = False
            if not loaded:
                return match.group(0)
            decoded[key] = image
        return f'src="{key}"'

    return _DATA_URI.sub(name, html), decoded


class PreviewBrowser(QTextBrowser):
    """A text browser that takes the page's pictures from ``images`` (decoded once) before asking Qt."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.images: Images = {}

    def loadResource(self, kind: int, url: QUrl | str):  # noqa: N802 (Qt naming)
        if kind == QTextDocument.ResourceType.ImageResource.value:
            image = self.images.get(url.toString() if isinstance(url, QUrl) else url)
            if image is not None:
                return image
        return super().loadResource(kind, url)


_checked: list = [None, ()]      # [the dataset last checked, its findings]: a tick does not change the data


def _findings(dataset: Dataset) -> tuple:
    """The data checks of ``dataset``, run once per dataset (the store gives a new one after every edit)."""
    from ftz_desktop.core.analysis.checks import run_checks

    last, findings = _checked
    if last is not dataset:
        findings = tuple(run_checks(dataset))
        _checked[:] = [dataset, findings]
    return findings


def preview_page(recipe: Recipe, dataset: Dataset, content: Content) -> tuple[str, Optional[int]]:
    """The brief for ``recipe`` as one HTML page (charts at screen resolution, from the chart cache), and its
    pages on an official layout's grid (None when they cannot be told, or on another layout)."""
    from ftz_desktop.brief.grid import predicted_pages
    from ftz_desktop.brief.html_writer import to_html
    from ftz_desktop.brief.pipeline import build_document

    document = build_document(recipe, dataset, content, dpi=PREVIEW_DPI, findings=_findings(dataset))
    return to_html(document, stylesheet=PREVIEW_CSS), predicted_pages(document)


def preview_html(recipe: Recipe, dataset: Dataset, content: Content) -> str:
    """The brief for ``recipe`` as one HTML page."""
    return preview_page(recipe, dataset, content)[0]


def page_count_text(layout: str, pages: Optional[int]) -> tuple[str, str]:
    """(what the pane says about the page count, its tooltip); ("", "") off the official layouts."""
    from ftz_desktop.brief.docx.official_styles import CHARS_PER_LINE, LINES_PER_PAGE
    from ftz_desktop.brief.layouts import is_official

    translate = QCoreApplication.translate
    if not is_official(layout):
        return "", ""
    grid = dict(lines=LINES_PER_PAGE, chars=CHARS_PER_LINE)
    if pages is None:
        return (translate("PreviewPane", "The page count is known after export (the brief has charts, tables or "
                                         "notes)"),
                translate("PreviewPane", "Charts, tables and notes do not keep to the grid of {lines} lines of "
                                         "{chars} characters, so their pages are not counted ahead").format(**grid))
    text = translate("PreviewPane", "About {pages} page ({lines} lines of {chars} characters)") if pages == 1 else \
        translate("PreviewPane", "About {pages} pages ({lines} lines of {chars} characters)")
    tip = translate("PreviewPane", "Counted from the text on the layout's grid of {lines} lines of {chars} "
                                   "characters a page")
    return text.format(pages=pages, **grid), tip.format(**grid)


class _JobSignals(QObject):
    done = Signal(int, str, str, object, object)    # generation, html, error, new images, (layout, pages)


class _PreviewJob(QRunnable):
    def __init__(self, generation: int, recipe: Recipe, dataset: Dataset, content: Content,
                 known: frozenset[str], signals: _JobSignals) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._args = (recipe, dataset, content)
        self._known = known
        self._generation = generation
        self._signals = signals

    def run(self) -> None:
        html, error, pages = "", "", None
        images: Images = {}
        try:
            html, pages = preview_page(*self._args)
            html, images = named_images(html, self._known)
        except RecipeError as exc:
            error = str(exc)
        except Exception as exc:  # the preview must never take the app down; the log keeps the details
            log.exception("Building the brief preview failed")
            error = QCoreApplication.translate(
                "PreviewPane", "The preview could not be built ({error}). Details are in the log.").format(
                error=f"{type(exc).__name__}: {exc}")
        self._signals.done.emit(self._generation, html, error, images, (self._args[0].layout, pages))


class PreviewPane(QWidget):
    preview_updated = Signal(float)     # seconds from the request to the page on screen

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.browser = PreviewBrowser(self)
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
        self.page_count = QLabel("", self)       # an official layout's pages, or why they are not counted
        self.page_count.setObjectName("briefPageCount")
        self.page_count.setWordWrap(True)
        self.page_count.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.page_count)
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
        self.pages: Optional[int] = None    # on an official layout's grid (None: not told)
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
        known = frozenset(self.browser.images)
        self._pool.start(_PreviewJob(generation, recipe, dataset, content, known, self._signals))

    @Slot(int, str, str, object, object)
    def _on_done(self, generation: int, html: str, error: str, images: Images,
                 page_count: tuple[str, Optional[int]]) -> None:
        self._busy = False
        if self._closed:
            return
        if self._pending is not None:        # a newer request is waiting: this page is already stale
            self._requested_at.pop(generation, None)
            self.browser.images.update(images)      # decoded all the same: the next page may show them
            self._start_pending()
            return
        started = self._requested_at.pop(generation, time.perf_counter())
        # Keep the pictures of this page only (a chart redrawn after a data edit replaces its old picture).
        shown = {name: image for name, image in {**self.browser.images, **images}.items() if name in html}
        self.browser.images = shown
        self._show(html, error)
        self._show_pages(*page_count if not error else ("", None))
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

    def _show_pages(self, layout: str, pages: Optional[int]) -> None:
        self.pages = pages
        text, tip = page_count_text(layout, pages)
        self.page_count.setText(text)
        self.page_count.setToolTip(tip)
        self.page_count.setVisible(bool(text))

    def is_busy(self) -> bool:
        return self._busy or self._pending is not None

    def shutdown(self) -> None:
        """Stop taking requests and wait for the one being built (called before the tab goes away)."""
        self._closed = True
        self._pending = None
        self._pool.waitForDone()

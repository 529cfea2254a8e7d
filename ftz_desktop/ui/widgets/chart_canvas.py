"""The Qt canvas for one catalogue chart: the only module that imports matplotlib's Qt backend.

The canvas calls the chart's pure draw function (``spec.draw(figure, dataset, style)``), the same one the
Word export uses, and renders it with Agg at the screen's device pixel ratio (matplotlib scales the
figure's dpi by ``devicePixelRatioF()``), so it stays sharp at 125% and 150% display scaling. The figure's
base dpi is the screen's logical dpi, so a 9-point chart label is as large as 9-point text beside it.

Work is done only for what is seen: ``show_dataset`` on a canvas out of sight (a tab in the background, a
chart scrolled out of view) only remembers that the figure is stale; the figure is rebuilt and rendered
when the canvas is next painted.
On a visible canvas the figure is rebuilt at once and rendered with ``draw_idle``, in the next turn of the
event loop. ``image_changed`` is emitted after every completed render.
"""
from __future__ import annotations

from typing import Optional

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSizePolicy, QWidget

from ftz_desktop import startup_probe
from ftz_desktop.charts.catalog import ChartSpec, chart_title, get_chart
from ftz_desktop.charts.fonts import chart_fonts
from ftz_desktop.charts.style import ChartStyle, default_style
from ftz_desktop.core.domain.model import Dataset

MIN_HEIGHT = 260
_first_chart_marked = False


def _logical_dpi() -> float:
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
    return min(max(dpi, 72.0), 192.0)


class ChartCanvas(FigureCanvasQTAgg):
    image_changed = Signal()

    def __init__(self, chart_id: str, style: Optional[ChartStyle] = None, parent: Optional[QWidget] = None) -> None:
        self._spec: ChartSpec = get_chart(chart_id)
        self._style = style or default_style()
        self._base_dpi = _logical_dpi()
        figure = Figure(figsize=self._style.figsize, dpi=self._base_dpi)
        super().__init__(figure)
        self.setParent(parent)
        self._dataset: Optional[Dataset] = None
        self._stale = False            # the figure does not show self._dataset yet
        self._render_wanted = False    # a render was asked for while out of sight
        self._render_scheduled = False  # a render is queued with draw_idle
        self._render_count = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(MIN_HEIGHT)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self._spec.title)
        self.setAccessibleDescription(self._spec.description)

    # ----- what it shows ----------------------------------------------------------------------------
    @property
    def chart_id(self) -> str:
        return self._spec.id

    @property
    def spec(self) -> ChartSpec:
        return self._spec

    @property
    def style(self) -> ChartStyle:
        return self._style

    @property
    def render_count(self) -> int:
        """How many times the figure has been rendered (for tests and the redraw measurement)."""
        return self._render_count

    @property
    def is_stale(self) -> bool:
        return self._stale

    def show_dataset(self, dataset: Dataset) -> None:
        """Show the chart for ``dataset``: rebuilt now and rendered soon if visible, else when next shown."""
        self._dataset = dataset
        self._stale = True
        self.setAccessibleName(chart_title(self._spec, self._style.language, dataset))
        if self.is_exposed():
            self._rebuild()
            self._schedule_render()

    def _rebuild(self) -> None:
        self._stale = False
        if self._dataset is not None:
            self._spec.draw(self.figure, self._dataset, self._style)

    # ----- rendering ---------------------------------------------------------------------------------
    def is_exposed(self) -> bool:
        """Visible and not scrolled out of view: only then is rendering worth its time."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def draw_idle(self) -> None:
        # matplotlib asks for a render on every resize; a canvas out of sight renders when it is painted.
        if not self.is_exposed():
            self._render_wanted = True
            return
        self._schedule_render()

    def _schedule_render(self) -> None:
        self._render_scheduled = True
        super().draw_idle()

    def render_pending(self) -> bool:
        """A render is queued, or the figure does not show the latest data yet."""
        return self._render_scheduled or self._stale

    def draw(self) -> None:
        self._render_scheduled = False
        if self._stale:
            self._rebuild()
        # The chart's fonts (CJK family first) and the missing-glyph filter apply to text laid out now.
        with chart_fonts(self._style.base_size):
            super().draw()
        self._render_count += 1
        global _first_chart_marked
        if not _first_chart_marked:
            _first_chart_marked = True
            startup_probe.mark("first_chart")
        self.image_changed.emit()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if self._stale or self._render_wanted or not hasattr(self, "renderer"):
            self._render_wanted = False
            if self._stale:
                self._rebuild()
            self._schedule_render()     # pending now, so the paint below renders before it blits
        super().paintEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        # In logical pixels, from the style's figure size at the logical dpi.
        return QSize(int(self._style.width * self._base_dpi), int(self._style.height * self._base_dpi))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        return QSize(240, MIN_HEIGHT)

"""Charts as PNG or SVG bytes (Figure + FigureCanvasAgg, no pyplot), with a small cache.

Re-exporting a brief re-renders only the charts whose data or style changed: the cache key is the
chart, a digest of everything the chart reads from the Dataset (``charts.picture_key``), the style and
the output format. SVG keeps its words as text (``svg.fonttype`` "none"), naming the chart's fonts.
"""
from __future__ import annotations

import io
import threading
from collections import OrderedDict
from typing import Optional

from matplotlib import rc_context
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ftz_desktop.charts.catalog import ChartSpec, get_chart
from ftz_desktop.charts.fonts import chart_fonts, font_families
from ftz_desktop.charts.picture_key import data_digest
from ftz_desktop.charts.style import ChartStyle, default_style
from ftz_desktop.core.domain.model import Dataset

CACHE_SIZE = 64

# (chart, data digest, style, format, dpi, font families) -> the bytes drawn for them
_CacheKey = tuple[ChartSpec, str, ChartStyle, str, int, tuple[str, ...]]
_cache: OrderedDict[_CacheKey, bytes] = OrderedDict()
# rc_context changes process-wide rcParams: one render at a time (the export may run in a worker).
_lock = threading.RLock()


def render_png(chart_id: str, dataset: Dataset, style: Optional[ChartStyle] = None, dpi: int = 200) -> bytes:
    return _render(chart_id, dataset, style or default_style(), "png", dpi)


def render_svg(chart_id: str, dataset: Dataset, style: Optional[ChartStyle] = None,
               dpi: Optional[int] = None) -> bytes:
    """The chart as SVG with its words as text (searchable, editable in a drawing program; the reader's
    system draws them in the chart's font family)."""
    style = style or default_style()
    return _render(chart_id, dataset, style, "svg", dpi or style.dpi)


def clear_cache() -> None:
    with _lock:
        _cache.clear()


def _render(chart_id: str, dataset: Dataset, style: ChartStyle, fmt: str, dpi: int) -> bytes:
    spec = get_chart(chart_id)
    # The spec (its draw function) and the installed fonts are part of what the bytes depend on.
    key: _CacheKey = (spec, data_digest(spec, dataset), style, fmt, dpi, tuple(font_families()))
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
        data = _draw_to_bytes(spec, dataset, style, fmt, dpi)
        _cache[key] = data
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
        return data


def _draw_to_bytes(spec: ChartSpec, dataset: Dataset, style: ChartStyle, fmt: str, dpi: int) -> bytes:
    fig = Figure(figsize=style.figsize, dpi=dpi)
    canvas = FigureCanvasAgg(fig)
    spec.draw(fig, dataset, style)
    buffer = io.BytesIO()
    # Metadata without dates or versions: the same chart gives the same bytes.
    metadata = {"Software": None} if fmt == "png" else {"Date": None, "Creator": None}
    with chart_fonts(style.base_size), rc_context({"svg.fonttype": "none"}):
        canvas.print_figure(buffer, format=fmt, dpi=dpi, facecolor="white", metadata=metadata)
    return buffer.getvalue()

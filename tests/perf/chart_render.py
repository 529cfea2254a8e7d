"""Chart render time: each chart to PNG at 100 and 200 dpi, against an empty figure of the same size.

Run:  .venv/bin/python tests/perf/chart_render.py [--runs 7]
Prints, per chart and dpi, the median time of a full render (draw + layout + PNG, cache cleared),
the median of an empty Figure saved as PNG at the same size and dpi (the baseline, measured in the
same run, interleaved with the charts so machine noise hits both alike), their ratio, and the time of
a cached re-render (what a brief re-export pays for an unchanged chart).
"""
from __future__ import annotations

import argparse
import io
import statistics
import time
from typing import Any, Callable

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ftz_desktop.charts.catalog import CHARTS
from ftz_desktop.charts.render import clear_cache, render_png
from ftz_desktop.charts.style import default_style
from ftz_desktop.core.study.shipped import load_shipped_dataset


def _empty_png(style, dpi: int) -> bytes:
    fig = Figure(figsize=style.figsize, dpi=dpi)
    canvas = FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    canvas.print_figure(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()


def _seconds(call: Callable[..., object], *args: Any, **kwargs: Any) -> float:
    start = time.perf_counter()
    call(*args, **kwargs)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    dataset = load_shipped_dataset()
    style = default_style()
    # Warm-up: font cache, first-use imports, glyph caches.
    for chart_id in CHARTS:
        render_png(chart_id, dataset, style, dpi=100)
    _empty_png(style, 100)

    print(f"{'chart':<28} {'dpi':>4} {'render ms':>10} {'empty ms':>9} {'ratio':>6} {'cached ms':>10}")
    totals = {}
    for dpi in (100, 200):
        for chart_id in CHARTS:
            renders, empties, cached = [], [], []
            for _ in range(args.runs):
                clear_cache()
                renders.append(_seconds(render_png, chart_id, dataset, style, dpi=dpi))
                cached.append(_seconds(render_png, chart_id, dataset, style, dpi=dpi))
                empties.append(_seconds(_empty_png, style, dpi))
            render, empty = statistics.median(renders), statistics.median(empties)
            totals.setdefault(dpi, []).append((render, statistics.median(cached)))
            print(f"{chart_id:<28} {dpi:>4} {render * 1e3:>10.1f} {empty * 1e3:>9.1f} {render / empty:>6.1f} "
                  f"{statistics.median(cached) * 1e3:>10.2f}")
    for dpi, rows in totals.items():
        print(f"all {len(rows)} charts at {dpi} dpi: {sum(r for r, _ in rows) * 1e3:.0f} ms rendered, "
              f"{sum(c for _, c in rows) * 1e3:.1f} ms from the cache")


if __name__ == "__main__":
    main()

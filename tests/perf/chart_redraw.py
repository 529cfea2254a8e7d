"""Edit-to-redraw time: from an observation edited through the workspace store to the chart showing it.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/chart_redraw.py [--runs 15]
For each chart, a ChartPanel is shown at a typical size on a fresh workspace made from the shipped data;
each run edits one value the chart draws (``store.update_observation``) and waits for the canvas to finish
rendering. Prints, per chart, the median of the whole path (commit, event, coalescing timer, figure rebuild,
Agg render), the median of the commit alone, and the overall median (target <= 100 ms).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_MS = 100.0
# One value per chart that it draws: (chart id, indicator, geography, period, two values to alternate).
EDITS = (
    ("chengdu_trade_2017_2022", "chengdu_goods_exports", "CD", "2022", ("500.51", "520.25")),
    ("bri_trade_2013_2022", "sichuan_trade_bri", "SC", "2022", ("378.87", "390.5")),
    ("chengdu_trade_by_mode_2022", "chengdu_processing_trade", "CD", "2022", ("478.98", "470.1")),
    ("luzhou_port", "luzhou_port_container_throughput", "LZ-PORT", "2022", ("190300", "195000")),
    ("ftz_fdi_share", "ftz_share_province_actual_fdi", "SC-FTZ", "2023", ("31.2", "32.4")),
    ("ftz_weight_in_province", "ftz_share_province_fdi", "SC-FTZ", "2023", ("25", "26")),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--size", default="640x420", help="panel size in logical pixels (WxH)")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ftz_desktop.core.store.workspace import WorkspaceStore
    from ftz_desktop.core.study.content import load_content
    from ftz_desktop.ui.context import AppContext
    from ftz_desktop.ui.store_events import StoreEvents
    from ftz_desktop.ui.widgets.chart_panel import ChartPanel

    def wait_for(signal, seconds: float = 10.0) -> bool:
        loop = QEventLoop()
        fired = []
        signal.connect(loop.quit)
        signal.connect(lambda *a: fired.append(True))
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)
        return bool(fired)

    with tempfile.TemporaryDirectory() as folder:
        store = WorkspaceStore.open(Path(folder) / "perf.ftzdb")
        context = AppContext(store=store, content=load_content("en"), undo_stack=QUndoStack())
        events = StoreEvents(store)
        print(f"runs: {args.runs} per chart, panel {width}x{height} logical px, "
              f"device pixel ratio {app.devicePixelRatio():g}")
        print(f"{'chart':<28} {'edit→redraw ms':>15} {'commit ms':>10} {'min ms':>8} {'max ms':>8}")
        everything: list[float] = []
        for chart_id, indicator_id, geography, period, values in EDITS:
            panel = ChartPanel(context, chart_id, events)
            panel.resize(width, height)
            panel.show()
            if panel.canvas.render_count == 0 and not wait_for(panel.canvas.image_changed):
                print(f"{chart_id}: never drawn")
                return 1
            obs = store.dataset().get(indicator_id, geography, period).id
            # Warm-up: first edit of this chart (font and glyph caches).
            store.update_observation(obs, "value", values[1])
            wait_for(panel.canvas.image_changed)
            totals, commits = [], []
            for run in range(args.runs):
                start = time.perf_counter()
                store.update_observation(obs, "value", values[run % 2])
                committed = time.perf_counter()
                if not wait_for(panel.canvas.image_changed):
                    print(f"{chart_id}: no redraw after an edit")
                    return 1
                done = time.perf_counter()
                totals.append((done - start) * 1000)
                commits.append((committed - start) * 1000)
            everything += totals
            print(f"{chart_id:<28} {statistics.median(totals):>15.1f} {statistics.median(commits):>10.1f} "
                  f"{min(totals):>8.1f} {max(totals):>8.1f}")
            panel.close()
            panel.deleteLater()
        overall = statistics.median(everything)
        verdict = "within" if overall <= TARGET_MS else "over"
        print(f"overall median edit→redraw: {overall:.1f} ms ({verdict} the {TARGET_MS:.0f} ms target)")
        events.close()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

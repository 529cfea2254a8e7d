"""Tick-to-preview time in the Brief tab: from an item ticked or unticked in the outline to the preview
showing the changed brief.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/preview_tick.py [--runs 21] [--profile]

A Brief tab is shown at a typical size on a fresh workspace made from the shipped data, with the whole
study ticked (the default brief, every chart). Each run unticks or ticks one item through the outline
model (what a click on its check box does) and waits for ``preview_updated``. Printed: the median of that
whole path, and, measured in the same run as baselines, the median time to build the same document
alone (``preview_html``, charts from the warm cache) and to show the same page in a bare QTextBrowser
(``setHtml`` on a shown browser of the pane's size), with the ratios. ``--profile`` prints where the
time of the ticks goes (cProfile).
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_MS = 150.0
ITEM = "sc-talent"


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def measure(tab, runs: int, wait_for) -> list[float]:
    """Seconds from each tick (alternately off and on) to the preview showing it."""
    times = []
    for _ in range(runs):
        ticked = ITEM in tab.current_recipe().item_ids()
        started = time.perf_counter()
        tab.outline.set_checked("item", ITEM, not ticked)
        if not wait_for(tab.preview.preview_updated):
            raise SystemExit("the preview did not update after a tick")
        times.append(time.perf_counter() - started)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--profile", action="store_true", help="print the cProfile of the ticks")
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication, QTextBrowser

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ftz_desktop.core.store.workspace import WorkspaceStore
    from ftz_desktop.core.study.content import load_content
    from ftz_desktop.ui.brief.composer_tab import BriefComposerTab
    from ftz_desktop.ui.brief.preview import PREVIEW_CSS, preview_html
    from ftz_desktop.ui.context import AppContext

    def wait_for(signal, seconds: float = 60.0) -> bool:
        """Run the event loop until ``signal`` is emitted (True) or ``seconds`` have passed (False)."""
        fired: list[object] = []
        signal.connect(fired.append)
        deadline = time.perf_counter() + seconds
        while not fired and time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        signal.disconnect(fired.append)
        return bool(fired)

    with tempfile.TemporaryDirectory() as folder:
        store = WorkspaceStore.open(Path(folder) / "perf.ftzdb")
        content = load_content("en")
        tab = BriefComposerTab(AppContext(store=store, content=content, undo_stack=QUndoStack()))
        tab.resize(1400, 900)
        tab.show()
        if not wait_for(tab.preview.preview_updated):      # the first preview draws every chart
            print("the first preview never came")
            return 1
        measure(tab, 3, wait_for)                           # warm-up: caches of both documents
        profiler = cProfile.Profile() if args.profile else None
        if profiler:
            profiler.enable()
        ticks = measure(tab, args.runs, wait_for)
        if profiler:
            profiler.disable()

        # Baselines in the same run: the document alone, and the page shown in a bare browser.
        recipe, dataset = tab.current_recipe(), store.dataset()
        composing = []
        for _ in range(args.runs):
            started = time.perf_counter()
            html = preview_html(recipe, dataset, content)
            composing.append(time.perf_counter() - started)
        browser = QTextBrowser()
        browser.resize(tab.preview.browser.size())
        browser.document().setDefaultStyleSheet(PREVIEW_CSS)
        browser.show()                                      # laid out and painted, as the pane is
        showing = []
        for _ in range(args.runs):
            started = time.perf_counter()
            browser.setHtml(html)
            app.processEvents()
            showing.append(time.perf_counter() - started)

        tick, compose, show = median_ms(ticks), median_ms(composing), median_ms(showing)
        print(f"runs: {args.runs}; brief: {len(recipe.item_ids())} items, {len(recipe.charts)} charts, "
              f"{len(recipe.indicators)} key figures; page {len(html) / 1024:.0f} KiB")
        print(f"tick → preview on screen      median {tick:7.1f} ms  (min {min(ticks) * 1000:.1f}, "
              f"max {max(ticks) * 1000:.1f})")
        print(f"baseline: compose the page    median {compose:7.1f} ms  ratio tick/compose {tick / compose:5.2f}")
        print(f"baseline: bare setHtml        median {show:7.1f} ms  ratio tick/setHtml {tick / show:5.2f}")
        verdict = "within" if tick <= TARGET_MS else "over"
        print(f"tick → preview median {tick:.1f} ms ({verdict} the {TARGET_MS:.0f} ms target)")
        if profiler:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        tab.shutdown()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

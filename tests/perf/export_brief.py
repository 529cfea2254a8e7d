"""Brief export time, in process: a full brief, a re-export with nothing changed, and a python-docx baseline.

Run:  .venv/bin/python tests/perf/export_brief.py [--runs 7]
Full brief = every section, item, indicator and chart of the shipped study, with the appendix tables.
"Full" clears the chart cache before each run (charts drawn at print resolution); "re-export" keeps
it (the PNGs are cached by data and style). The baseline is python-docx building and saving an
empty document, measured in the same runs so machine noise hits all three alike.
Targets: full <= 1.0 s, re-export <= 0.3 s.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TARGET_FULL = 1.0
TARGET_REEXPORT = 0.3


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    import docx

    from ftz_desktop.brief.export import export_brief
    from ftz_desktop.charts import render
    from ftz_desktop.charts.catalog import CHARTS
    from ftz_desktop.core.recipe import default_recipe
    from ftz_desktop.core.study.content import load_content
    from ftz_desktop.core.study.shipped import load_shipped_dataset

    dataset, content = load_shipped_dataset(), load_content("en")
    recipe = default_recipe(content, dataset, list(CHARTS))
    recipe.appendix_tables = True
    recipe.executive_summary = "A one-paragraph summary for the reader in a hurry."

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "brief.docx"
        started = time.perf_counter()
        export_brief(recipe, dataset, content, target)   # first export: imports, font caches
        first = time.perf_counter() - started
        full, again, baseline = [], [], []
        for _ in range(args.runs):
            started = time.perf_counter()
            empty = docx.Document()
            empty.save(str(Path(folder) / "empty.docx"))
            baseline.append(time.perf_counter() - started)

            render.clear_cache()
            started = time.perf_counter()
            export_brief(recipe, dataset, content, target)
            full.append(time.perf_counter() - started)

            started = time.perf_counter()
            export_brief(recipe, dataset, content, target)
            again.append(time.perf_counter() - started)
        size = target.stat().st_size

    def line(label: str, values: list[float], target_s: float | None = None) -> str:
        median = statistics.median(values)
        verdict = "" if target_s is None else (f"  target {target_s:.1f} s: {'ok' if median <= target_s else 'MISSED'}")
        return f"{label:<34} median {median:6.3f} s  (min {min(values):.3f}, max {max(values):.3f}){verdict}"

    print(f"full brief: {len(CHARTS)} charts, {len(recipe.indicators)} indicators, "
          f"{len(recipe.item_ids())} items, appendix tables; {size / 1024:.0f} KiB; {args.runs} runs")
    print(f"{'first export in the process':<34} {first:6.3f} s")
    print(line("baseline (python-docx empty doc)", baseline))
    print(line("full export (charts drawn)", full, TARGET_FULL))
    print(line("re-export, nothing changed", again, TARGET_REEXPORT))
    ok = statistics.median(full) <= TARGET_FULL and statistics.median(again) <= TARGET_REEXPORT
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""Start-up time: process start to the main window's first paint, against a bare PySide6 window.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python tests/perf/startup.py [--runs 7]
Prints the median of each, their ratio (target <= 1.6) and the time to the first chart drawn.
Runs alternate between the two programs so machine noise hits both alike.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BARE_WINDOW = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 860)
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"probe first_paint {time.time():.6f}", flush=True)
            import os; os._exit(0)
        return False
probe = Probe()
window.installEventFilter(probe)
window.show()
app.exec()
"""


def _time_to(command: list[str], milestone: str, env: dict[str, str]) -> float:
    start = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "probe" and parts[1] == milestone:
            return float(parts[2]) - start
    raise RuntimeError(f"{command} never reached {milestone}: {result.stdout[-500:]} {result.stderr[-2000:]}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as home:
        env["FTZ_DESKTOP_HOME"] = home
        env["XDG_CONFIG_HOME"] = str(Path(home) / "config")
        workspace = str(Path(home) / "perf.ftzdb")
        app_cmd = [sys.executable, "-m", "ftz_desktop", "--workspace", workspace]
        bare_cmd = [sys.executable, "-c", BARE_WINDOW]
        # Warm-up: creates the workspace and fills the OS file cache for both programs.
        _time_to(app_cmd, "first_paint", {**env, "FTZ_DESKTOP_STARTUP_PROBE": "first_paint"})
        _time_to(bare_cmd, "first_paint", env)
        bare, app, chart = [], [], []
        for _ in range(args.runs):
            bare.append(_time_to(bare_cmd, "first_paint", env))
            app.append(_time_to(app_cmd, "first_paint", {**env, "FTZ_DESKTOP_STARTUP_PROBE": "first_paint"}))
            try:
                chart.append(_time_to(app_cmd, "first_chart", {**env, "FTZ_DESKTOP_STARTUP_PROBE": "first_chart"}))
            except RuntimeError:
                pass
    bare_median, app_median = statistics.median(bare), statistics.median(app)
    print(f"runs: {args.runs} each, alternating")
    print(f"bare QMainWindow first paint: median {bare_median:.3f} s  (all: {', '.join(f'{t:.3f}' for t in bare)})")
    print(f"ftz-desktop first paint:      median {app_median:.3f} s  (all: {', '.join(f'{t:.3f}' for t in app)})")
    print(f"ratio app/bare: {app_median / bare_median:.2f} (target <= 1.6)")
    if chart:
        print(f"ftz-desktop first chart drawn: median {statistics.median(chart):.3f} s")
    else:
        print("ftz-desktop first chart drawn: not reached (no chart on the first tab)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

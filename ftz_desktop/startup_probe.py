"""Start-up milestones for tests/perf/startup.py.

With FTZ_DESKTOP_STARTUP_PROBE=<milestone> set (first_paint, first_chart, or all_tabs: every tab
built, for the installer test), the app prints
"probe <name> <unix time>" at each milestone and quits as soon as it reaches the one asked for.
"""
from __future__ import annotations

import os
import sys
import time

_ENV = "FTZ_DESKTOP_STARTUP_PROBE"


def active() -> bool:
    return bool(os.environ.get(_ENV))


def wanted(name: str) -> bool:
    return os.environ.get(_ENV) == name


def mark(name: str) -> None:
    if not active():
        return
    print(f"probe {name} {time.time():.6f}", flush=True)
    if os.environ.get(_ENV) == name:
        sys.stdout.flush()
        os._exit(0)  # the measurement is done; skip teardown so it does not count

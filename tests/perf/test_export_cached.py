"""A brief exported again with nothing changed stays fast, as a whole process (tests/perf/export_cached.py).

The target is 0.5 s for the whole `ftz-desktop export` process. This machine is shared and has two
cores, so an absolute limit would fail whenever a neighbour compiles or runs tests; the test therefore
asserts a ratio against pandoc writing the same brief (same text, tables and pictures), measured in the
same runs, alternating, so that load slows both. pandoc takes 0.1 s here when the machine is quiet, so
0.5 s is a ratio of 5. (The script prints the absolute median as well.)
"""
from __future__ import annotations

import shutil
import statistics

import pytest
from export_cached import TARGET_SECONDS, measure

pytestmark = pytest.mark.slow

PANDOC_QUIET_SECONDS = 0.1          # pandoc's median on this machine kind, unloaded
MAX_RATIO = TARGET_SECONDS / PANDOC_QUIET_SECONDS


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="the baseline needs pandoc (apt-get install pandoc)")
def test_a_warm_export_is_within_five_pandoc_runs():
    result = measure(runs=5)
    warm, baseline = statistics.median(result.warm), statistics.median(result.baseline)
    assert warm / baseline <= MAX_RATIO, f"warm export {warm:.3f} s, pandoc {baseline:.3f} s"

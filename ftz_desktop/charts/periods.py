"""The periods a chart draws: the ones the data hold for its indicators, never a list typed in code.

Statistics staff add years (or quarters) and fill gaps; a chart follows. A period is "held" when the
data have an observation for it, with a value or with status M (a gap the data state); the charts
that draw a time series also mark the years (quarters) between the first and the last that have no
observation at all, so a gap stays visible instead of the axis closing up around it.
"""
from __future__ import annotations

import re
from typing import Iterable, Optional, Sequence

from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.domain.periods import period_sort_key

_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


def held_periods(dataset: Dataset, indicators: Iterable[str], geography: str) -> list[str]:
    """Every period with an observation of one of the indicators in the geography, oldest first."""
    wanted = set(indicators)
    found = {o.period for o in dataset.observations if o.geography == geography and o.indicator_id in wanted}
    return sorted(found, key=period_sort_key)


def latest_with_value(dataset: Dataset, indicators: Iterable[str], geography: str) -> Optional[str]:
    """The most recent period in which one of the indicators has a value in the geography, or None."""
    wanted = set(indicators)
    found = {o.period for o in dataset.observations
             if o.geography == geography and o.indicator_id in wanted and o.value is not None}
    return max(found, key=period_sort_key) if found else None


def with_gaps(periods: Sequence[str]) -> list[str]:
    """The periods with the years missing between the first and the last year added, and likewise the
    quarters between the first and the last quarter; oldest first. Other periods (months, days, spans)
    are kept as they are: a series of them has no natural step."""
    years = [int(m[1]) for p in periods if (m := _YEAR.match(p))]
    quarters = [int(m[1]) * 4 + int(m[2]) - 1 for p in periods if (m := _QUARTER.match(p))]
    filled = set(periods)
    if years:
        filled.update(str(year) for year in range(min(years), max(years) + 1))
    if quarters:
        filled.update(f"{q // 4}-Q{q % 4 + 1}" for q in range(min(quarters), max(quarters) + 1))
    return sorted(filled, key=period_sort_key)


def drawn_periods(periods: Iterable[str]) -> list[str]:
    """The distinct, non-empty periods, oldest first (the periods a chart's data were drawn for)."""
    return sorted({p for p in periods if p}, key=period_sort_key)

"""Which figures may cite the study: only those it states. A figure staff add or change carries its own source.

The rule is the same in every path a figure enters by (typing, paste, the add dialog, import, the command
line); the store enforces it, and the import plan refuses the row before anything is written.
"""
from __future__ import annotations

import functools
import math
from typing import Optional

from ftz_desktop.core.domain.model import ObservationKey, is_study_source
from ftz_desktop.core.study.shipped import load_shipped_dataset
from ftz_desktop.core.translate import tr


@functools.lru_cache(maxsize=1)
def study_statements() -> dict[ObservationKey, float]:
    """(indicator, geography, period) -> the value the study states."""
    return {obs.key: obs.value for obs in load_shipped_dataset().observations
            if obs.value is not None and is_study_source(obs.source_id)}


def not_stated_reason(key: ObservationKey, value: Optional[float], source_id: str) -> Optional[str]:
    """Why this figure may not cite the study, or None when it may (no value, another source, or the
    very figure the study states)."""
    if value is None or not is_study_source(source_id):
        return None
    said = study_statements().get(key)
    if said is not None and math.isclose(said, value, rel_tol=1e-12, abs_tol=1e-12):
        return None
    return tr("{value:g} for {figure} is not a figure the study states, so it cannot cite the study ({source}); "
              "give the source it came from", value=value, figure=" / ".join(key), source=source_id)

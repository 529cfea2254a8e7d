"""Figures in the text come from the data: {{indicator_id|GEOGRAPHY|PERIOD}} becomes "834.64 billion yuan"."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ftz_desktop.core.domain.formatting import format_observation
from ftz_desktop.core.domain.model import Dataset, ObservationKey

FIGURE = re.compile(r"\{\{\s*([a-z0-9_]+)\s*\|\s*([A-Za-z0-9-]+)\s*\|\s*([0-9QW/-]+)\s*\}\}")


@dataclass(frozen=True)
class FigureRef:
    key: ObservationKey
    start: int
    end: int


def figure_refs(text: str) -> list[FigureRef]:
    return [FigureRef((m.group(1), m.group(2), m.group(3)), m.start(), m.end()) for m in FIGURE.finditer(text)]


def fill_figures(text: str, dataset: Dataset, missing: str = "[no data: {key}]", language: Optional[str] = None) -> str:
    """Replace each figure reference with the observation's current value, qualifier and unit, written by
    the conventions of ``language`` (default: the dataset's): "834.64 billion yuan", "8346.4亿元"."""
    language = language or dataset.language
    def replace(match: re.Match[str]) -> str:
        key = (match.group(1), match.group(2), match.group(3))
        obs = dataset.get(*key)
        indicator = dataset.indicators.get(key[0])
        if obs is None or indicator is None or obs.value is None:
            return missing.format(key="|".join(key))
        return format_observation(obs, indicator, language)

    return FIGURE.sub(replace, text)

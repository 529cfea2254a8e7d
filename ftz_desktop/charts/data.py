"""The numbers behind a chart: one ChartDatum per value drawn, read from the Dataset with its source.

Each chart first selects its data as a list of ChartDatum and then draws only from that list, so
the numbers the UI shows ("show the numbers"), the brief's table and the source line are exactly
the ones on the chart.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from ftz_desktop.charts.text import text, unit_text
from ftz_desktop.core.domain.formatting import format_number, zh_unit
from ftz_desktop.core.domain.model import Dataset, publication_of

# How a stated qualifier reads next to a number on a chart.
QUALIFIER_SYMBOLS = {"": "", "about": "≈ ", "nearly": "≈ ", "more_than": "> ", "less_than": "< "}


@dataclass(frozen=True)
class ChartDatum:
    label: str                 # as on the chart ("Exports")
    indicator_id: str          # "" for a value the chart computes
    geography: str
    period: str
    value: Optional[float]     # None: no data (status M, or no observation at all)
    unit: str
    source: str                # source title(s); "" when there is no observation
    source_ids: tuple[str, ...] = ()
    qualifier: str = ""
    status: str = ""           # the observation's status; "" when there is none or the chart computed it
    decimals: int = 0
    note: str = ""             # for a computed value: how it was computed
    role: str = ""             # what the chart does with it ("exports", "growth", ...)

    @property
    def is_missing(self) -> bool:
        return self.value is None

    @property
    def computed(self) -> bool:
        return not self.indicator_id


def display_factor(dataset: Dataset, indicator_id: str, language: str) -> float:
    """What a stored value of the indicator is multiplied by on a chart in ``language`` (10 for billion
    yuan in 亿元), so a value the chart computes from stored ones is drawn in the same unit."""
    indicator = dataset.indicators.get(indicator_id)
    if language != "zh" or indicator is None:
        return 1.0
    return zh_unit(indicator, [o.value for o in dataset.series(indicator_id) if o.value is not None])[0]


def observed(dataset: Dataset, indicator_id: str, geography: str, period: str,
             label: str, language: str = "en", role: str = "") -> ChartDatum:
    """The datum for one observation; an absent observation is a missing datum, never an error."""
    indicator = dataset.indicators.get(indicator_id)
    unit = unit_text(indicator.unit, language) if indicator else ""
    decimals = indicator.decimals if indicator else 0
    factor = display_factor(dataset, indicator_id, language)
    if language == "zh" and indicator is not None:
        # Chinese convention: money in 亿元, large counts in 万; one unit for the whole series.
        _, unit = zh_unit(indicator, [o.value for o in dataset.series(indicator_id) if o.value is not None])
        decimals = max(0, decimals - round(math.log10(factor)))
        unit = unit or unit_text(indicator.unit, language)
    obs = dataset.get(indicator_id, geography, period)
    if obs is None:
        return ChartDatum(label, indicator_id, geography, period, None, unit, "", (),
                          decimals=decimals, role=role)
    source = dataset.sources.get(obs.source_id)
    value = None if obs.value is None else obs.value * factor
    return ChartDatum(label, indicator_id, geography, period, value, unit,
                      source.title if source else obs.source_id, (obs.source_id,) if obs.source_id else (),
                      obs.qualifier, obs.status, decimals, obs.note, role)


def computed(label: str, value: Optional[float], inputs: Sequence[ChartDatum], note: str,
             role: str = "", unit: Optional[str] = None, decimals: Optional[int] = None) -> ChartDatum:
    """A value the chart derives from other data; it carries the sources of its inputs."""
    first = inputs[0]
    source_ids = tuple(_distinct(sid for d in inputs for sid in d.source_ids))
    titles = _distinct(d.source for d in inputs if d.source)
    return ChartDatum(label, "", first.geography, first.period, value, first.unit if unit is None else unit,
                      "; ".join(titles), source_ids, note=note, role=role,
                      decimals=max(d.decimals for d in inputs) if decimals is None else decimals)


def present_values(data: Sequence[ChartDatum]) -> dict[int, float]:
    """The position and value of each datum that is not missing, in order."""
    return {i: d.value for i, d in enumerate(data) if d.value is not None}


def indicator_name(dataset: Dataset, indicator_id: str) -> str:
    indicator = dataset.indicators.get(indicator_id)
    return indicator.name if indicator else indicator_id


def no_data_message(data: Iterable[ChartDatum], dataset: Dataset, language: str = "en") -> str:
    """"No data for ..." naming the indicators (in the dataset's own words) that have none."""
    names = dict.fromkeys(indicator_name(dataset, d.indicator_id) for d in data if d.indicator_id)
    return text("no_data_for", language, what="; ".join(names))


def value_text(datum: ChartDatum, with_unit: bool = False, signed: bool = False) -> str:
    """The datum as a chart label: qualifier symbol, thousands separators, source decimals."""
    if datum.value is None:
        return "—"
    number = format_number(datum.value, datum.decimals)
    if datum.unit and datum.unit[0] >= "\u2e80":       # a Chinese unit: digits ungrouped (8346.4亿元)
        number = number.replace(",", "")
    if signed and datum.value > 0:
        number = "+" + number
    if datum.unit == "%":
        number += "%"
    elif with_unit and datum.unit and datum.unit not in ("count", "个"):
        number += ("" if datum.unit[0] >= "\u2e80" else " ") + datum.unit     # 8346.4亿元, 834.64 billion yuan
    return QUALIFIER_SYMBOLS.get(datum.qualifier, "") + number


def source_note(data: Iterable[ChartDatum], dataset: Dataset, language: str = "en") -> str:
    """"Source: ..." naming each distinct source of the values drawn, in first-seen order.

    Only data with a value count: a gap (status M, or no observation) draws no number, so its source is
    not a source of the chart. The sections of the policy study are one source ("Source: " as the study
    has always been cited, even when a chart draws from two of its sections); a second publication, such
    as a yearbook staff took a new year from, makes the line "Sources: ".
    """
    ids = _distinct(sid for d in data if d.value is not None for sid in d.source_ids)
    titles = [dataset.sources[sid].title if sid in dataset.sources else sid for sid in ids]
    if not titles:
        return text("source_none", language)
    separator = "；" if language == "zh" else "; "
    works = {publication_of(sid) for sid in ids}
    return text("sources" if len(works) > 1 else "source", language) + separator.join(titles)


def _distinct(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))

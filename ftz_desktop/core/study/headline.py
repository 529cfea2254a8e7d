"""The study's headline figures: the latest value of a few key indicators, with the change on an earlier one.

The list lives here, in one place, so the Overview and anything else that shows "the zone at a glance"
agree. Every figure is read from the Dataset; nothing is typed.

A change is shown only where it means something: the earlier observation has the same kind of period
(a year against a year, a quarter against a quarter), both figures are exact (no "nearly", "more than"),
and, for a growth rate, the earlier value is positive. Shares and rates (unit "%") change in percentage
points (4.3% → 31.2%: +26.9 points); amounts and counts change in per cent (460.588 → 834.64: +81.2%).
Like is compared with like: when the two figures come from different publications (the study's 2017
figure against a yearbook's 2023 one), the change says so ("source changed"), never silently.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable, Optional, Sequence

from ftz_desktop.core.domain.formatting import format_number, format_observation
from ftz_desktop.core.domain.model import Dataset, Indicator, Observation, Source, publication_of
from ftz_desktop.core.domain.periods import period_label, period_sort_key

# (indicator id, geography), in the order the Overview shows them.
HEADLINE_FIGURES: tuple[tuple[str, str], ...] = (
    ("ftz_share_province_area", "SC-FTZ"),
    ("ftz_share_province_fdi", "SC-FTZ"),
    ("ftz_share_province_actual_fdi", "SC-FTZ"),
    ("ftz_new_enterprises_cumulative", "SC-FTZ"),
    ("fortune500_in_ftz", "SC-FTZ"),
    ("chengdu_goods_trade_total", "CD"),
    ("sichuan_trade_bri", "SC"),
    ("china_europe_train_trips", "CD-CQ"),
)

GROWTH_DECIMALS = 1

_KINDS = (("year", re.compile(r"^\d{4}$")), ("quarter", re.compile(r"^\d{4}-Q[1-4]$")),
          ("month", re.compile(r"^\d{4}-\d{2}$")), ("day", re.compile(r"^\d{4}-\d{2}-\d{2}$")),
          ("span", re.compile(r"^\d{4}/\d{4}$")))


def period_kind(period: str) -> str:
    """"year", "quarter", "month", "day", "span" or "" for text that is not a period."""
    return next((kind for kind, pattern in _KINDS if pattern.match(period)), "")


@dataclass(frozen=True)
class Change:
    kind: str                 # "points" (a share or rate) or "percent" (growth of an amount or count)
    value: float
    earlier: Observation
    decimals: int
    source_changed: bool = False      # the earlier figure comes from another publication than the latest

    @property
    def text(self) -> str:
        """"+26.9 points", "+81.2%", "-3 points"."""
        number = format_number(self.value, self.decimals)
        if self.value > 0 and number != "0":
            number = "+" + number
        if self.kind == "points":
            return f"{number} point" if number in ("+1", "-1") else f"{number} points"
        return f"{number}%"

    def text_zh(self, since: str) -> str:
        """"比2017年增长81.2%", "比2017年提高26.9个百分点", "与2019年持平"."""
        size = format_number(abs(self.value), self.decimals).replace(",", "")
        if size == "0":
            return f"与{since}持平"
        if self.kind == "points":
            return f"比{since}{'提高' if self.value > 0 else '下降'}{size}个百分点"
        return f"比{since}{'增长' if self.value > 0 else '下降'}{size}%"


@dataclass(frozen=True)
class HeadlineFigure:
    indicator: Indicator
    geography: str
    geography_name: str
    latest: Observation
    source: Optional[Source]
    change: Optional[Change]
    earlier_source: Optional[Source] = None      # the source of the figure the change is measured from
    language: str = "en"                          # how its texts read (the dataset's language)

    @property
    def value_text(self) -> str:
        """The figure as prose: qualifier, number and unit ("nearly 25%", "834.64 billion yuan")."""
        return format_observation(self.latest, self.indicator, self.language)

    @property
    def period_text(self) -> str:
        return period_label(self.latest.period, self.language)

    @property
    def earlier_text(self) -> str:
        """The earlier figure as prose ("4.3%"), or "" without a change."""
        return format_observation(self.change.earlier, self.indicator, self.language) if self.change else ""

    @property
    def earlier_period_text(self) -> str:
        return period_label(self.change.earlier.period, self.language) if self.change else ""

    @property
    def change_text(self) -> str:
        """"+81.2% since 2017", "+16.7% since 2019 (another source)", or "" without a change."""
        return self.change_text_in(self.language)

    def change_text_in(self, language: str) -> str:
        """The change in ``language``: "+81.2% since 2017"; "比2017年增长81.2%（来源不同）"."""
        if self.change is None:
            return ""
        if language == "zh":
            marked = "（来源不同）" if self.change.source_changed else ""
            return self.change.text_zh(period_label(self.change.earlier.period, "zh")) + marked
        marked = " (another source)" if self.change.source_changed else ""
        return f"{self.change.text} since {self.earlier_period_text}{marked}"


def change_between(earlier: Observation, latest: Observation, indicator: Indicator) -> Optional[Change]:
    """The change from ``earlier`` to ``latest``, or None where it would mislead (see the module notes)."""
    if earlier.value is None or latest.value is None:
        return None
    if earlier.qualifier or latest.qualifier:
        return None
    if period_kind(earlier.period) != period_kind(latest.period) or period_kind(latest.period) == "span":
        return None
    if indicator.is_percent:
        return Change("points", latest.value - earlier.value, earlier, indicator.decimals)
    if earlier.value <= 0:
        return None
    return Change("percent", (latest.value / earlier.value - 1.0) * 100.0, earlier, GROWTH_DECIMALS)


def earlier_observation(dataset: Dataset, latest: Observation) -> Optional[Observation]:
    """The most recent observation with a value before ``latest``, of the same indicator, geography and
    kind of period."""
    kind = period_kind(latest.period)
    before = [o for o in dataset.series(latest.indicator_id, latest.geography)
              if o.value is not None and period_kind(o.period) == kind
              and period_sort_key(o.period) < period_sort_key(latest.period)]
    return max(before, key=lambda o: period_sort_key(o.period)) if before else None


def headline_figure(dataset: Dataset, indicator_id: str, geography: str) -> Optional[HeadlineFigure]:
    """The latest figure of one indicator in one geography, or None if the data hold none."""
    indicator = dataset.indicators.get(indicator_id)
    if indicator is None:
        return None
    latest = dataset.latest(indicator_id, geography)
    if latest is None:
        return None
    earlier = earlier_observation(dataset, latest)
    change = change_between(earlier, latest, indicator) if earlier is not None else None
    if change is not None and publication_of(change.earlier.source_id) != publication_of(latest.source_id):
        change = replace(change, source_changed=True)
    return HeadlineFigure(indicator, geography, dataset.geography_name(geography), latest,
                          dataset.source_for(latest), change,
                          dataset.source_for(change.earlier) if change is not None else None, dataset.language)


def headline_figures(dataset: Dataset,
                     wanted: Sequence[tuple[str, str]] | Iterable[tuple[str, str]] = HEADLINE_FIGURES
                     ) -> list[HeadlineFigure]:
    """The headline figures the data hold, in the order asked for (indicators without data are left out)."""
    figures = (headline_figure(dataset, indicator_id, geography) for indicator_id, geography in wanted)
    return [figure for figure in figures if figure is not None]

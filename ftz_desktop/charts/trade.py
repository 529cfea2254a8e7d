"""Chengdu's trade by year (the study's Figure 1, 2017–2022 as shipped) and Sichuan's trade with Belt and
Road countries (2013 and 2022 as shipped): the numbers each draws, for the years the data hold. The
drawing is ``charts.trade_plot``."""
from __future__ import annotations

from ftz_desktop.charts.data import ChartDatum, observed
from ftz_desktop.charts.periods import drawn_periods, held_periods, with_gaps
from ftz_desktop.charts.text import period_text, text
from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.domain.periods import period_sort_key

CHENGDU = "CD"
CHENGDU_SERIES = (("exports", "chengdu_goods_exports"), ("imports", "chengdu_goods_imports"),
                  ("total", "chengdu_goods_trade_total"))

SICHUAN = "SC"
BRI_TRADE = "sichuan_trade_bri"
BRI_GROWTH = "sichuan_trade_bri_avg_growth"


# --- Chengdu's exports and imports by year --------------------------------------------------------

def select_chengdu_trade(dataset: Dataset, language: str) -> list[ChartDatum]:
    """Every year the data hold for the three series, oldest first, with the years between the first
    and the last that have no observation at all as gaps: a yearly series, as the study's Figure 1."""
    years = with_gaps(held_periods(dataset, [indicator for _, indicator in CHENGDU_SERIES], CHENGDU))
    if not years:
        # Nothing to draw: one empty datum per series, so the message names them.
        years = [""]
    return [observed(dataset, indicator, CHENGDU, year, text(role, language), language, role)
            for year in years for role, indicator in CHENGDU_SERIES]


def chengdu_trade_periods(data: list[ChartDatum]) -> list[str]:
    """The years drawn, as a range ("2017–2022") in the title."""
    return drawn_periods(d.period for d in data)


# --- Sichuan's trade with Belt and Road countries --------------------------------------------------

def select_bri_trade(dataset: Dataset, language: str) -> list[ChartDatum]:
    """Every year the data hold for the trade series (the study chose 2013, when the initiative began,
    and 2022), oldest first, and the stated average growth between two of them. The years between are
    not filled in as gaps: the chart compares chosen years, it is not a yearly series."""
    years = held_periods(dataset, [BRI_TRADE], SICHUAN) or [""]
    rows = [observed(dataset, BRI_TRADE, SICHUAN, year, period_text(year, language), language, "trade")
            for year in years]
    span = _growth_span(dataset, [y for y in years if y])
    rows.append(observed(dataset, BRI_GROWTH, SICHUAN, span, period_text(span, language), language, "growth"))
    return rows


def _growth_span(dataset: Dataset, years: list[str]) -> str:
    """The span of the stated average growth to show: of the spans the data state between two drawn
    years, the one ending latest (then the longest), so the comparison runs from the earliest year to
    the latest one the growth is stated for; a year added without its growth keeps the stated one.
    Without any, the span from the earliest to the latest drawn year (its growth shows as missing)."""
    drawn = set(years)
    spans = []
    for obs in dataset.series(BRI_GROWTH, SICHUAN):
        start, _, end = obs.period.partition("/")
        if start in drawn and end in drawn:
            spans.append(obs.period)
    if spans:
        return max(spans, key=lambda span: (period_sort_key(span), -int(span[:4])))
    return f"{years[0]}/{years[-1]}" if len(years) >= 2 else ""


def bri_trade_periods(data: list[ChartDatum]) -> list[str]:
    """The years of the bars, named one by one ("2013 and 2022") in the title."""
    return drawn_periods(d.period for d in data if d.role == "trade")



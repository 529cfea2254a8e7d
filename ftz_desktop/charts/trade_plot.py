"""Drawing Chengdu's trade by year and Sichuan's trade with Belt and Road countries (the numbers come
from ``charts.trade``)."""
from __future__ import annotations

import math

import numpy as np
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from ftz_desktop.charts.axes import (
    headroom,
    label_bars,
    label_bars_inside,
    mark_missing,
    no_data,
    style_axes,
    value_axis,
)
from ftz_desktop.charts.data import ChartDatum, no_data_message, present_values, value_text
from ftz_desktop.charts.fonts import bold_weight
from ftz_desktop.charts.style import ChartStyle
from ftz_desktop.charts.text import period_text, text
from ftz_desktop.charts.trade import CHENGDU_SERIES
from ftz_desktop.core.domain.model import Dataset


def nan_if_missing(values: list[float | None]) -> list[float]:
    return [math.nan if v is None else v for v in values]


def plot_chengdu_trade(fig: Figure, data: list[ChartDatum], dataset: Dataset, style: ChartStyle) -> list[str]:
    ax = fig.add_subplot()
    if all(d.is_missing for d in data):
        no_data(ax, no_data_message(data, dataset, style.language), style)
        return []
    lang = style.language
    by_role = {role: [d for d in data if d.role == role] for role, _ in CHENGDU_SERIES}
    years = [d.period for d in by_role["total"]]
    x = np.arange(len(years), dtype=float)
    width = 0.38
    labelled = []
    for offset, role, colour in ((-width / 2, "exports", style.color(0)), (width / 2, "imports", style.color(1))):
        series = by_role[role]
        heights = present_values(series)
        present = list(heights)
        bars = ax.bar(x[present] + offset, list(heights.values()), width, color=colour,
                      label=text(role, lang), gid=role)
        labelled += [(bar, value_text(series[i])) for bar, i in zip(bars, present, strict=True)]
        for i, d in enumerate(series):
            # A bar missing beside a bar that exists: mark the empty slot itself.
            if d.is_missing and not all(s[i].is_missing for s in by_role.values()):
                ax.text(x[i] + offset, 0, text("no_data", lang), rotation=90, ha="center", va="bottom",
                        fontsize=style.annotation_size - 1, color=style.muted, gid="no-data-marker")

    totals = by_role["total"]
    # NaN breaks the line: a year without data is a gap, never an interpolated value.
    ax.plot(x, nan_if_missing([d.value for d in totals]), marker="o", color=style.neutral, linewidth=1.5,
            label=text("total", lang), gid="total")
    for xi, d in zip(x, totals, strict=True):
        if not d.is_missing:
            ax.annotate(value_text(d), (xi, d.value), xytext=(0, 7), textcoords="offset points", ha="center",
                        fontsize=style.annotation_size, fontweight=bold_weight(), color=style.neutral,
                        gid="total-label")

    no_data_handles = []
    for i in range(len(years)):
        if all(s[i].is_missing for s in by_role.values()):
            ax.axvspan(x[i] - 0.45, x[i] + 0.45, facecolor="none", edgecolor=style.missing, hatch="///",
                       linewidth=0, gid="no-data-band")
            ax.text(x[i], 0.5, text("no_data", lang), transform=ax.get_xaxis_transform(), ha="center",
                    va="center", fontsize=style.annotation_size, color=style.muted, gid="no-data-marker",
                    bbox={"facecolor": "white", "edgecolor": "none", "pad": 1.5})
            no_data_handles = [Patch(facecolor="none", edgecolor=style.missing, hatch="///",
                                     label=text("no_data", lang))]

    style_axes(ax, style)
    value_axis(ax, next(d.unit for d in data), style)
    headroom(ax, [d.value for d in data])
    label_bars_inside(ax, [bar for bar, _ in labelled], [label for _, label in labelled], style)
    ax.set_xticks(x, [period_text(year, lang) for year in years])
    ax.set_xlim(x[0] - 0.6, x[-1] + 0.6)
    handles, labels = ax.get_legend_handles_labels()
    order = [labels.index(text(role, lang)) for role, _ in CHENGDU_SERIES if text(role, lang) in labels]
    ax.legend(handles=[handles[i] for i in order] + no_data_handles, loc="lower left", bbox_to_anchor=(0, 1.0),
              ncols=4, frameon=False, fontsize=style.label_size, borderaxespad=0.2)
    return []


def plot_bri_trade(fig: Figure, data: list[ChartDatum], dataset: Dataset, style: ChartStyle) -> list[str]:
    ax = fig.add_subplot()
    trade = [d for d in data if d.role == "trade"]
    growth = next(d for d in data if d.role == "growth")
    if all(d.is_missing for d in trade):
        no_data(ax, no_data_message(trade, dataset, style.language), style)
        return []
    x = np.arange(len(trade), dtype=float)
    heights = present_values(trade)
    present = list(heights)
    bars = ax.bar(x[present], list(heights.values()), 0.5, color=style.color(0), gid="trade")
    label_bars(ax, bars, [value_text(trade[i]) for i in present], style, fontweight=bold_weight())
    mark_missing(ax, x, trade, style)

    style_axes(ax, style)
    value_axis(ax, trade[0].unit, style)
    headroom(ax, [d.value for d in trade], factor=1.3)
    ax.set_xticks(x, [d.label for d in trade])
    ax.set_xlim(-0.7, len(trade) - 0.3)
    first, _, last = growth.period.partition("/")
    periods = [d.period for d in trade]
    ends = [periods.index(p) for p in (first, last) if p in periods]
    if not growth.is_missing and len(ends) == 2 and all(i in heights for i in ends):
        # A rising arrow from the top corner of the bar where the stated growth starts to the bar
        # where it ends, the growth beside it.
        half = bars[0].get_width() / 2
        start, end = (x[ends[0]] + half, heights[ends[0]]), (x[ends[1]] - half, heights[ends[1]])
        ax.annotate("", xy=end, xytext=start, gid="growth-arrow",
                    arrowprops={"arrowstyle": "-|>", "color": style.neutral, "linewidth": 1.2,
                                "shrinkA": 2, "shrinkB": 2})
        label = text("avg_growth", style.language, value=value_text(growth, signed=True),
                     period=period_text(growth.period, style.language))
        middle = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
        ax.annotate(label, middle, xytext=(-8, 4), textcoords="offset points", ha="right", va="bottom",
                    fontsize=style.annotation_size, color=style.neutral, gid="growth-annotation")
    return []

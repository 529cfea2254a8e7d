"""Drawing the zone's share of the province's foreign investment and its weight in the province (the
numbers come from ``charts.zone``)."""
from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from ftz_desktop.charts.axes import headroom, label_bars, mark_missing, no_data, style_axes, value_axis
from ftz_desktop.charts.data import ChartDatum, no_data_message, present_values, value_text
from ftz_desktop.charts.fonts import bold_weight
from ftz_desktop.charts.style import ChartStyle
from ftz_desktop.charts.text import text
from ftz_desktop.core.domain.model import Dataset


def plot_fdi_share(fig: Figure, data: list[ChartDatum], dataset: Dataset, style: ChartStyle) -> list[str]:
    ax = fig.add_subplot()
    shares = [d for d in data if d.role == "share"]
    if all(d.is_missing for d in shares):
        no_data(ax, no_data_message(shares, dataset, style.language), style)
        return []
    x = np.arange(len(shares), dtype=float)
    heights = present_values(shares)
    present = list(heights)
    colours = [style.color(5)] * (len(shares) - 1) + [style.color(0)]   # "now" stands out
    bars = ax.bar(x[present], list(heights.values()), 0.55, color=[colours[i] for i in present], gid="share")
    label_bars(ax, bars, [value_text(shares[i]) for i in present], style, fontweight=bold_weight())
    mark_missing(ax, x, shares, style)
    style_axes(ax, style)
    value_axis(ax, "%", style)
    ax.set_ylabel(text("share_axis", style.language), fontsize=style.label_size, color=style.neutral)
    headroom(ax, [d.value for d in shares], factor=1.25)
    ax.set_xticks(x, [d.label for d in shares])
    ax.set_xlim(-0.7, len(shares) - 0.3)

    change = next((d for d in data if d.role == "change"), None)
    if change is not None:
        first, last = present[0], present[-1]
        half = bars[0].get_width() / 2
        start, end = (x[first] + half, heights[first]), (x[last] - half, heights[last])
        ax.annotate("", xy=end, xytext=start, gid="change-arrow",
                    arrowprops={"arrowstyle": "-|>", "color": style.neutral, "linewidth": 1.2,
                                "shrinkA": 2, "shrinkB": 2})
        label = text("pp_change", style.language, value=value_text(change, signed=True))
        middle = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
        ax.annotate(label, middle, xytext=(-8, 4), textcoords="offset points", ha="right", va="bottom",
                    fontsize=style.annotation_size, color=style.neutral, gid="change-annotation")
    return []


def plot_weight(fig: Figure, data: list[ChartDatum], dataset: Dataset, style: ChartStyle) -> list[str]:
    ax = fig.add_subplot()
    lang = style.language
    if all(d.is_missing for d in data):
        no_data(ax, no_data_message(data, dataset, lang), style)
        return []
    y = np.arange(len(data), dtype=float)
    # The whole province as a pale bar behind each share: the tiny area next to a quarter of the FDI.
    ax.barh(y, [100] * len(data), 0.6, color=style.grid, gid="province")
    weights = present_values(data)
    present = list(weights)
    ax.barh(y[present], list(weights.values()), 0.6, color=[style.color(i) for i in present], gid="weight")
    # Labels sit just right of each share, inside the pale province bar.
    for i, weight in weights.items():
        ax.text(weight + 1.5, y[i], value_text(data[i]), va="center", ha="left", fontweight=bold_weight(),
                fontsize=style.annotation_size + 1, color=style.neutral, gid="weight-label")
    for i, d in enumerate(data):
        if d.is_missing:
            ax.text(1.5, y[i], text("no_data", lang), va="center", ha="left", fontsize=style.annotation_size,
                    color=style.muted, gid="no-data-marker")
    style_axes(ax, style, value_axis="x")
    value_axis(ax, "%", style, axis="x")
    ax.set_xlabel(text("share_axis", lang), fontsize=style.label_size, color=style.neutral)
    ax.set_xlim(0, 100)
    ax.set_yticks(y, [d.label for d in data])
    ax.invert_yaxis()
    ax.text(100, -0.6, text("province_whole", lang), ha="right", va="bottom", fontsize=style.annotation_size,
            color=style.muted, gid="province-label")
    return []

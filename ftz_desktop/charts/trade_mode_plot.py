"""Drawing Chengdu's imports and exports by trade mode (the numbers come from ``charts.trade_mode``)."""
from __future__ import annotations

import numpy as np
from matplotlib.figure import Figure

from ftz_desktop.charts.axes import label_bars, no_data, style_axes, value_axis
from ftz_desktop.charts.data import ChartDatum, no_data_message, present_values, value_text
from ftz_desktop.charts.style import ChartStyle
from ftz_desktop.charts.text import text
from ftz_desktop.core.domain.model import Dataset


def plot(fig: Figure, data: list[ChartDatum], dataset: Dataset, style: ChartStyle) -> list[str]:
    ax = fig.add_subplot()
    lang = style.language
    total = next(d for d in data if d.role == "total")
    parts = [d for d in data if d.role in ("mode", "other")]
    shares = [d for d in data if d.role == "share"]
    observed_rows = [total] + [d for d in parts if d.role == "mode"]
    if all(d.is_missing for d in observed_rows):
        no_data(ax, no_data_message(observed_rows, dataset, lang), style)
        return []

    y = np.arange(len(parts), dtype=float)
    # A negative rest means the modes exceed the total: say so rather than draw a negative bar.
    widths = {i: value for i, value in present_values(parts).items() if value >= 0}
    drawn = list(widths)
    colours = [style.color(i) for i in range(len(parts) - 1)] + [style.muted]
    bars = ax.barh(y[drawn], list(widths.values()), 0.6, color=[colours[i] for i in drawn], gid="modes")
    labels = []
    for i in drawn:
        label = value_text(parts[i])
        if not shares[i].is_missing:
            label += f" ({value_text(shares[i])})"
        labels.append(label)
    label_bars(ax, bars, labels, style)
    for i, d in enumerate(parts):
        if i in drawn:
            continue
        message = text("parts_exceed_total", lang) if d.value is not None else text("no_data", lang)
        ax.text(0, y[i], " " + message, va="center", ha="left", fontsize=style.annotation_size,
                color=style.muted, gid="no-data-marker")

    style_axes(ax, style, value_axis="x")
    value_axis(ax, total.unit or parts[0].unit, style, axis="x")
    ax.set_yticks(y, [d.label for d in parts])
    ax.invert_yaxis()
    biggest = max(widths.values(), default=0.0)
    if biggest > 0:
        ax.set_xlim(0, biggest * 1.4)   # room for "478.98 (57.4%)" right of the longest bar

    notes = []
    if not total.is_missing:
        stop = "。" if lang == "zh" else ". "
        notes.append(text("total_note", lang, value=value_text(total, with_unit=True)) + stop
                     + text("other_modes_note", lang))
    return notes

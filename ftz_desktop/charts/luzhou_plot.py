"""Drawing Luzhou port and the Luzhou Comprehensive Bonded Zone side by side (the numbers come from
``charts.luzhou``)."""
from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ftz_desktop.charts.axes import headroom, label_bars, mark_missing, no_data, style_axes, value_axis
from ftz_desktop.charts.data import ChartDatum, no_data_message, present_values, value_text
from ftz_desktop.charts.layout import panel_title
from ftz_desktop.charts.luzhou import PORT, ZONE
from ftz_desktop.charts.style import ChartStyle
from ftz_desktop.charts.text import period_name, text
from ftz_desktop.core.domain.model import Dataset


def plot(fig: Figure, data: list[ChartDatum], dataset: Dataset, style: ChartStyle) -> list[str]:
    lang = style.language
    left, right = fig.subplots(1, 2, gridspec_kw={"width_ratios": [2, 3]})
    port_title = text("port_title", lang, port=dataset.geography_name(PORT))
    zone_period = next(d.period for d in data if d.role == "zone")
    zone = dataset.geography_name(ZONE)
    zone_title = (text("zone_title", lang, zone=zone, period=period_name(zone_period, lang)) if zone_period
                  else text("zone_title_none", lang, zone=zone))
    port = [d for d in data if d.role == "port"]
    # The latest period stands out; the earlier ones are paler.
    _panel(left, port, [d for d in data if d.role == "port_growth"],
           [style.color(5)] * (len(port) - 1) + [style.color(0)], port_title, dataset, style)
    _panel(right, [d for d in data if d.role == "zone"], [d for d in data if d.role == "zone_growth"],
           [style.color(0), style.color(1), style.neutral], zone_title, dataset, style)
    has_growth = any(d.role.endswith("growth") and not d.is_missing for d in data)
    return [text("growth_note", lang)] if has_growth else []


def _panel(ax: Axes, values: list[ChartDatum], growth: list[ChartDatum], colours: list[str], title: str,
           dataset: Dataset, style: ChartStyle) -> None:
    panel_title(ax, title, style.label_size, style.neutral)
    if all(d.is_missing for d in values):
        no_data(ax, no_data_message(values, dataset, style.language), style)
        return
    x = np.arange(len(values), dtype=float)
    heights = present_values(values)
    present = list(heights)
    bars = ax.bar(x[present], list(heights.values()), 0.6, color=[colours[i] for i in present],
                  gid=values[0].role)
    labels = []
    for i in present:
        label = value_text(values[i])
        if not growth[i].is_missing:
            label += "\n" + value_text(growth[i], signed=True)
        labels.append(label)
    label_bars(ax, bars, labels, style)
    mark_missing(ax, x, values, style)
    style_axes(ax, style)
    value_axis(ax, values[0].unit, style)
    # Two panels share the width: four value ticks each read well and halve the layout's text work.
    ax.yaxis.set_major_locator(MaxNLocator(nbins=4, steps=[1, 2, 2.5, 5, 10]))
    headroom(ax, [d.value for d in values], factor=1.3)
    ax.set_xticks(x, [d.label for d in values])
    ax.set_xlim(-0.6, len(values) - 0.4)

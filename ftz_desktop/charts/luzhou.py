"""Luzhou port: container throughput (2022, Q1 2023) and the bonded zone's trade in 2022, with growth."""
from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ftz_desktop.charts.data import ChartDatum, no_data_message, observed, present_values, value_text
from ftz_desktop.charts.layout import panel_title
from ftz_desktop.charts.style import ChartStyle, headroom, label_bars, no_data, style_axes, value_axis
from ftz_desktop.charts.text import period_text, text
from ftz_desktop.core.domain.model import Dataset

PORT, ZONE = "LZ-PORT", "LZ-CBZ"
PORT_PERIODS = ("2022", "2023-Q1")
ZONE_YEAR = "2022"
# (label key, value indicator, growth indicator)
ZONE_SERIES = (("exports", "luzhou_cbz_exports", "luzhou_cbz_exports_growth"),
               ("imports", "luzhou_cbz_imports", "luzhou_cbz_imports_growth"),
               ("cbz_total", "luzhou_cbz_trade_total", "luzhou_cbz_trade_growth"))


def select(dataset: Dataset, language: str) -> list[ChartDatum]:
    rows = []
    for period in PORT_PERIODS:
        label = period_text(period, language)
        rows.append(observed(dataset, "luzhou_port_container_throughput", PORT, period, label, language, "port"))
        rows.append(observed(dataset, "luzhou_port_container_growth", PORT, period, label, language, "port_growth"))
    for key, value_id, growth_id in ZONE_SERIES:
        label = text(key, language)
        rows.append(observed(dataset, value_id, ZONE, ZONE_YEAR, label, language, "zone"))
        rows.append(observed(dataset, growth_id, ZONE, ZONE_YEAR, label, language, "zone_growth"))
    return rows


def plot(fig: Figure, data: list[ChartDatum], dataset: Dataset, style: ChartStyle) -> list[str]:
    lang = style.language
    left, right = fig.subplots(1, 2, gridspec_kw={"width_ratios": [2, 3]})
    port_title = text("port_title", lang, port=dataset.geography_name(PORT))
    zone_title = text("zone_title", lang, zone=dataset.geography_name(ZONE), period=period_text(ZONE_YEAR, lang))
    _panel(left, [d for d in data if d.role == "port"], [d for d in data if d.role == "port_growth"],
           [style.color(5), style.color(0)], port_title, dataset, style)
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
    for i, d in enumerate(values):
        if d.is_missing:
            ax.text(x[i], 0.05, text("no_data", style.language), transform=ax.get_xaxis_transform(),
                    ha="center", fontsize=style.annotation_size, color=style.muted, gid="no-data-marker")
    style_axes(ax, style)
    value_axis(ax, values[0].unit, style)
    # Two panels share the width: four value ticks each read well and halve the layout's text work.
    ax.yaxis.set_major_locator(MaxNLocator(nbins=4, steps=[1, 2, 2.5, 5, 10]))
    headroom(ax, [d.value for d in values], factor=1.3)
    ax.set_xticks(x, [d.label for d in values])
    ax.set_xlim(-0.6, len(values) - 0.4)

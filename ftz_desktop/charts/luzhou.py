"""Luzhou port: container throughput in each period the data hold (2022 and Q1 2023 as shipped), and the
bonded zone's trade in its latest year (2022 as shipped), with growth."""
from __future__ import annotations

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ftz_desktop.charts.data import ChartDatum, no_data_message, observed, present_values, value_text
from ftz_desktop.charts.layout import panel_title
from ftz_desktop.charts.periods import drawn_periods, held_periods, latest_with_value, with_gaps
from ftz_desktop.charts.style import ChartStyle, headroom, label_bars, no_data, style_axes, value_axis
from ftz_desktop.charts.text import period_name, period_text, text
from ftz_desktop.core.domain.model import Dataset

PORT, ZONE = "LZ-PORT", "LZ-CBZ"
THROUGHPUT, THROUGHPUT_GROWTH = "luzhou_port_container_throughput", "luzhou_port_container_growth"
# (label key, value indicator, growth indicator)
ZONE_SERIES = (("exports", "luzhou_cbz_exports", "luzhou_cbz_exports_growth"),
               ("imports", "luzhou_cbz_imports", "luzhou_cbz_imports_growth"),
               ("cbz_total", "luzhou_cbz_trade_total", "luzhou_cbz_trade_growth"))


def select(dataset: Dataset, language: str) -> list[ChartDatum]:
    """The port: every period the data hold for its throughput or growth, oldest first, the years (and
    quarters) between without an observation as gaps: a series staff extend. The bonded zone: the
    latest period in which exports, imports or the total has a value, since the panel compares the
    three within one period."""
    rows = []
    for period in with_gaps(held_periods(dataset, [THROUGHPUT, THROUGHPUT_GROWTH], PORT)) or [""]:
        label = period_text(period, language)
        rows.append(observed(dataset, THROUGHPUT, PORT, period, label, language, "port"))
        rows.append(observed(dataset, THROUGHPUT_GROWTH, PORT, period, label, language, "port_growth"))
    zone_period = latest_with_value(dataset, [value_id for _, value_id, _ in ZONE_SERIES], ZONE) or ""
    for key, value_id, growth_id in ZONE_SERIES:
        label = text(key, language)
        rows.append(observed(dataset, value_id, ZONE, zone_period, label, language, "zone"))
        rows.append(observed(dataset, growth_id, ZONE, zone_period, label, language, "zone_growth"))
    return rows


def luzhou_periods(data: list[ChartDatum]) -> list[str]:
    """The port's periods and the zone's, for the title ("2022 and Q1 2023")."""
    return drawn_periods(d.period for d in data if d.role in ("port", "zone"))


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

"""Luzhou port: container throughput in each period the data hold (2022 and Q1 2023 as shipped), and the
bonded zone's trade in its latest year (2022 as shipped), with growth: the numbers the chart draws.
The drawing is ``charts.luzhou_plot``."""
from __future__ import annotations

from ftz_desktop.charts.data import ChartDatum, observed
from ftz_desktop.charts.periods import drawn_periods, held_periods, latest_with_value, with_gaps
from ftz_desktop.charts.text import period_text, text
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

"""The zone within Sichuan Province: its share of foreign investment over time, and its weight by
area, foreign direct investment and new enterprises: the numbers each chart draws. The drawing is
``charts.zone_plot``."""
from __future__ import annotations

from ftz_desktop.charts.data import ChartDatum, computed, observed
from ftz_desktop.charts.periods import drawn_periods
from ftz_desktop.charts.text import period_name, period_text, text
from ftz_desktop.core.domain.model import Dataset

ZONE = "SC-FTZ"
ACTUAL_FDI_SHARE = "ftz_share_province_actual_fdi"
WEIGHTS = (("area", "ftz_share_province_area"), ("fdi", "ftz_share_province_fdi"),
           ("new_enterprises", "ftz_share_province_new_enterprises"))


# --- The zone's share of the province's actual use of foreign investment -----------------------

def select_fdi_share(dataset: Dataset, language: str) -> list[ChartDatum]:
    """Every period the data hold, oldest first (2017, when the zone opened, to the latest), and the
    change from the earliest to the latest share with a value (the study's 2017 to 2023). The years
    between are not filled in as gaps: the study states the share at chosen points, not every year."""
    rows = [observed(dataset, ACTUAL_FDI_SHARE, ZONE, obs.period, period_text(obs.period, language), language,
                     "share")
            for obs in dataset.series(ACTUAL_FDI_SHARE, ZONE)]
    if not rows:
        return [observed(dataset, ACTUAL_FDI_SHARE, ZONE, "", "", language, "share")]
    present = [(d, d.value) for d in rows if d.value is not None]
    if len(present) >= 2:
        (first, first_value), (last, last_value) = present[0], present[-1]
        rows.append(computed(text("change_label", language), last_value - first_value, [first, last],
                             note=f"{last.period} minus {first.period}", role="change",
                             unit=text("percentage_points", language)))
    return rows


def fdi_share_periods(data: list[ChartDatum]) -> list[str]:
    """The periods of the bars, named one by one ("2017 and 2023") in the title."""
    return drawn_periods(d.period for d in data if d.role == "share")


# --- The zone's weight in the province ----------------------------------------------------------

def select_weight(dataset: Dataset, language: str) -> list[ChartDatum]:
    """Each share's latest value (the zone's weight now: 2023 as shipped). When the shares are not all
    of one period, each label names its own."""
    periods = []
    for _, indicator in WEIGHTS:
        latest = dataset.latest(indicator, ZONE)
        periods.append(latest.period if latest else "")
    mixed = len(set(p for p in periods if p)) > 1
    rows = []
    for (key, indicator), period in zip(WEIGHTS, periods, strict=True):
        label = text(key, language)
        if mixed and period:
            label = text("label_period", language, label=label, period=period_name(period, language))
        rows.append(observed(dataset, indicator, ZONE, period, label, language, "weight"))
    return rows


def weight_periods(data: list[ChartDatum]) -> list[str]:
    """The periods of the shares drawn, for the title."""
    return drawn_periods(d.period for d in data)

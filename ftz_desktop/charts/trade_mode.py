"""Chengdu's imports and exports by trade mode in one year (2022 as shipped: the latest the data hold);
the other modes are the derived figure "total minus the modes shown" (core.analysis.derived), so the
chart and the checks compute it one way."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

import numpy as np
from matplotlib.figure import Figure

from ftz_desktop.charts.data import ChartDatum, computed, no_data_message, observed, present_values, value_text
from ftz_desktop.charts.periods import drawn_periods, latest_with_value
from ftz_desktop.charts.style import ChartStyle, label_bars, no_data, style_axes, value_axis
from ftz_desktop.charts.text import text
from ftz_desktop.core.analysis.derived import DerivedDefinition, compute_derived, derived_definitions, parse_key
from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.study.shipped import DataFileError

GEOGRAPHY = "CD"
TOTAL = "chengdu_goods_trade_total"
MODES = (("general_trade", "chengdu_general_trade"), ("processing_trade", "chengdu_processing_trade"),
         ("market_procurement", "chengdu_market_procurement_exports"))
OTHER_MODES = "chengdu_other_trade_2022"    # in data/derived.csv: total minus the three modes
# The shares the study states: one figure, one value, so the chart labels these where they agree with the
# bars to within the study's rounding (21.9% stated, 21.84% computed: the difference stays a check in the app).
# Where they do not (staff changed a figure since) or no share is stated, the computed share is shown.
STATED_SHARES = {"chengdu_general_trade": "chengdu_general_trade_share",
                 "chengdu_processing_trade": "chengdu_processing_trade_share"}
# Shares are computed to one decimal, as the study states its shares.
SHARE_DECIMALS = 1
ROUNDING_AGREEMENT = 0.5     # percentage points: a stated share within this of the computed one is the same figure


def select(dataset: Dataset, language: str) -> list[ChartDatum]:
    """The split of one year: the latest in which the total or one of the modes has a value. A year is
    a whole (the shares are of its total), so a later year staff add takes the chart over; its modes
    not yet entered show as gaps."""
    year = latest_with_value(dataset, [TOTAL, *(indicator for _, indicator in MODES)], GEOGRAPHY) or ""
    total = observed(dataset, TOTAL, GEOGRAPHY, year, text("total", language), language, "total")
    modes = [observed(dataset, indicator, GEOGRAPHY, year, text(key, language), language, "mode")
             for key, indicator in MODES]
    rest, how = _other_modes(dataset, year)
    other = computed(text("other_modes", language), rest, [total, *modes], note=how, role="other")
    rows = [total, *modes, other]
    for part in [*modes, other]:
        label = text("share_of_total", language, label=part.label)
        stated_id = STATED_SHARES.get(part.indicator_id, "")
        stated = dataset.get(stated_id, GEOGRAPHY, year) if stated_id else None
        share = None if part.value is None or not total.value else 100 * part.value / total.value
        if stated is not None and stated.value is not None and share is not None \
                and abs(stated.value - share) <= ROUNDING_AGREEMENT:
            rows.append(observed(dataset, stated_id, GEOGRAPHY, year, label, language, "share"))
            continue
        rows.append(computed(label, share, [part, total], note=f"{part.label} / {total.label} × 100", role="share",
                             unit="%", decimals=SHARE_DECIMALS))
    return rows


def trade_mode_periods(data: list[ChartDatum]) -> list[str]:
    """The one year drawn, for the title."""
    return drawn_periods(d.period for d in data)


def _other_modes(dataset: Dataset, year: str) -> tuple[Optional[float], str]:
    """The remainder in the year and how it was computed (or why it could not be)."""
    if not year:
        return None, "no data"
    try:
        definition = next((d for d in derived_definitions() if d.id == OTHER_MODES), None)
    except DataFileError as exc:
        return None, str(exc)
    if definition is None:
        return None, f"the derived figure '{OTHER_MODES}' is not defined"
    result = compute_derived(dataset, [_in_year(definition, year)])[-1]
    return result.value, result.formula_text if result.ok else result.reason


def _in_year(definition: DerivedDefinition, year: str) -> DerivedDefinition:
    """The definition (declared for the study's year) applied to another year: the same formula, each
    input of its year read in the other one."""
    if definition.period == year:
        return definition

    def moved(token: str) -> str:
        key = parse_key(token)
        return "|".join((key[0], key[1], year)) if key is not None and key[2] == definition.period else token

    return replace(definition, period=year, inputs=tuple(moved(token) for token in definition.inputs))


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

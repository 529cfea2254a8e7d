"""Chengdu's imports and exports by trade mode in one year (2022 as shipped: the latest the data hold):
the numbers the chart draws. The other modes are the derived figure "total minus the modes shown"
(core.analysis.derived), so the chart and the checks compute it one way. The drawing is
``charts.trade_mode_plot``."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ftz_desktop.charts.data import ChartDatum, computed, display_factor, observed
from ftz_desktop.charts.periods import drawn_periods, latest_with_value
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
    if rest is not None:
        rest *= display_factor(dataset, TOTAL, language)   # the stored unit into the total's (亿元 in Chinese)
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

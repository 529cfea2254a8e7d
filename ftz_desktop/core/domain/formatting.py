"""How a figure reads: "834.64 billion yuan", "31.2%", "more than 1,300"; in Chinese by Chinese statistical
convention: "8346.4亿元", "1.9万亿元", "19.03万标箱", "超过1300", "约80%".

A Chinese display unit is a rule over the stored value (billion yuan x 10 = 亿元), never a second stored value.
GB/T 15835: a large number is written with 万 or 亿 as its unit (3.45亿), never 3亿4500万; digits are not grouped."""
from __future__ import annotations

import math
from decimal import Decimal, InvalidOperation
from typing import Iterable, Optional

from ftz_desktop.core.domain.model import QUALIFIERS, Indicator, Observation


def format_number(value: Optional[float], decimals: int) -> str:
    """Thousands separators and at most the indicator's decimals; trailing zeros dropped so a
    figure reads as the source stated it (834.64, not 834.640)."""
    if value is None:
        return "—"
    text = f"{value:,.{max(0, decimals)}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


# Units that read differently for exactly one ("1 hour", not "1 hours").
_SINGULAR_UNITS = {"hours": "hour", "days": "day", "trips": "trip", "cities": "city"}


# Chinese display rules: stored unit -> [(from this stored value up, factor, Chinese unit)], largest first.
_ZH_RULES: dict[str, list[tuple[float, float, str]]] = {
    "billion yuan": [(1_000, 1e-3, "万亿元"), (0, 10, "亿元")],
    "trillion yuan": [(0, 1, "万亿元")],
    "million yuan": [(1_000_000, 1e-6, "万亿元"), (100, 1e-2, "亿元"), (0, 100, "万元")],
    "billion USD": [(1_000, 1e-3, "万亿美元"), (0, 10, "亿美元")],
    "million USD": [(100, 1e-2, "亿美元"), (0, 100, "万美元")],
    "TEU": [(100_000_000, 1e-8, "亿标箱"), (10_000, 1e-4, "万标箱"), (0, 1, "标箱")],
    "count": [(100_000_000, 1e-8, "亿"), (10_000, 1e-4, "万"), (0, 1, "")],
    "hours": [(0, 1, "小时")],
    "days": [(0, 1, "天")],
    "km²": [(0, 1, "平方千米")],
    "percentage points": [(0, 1, "个百分点")],
}
# The unit Chinese statistics staff keep and type a figure in (the Data tab in Chinese): stored unit -> (factor,
# unit). 834.64 billion yuan is kept as 8346.4亿元; what is typed there is divided back before it is stored.
ZH_ENTRY_UNITS: dict[str, tuple[int, str]] = {
    "billion yuan": (10, "亿元"), "billion USD": (10, "亿美元"),
    "million yuan": (100, "万元"), "million USD": (100, "万美元"),
}


def _plain(number: Decimal) -> str:
    text = format(number.normalize(), "f")
    return text[:-2] if text.endswith(".0") else text


def entry_text(value: float, factor: int) -> str:
    """``value`` in the entry unit, exactly (834.64 x 10 is "8346.4", never 8346.400000000001)."""
    return _plain(Decimal(repr(value)) * factor)


def stored_text(typed: str, factor: int) -> str:
    """A number typed in the entry unit, as the stored unit's text ("8346.4" / 10 is "834.64"); anything that is
    not a plain number (empty, a word) as typed, for the store's parser to accept or refuse by its own rules."""
    cleaned = typed.strip().replace(",", "").replace("，", "").replace(" ", "")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        return typed
    return _plain(number / factor) if number.is_finite() else typed


ZH_QUALIFIERS = {"about": "约{}", "nearly": "近{}", "more_than": "超过{}", "less_than": "不足{}"}


def zh_number(value: float, decimals: int) -> str:
    """A number as Chinese statistics write it: at most ``decimals``, trailing zeros dropped, digits not grouped."""
    return _zh_number(value, decimals)


def _zh_number(value: float, decimals: int) -> str:
    text = f"{value:.{max(0, decimals)}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _zh_rule(indicator: Indicator, size: float) -> tuple[float, str]:
    for threshold, factor, unit in _ZH_RULES.get(indicator.unit, []):
        if size >= threshold:
            return factor, unit
    return 1.0, "%" if indicator.is_percent else indicator.unit


def zh_scaled(value: float, indicator: Indicator) -> tuple[float, int, str]:
    """The value in its Chinese display unit: (scaled value, decimals to show, unit)."""
    factor, unit = _zh_rule(indicator, abs(value))
    # As many digits as the stored figure has: 834.64 billion (2 decimals) is 8346.4亿 (1 decimal),
    # 190,300 TEU is 19.03万标箱.
    return value * factor, max(0, indicator.decimals - round(math.log10(factor))), unit


def zh_parts(value: float, indicator: Indicator) -> tuple[str, str]:
    """The number and its Chinese unit apart, for a table's two columns: ("4605.86", "亿元"), ("17.2139", "万标箱")."""
    scaled, decimals, unit = zh_scaled(value, indicator)
    return _zh_number(scaled, decimals), unit


def zh_unit(indicator: Indicator, values: Iterable[float] = ()) -> tuple[float, str]:
    """One Chinese display unit for a whole series (a chart axis, a table column): (factor, unit), chosen
    by the largest value so every value of the series reads in the same unit."""
    return _zh_rule(indicator, max((abs(v) for v in values), default=0.0))


def format_with_unit(value: Optional[float], indicator: Indicator, language: str = "en") -> str:
    if language == "zh":
        return _zh_with_unit(value, indicator)
    number = format_number(value, indicator.decimals)
    if value is None:
        return number
    if indicator.is_percent:
        return f"{number}%"
    if indicator.is_count:
        return number
    unit = _SINGULAR_UNITS.get(indicator.unit, indicator.unit) if number == "1" else indicator.unit
    return f"{number} {unit}"


def _zh_with_unit(value: Optional[float], indicator: Indicator) -> str:
    if value is None:
        return "—"
    scaled, decimals, unit = zh_scaled(value, indicator)
    return f"{_zh_number(scaled, decimals)}{unit}"


def format_observation(obs: Observation, indicator: Indicator, language: str = "en") -> str:
    """The observation as prose: qualifier, number and unit ("more than 1,300"; "超过1300")."""
    text = format_with_unit(obs.value, indicator, language)
    if language == "zh":
        template = ZH_QUALIFIERS.get(obs.qualifier)
        return template.format(text) if template and obs.value is not None else text
    prefix = QUALIFIERS.get(obs.qualifier, "")
    return f"{prefix} {text}" if prefix and obs.value is not None else text

"""How a figure reads: "834.64 billion yuan", "31.2%", "more than 1,300"."""
from __future__ import annotations

from typing import Optional

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


def format_with_unit(value: Optional[float], indicator: Indicator) -> str:
    number = format_number(value, indicator.decimals)
    if value is None:
        return number
    if indicator.is_percent:
        return f"{number}%"
    if indicator.is_count:
        return number
    unit = _SINGULAR_UNITS.get(indicator.unit, indicator.unit) if number == "1" else indicator.unit
    return f"{number} {unit}"


def format_observation(obs: Observation, indicator: Indicator) -> str:
    """The observation as prose: qualifier, number and unit ("more than 1,300")."""
    text = format_with_unit(obs.value, indicator)
    prefix = QUALIFIERS.get(obs.qualifier, "")
    return f"{prefix} {text}" if prefix and obs.value is not None else text

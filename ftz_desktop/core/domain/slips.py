"""Likely slips: a typed value about 100 times larger or smaller than the indicator's other values.

"1.2万" typed into a billion-yuan column is 0.000012 billion yuan: the parser reads it exactly as
written, and that is the trouble. Such a value is held back until the user confirms it (the window
asks; the command line wants ``--accept-unusual``); the message names the likely slip and, where a
different magnitude word (万, 亿, 万亿) or none would fit the other values, suggests it.
"""
from __future__ import annotations

import math
import statistics
from typing import Iterable, Optional

from ftz_desktop.core.domain.formatting import format_number, format_with_unit, zh_number, zh_scaled
from ftz_desktop.core.domain.model import Indicator
from ftz_desktop.core.domain.parsing import ParseError, parse_value
from ftz_desktop.core.domain.refusal import quoted
from ftz_desktop.core.translate import current_language, tr

SLIP_RATIO = 100.0            # "about 100 times larger or smaller"
FITS_RATIO = 10.0             # a suggestion must land within this factor of the usual size
_WORDS = ("万亿", "亿", "万")        # longest first; the words a slip most often swaps


def _usual(others: Iterable[Optional[float]]) -> Optional[float]:
    sizes = [abs(v) for v in others if v]
    return statistics.median(sizes) if sizes else None


def _fits(value: float, usual: float) -> bool:
    return 1 / FITS_RATIO <= abs(value) / usual <= FITS_RATIO


def _suggestion(raw: object, indicator: Indicator, usual: float) -> str:
    """Another way of writing ``raw`` that fits the usual size ("1.2万亿"), or ""."""
    if not isinstance(raw, str):
        return ""
    text = raw.strip()
    word = next((w for w in _WORDS if w in text), "")
    if not word:
        return ""           # a bare number: nothing to swap, the unit may be wrong
    bare = text.replace(word, "", 1)
    for other in ("", *_WORDS):
        if other == word:
            continue
        candidate = bare.replace("元", "") + other + ("元" if "元" in bare else "")
        try:
            value = parse_value(candidate, indicator)
        except ParseError:
            continue
        if value is not None and _fits(value, usual):
            return candidate
    return ""


def _in_full(value: float, indicator: Indicator, language: str) -> str:
    """``value`` with its unit and enough decimals that a tiny slip does not read as 0 ("0.000012 billion yuan",
    in Chinese "0.00012亿元")."""
    unit, number = indicator.unit, value
    if language == "zh":
        number, decimals, unit = zh_scaled(value, indicator)
    else:
        decimals = indicator.decimals
    digits = max(decimals, min(12, 2 - math.floor(math.log10(abs(number)))))
    if language == "zh":
        return f"{zh_number(number, digits)}{unit}"
    return f"{format_number(number, digits)} {unit}".strip()


def slip_reason(raw: object, value: Optional[float], indicator: Indicator,
                others: Iterable[Optional[float]]) -> Optional[str]:
    """Why ``value`` (parsed from ``raw``) looks like a slip beside the indicator's ``others``; None when
    it fits, is empty or zero, or there is nothing to compare with."""
    usual = _usual(others)
    if not value or usual is None:
        return None
    ratio = abs(value) / usual
    if 1 / SLIP_RATIO < ratio < SLIP_RATIO:
        return None
    language = current_language()
    shown = _in_full(value, indicator, language)
    typed = (tr("{text} is {value}", text=quoted(raw), value=shown) if isinstance(raw, str) and raw.strip() != shown
             else shown)
    usual_text = format_with_unit(usual, indicator, language)
    times = zh_number if language == "zh" else format_number        # Chinese digits are not grouped
    if ratio >= 1:
        reason = tr("{typed}, about {ratio} times the usual size of this indicator ({usual})",
                    typed=typed, ratio=times(ratio, 0), usual=usual_text)
    else:
        reason = tr("{typed}, about 1/{ratio} of the usual size of this indicator ({usual})",
                    typed=typed, ratio=times(1 / ratio, 0), usual=usual_text)
    suggestion = _suggestion(raw, indicator, usual)
    return reason + (tr("; did you mean {suggestion}?", suggestion=suggestion) if suggestion
                     else tr("; is the unit right?"))

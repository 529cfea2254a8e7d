"""Likely slips: a value about 100 times off its indicator's others is named, with the probable fix."""
from __future__ import annotations

import pytest

from ftz_desktop.core.domain.model import Indicator
from ftz_desktop.core.domain.parsing import parse_value
from ftz_desktop.core.domain.slips import slip_reason

BILLION_YUAN = Indicator(id="trade", name="Trade", unit="billion yuan", multiplier=1e9, currency="CNY", decimals=2)
PERCENT = Indicator(id="share", name="Share", unit="%", decimals=1)
OTHERS = [206.737, 334.13, 460.588, None]


def reason(raw, indicator=BILLION_YUAN, others=OTHERS):
    return slip_reason(raw, parse_value(raw, indicator), indicator, others)


def test_a_wan_typed_into_a_billion_yuan_column_is_named_with_its_likely_fix():
    text = reason("1.2万")
    assert text.startswith("'1.2万' is 0.000012 billion yuan")
    assert "did you mean 1.2万亿?" in text


@pytest.mark.parametrize("raw, suggestion", [("3.3亿", "3.3万亿"), ("4600万", "4600亿"), ("0.5亿元", "0.5万亿元")])
def test_the_suggestion_swaps_the_magnitude_word(raw, suggestion):
    assert f"did you mean {suggestion}?" in reason(raw)


@pytest.mark.parametrize("raw", ["334000", "0.0004"])
def test_a_bare_number_far_off_asks_about_the_unit(raw):
    assert reason(raw).endswith("is the unit right?")


@pytest.mark.parametrize("raw", ["300", "8000", "5", "0", "-250", "1.2万亿"])
def test_values_within_a_hundredfold_zero_and_fitting_words_pass(raw):
    assert reason(raw) is None


@pytest.mark.parametrize("others", [[], [None, None], [0.0]])
def test_nothing_to_compare_with_means_no_slip(others):
    assert reason("1.2万", others=others) is None


def test_percentages_compare_like_anything_else():
    assert reason("0.05", PERCENT, [31.2, 25.0, 4.3]) is not None
    assert reason("12", PERCENT, [31.2, 25.0, 4.3]) is None


def test_in_chinese_the_slip_is_said_in_the_units_a_chinese_reader_uses():
    from ftz_desktop.core import translate

    translate.set_language("zh")
    try:
        text = reason("1.2万")
    finally:
        translate.set_language("en")
    assert text.startswith("“1.2万”即 0.00012亿元，约为该指标通常数值（3341.3亿元）的 1/27844167")
    assert "billion yuan" not in text

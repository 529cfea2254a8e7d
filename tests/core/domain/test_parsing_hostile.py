"""Hostile input for the value parser: underflow, huge literals, huge cells. Whatever comes in, the
only exception is a ParseError naming the field, and its message stays one short line."""
from __future__ import annotations

import decimal
from decimal import Decimal
from fractions import Fraction

import pytest

from ftz_desktop.core.domain.model import Indicator
from ftz_desktop.core.domain.parsing import ParseError, parse_value
from ftz_desktop.core.messages import QUOTE_LIMIT, quote

BILLION_YUAN = Indicator(id="trade", name="Trade", unit="billion yuan", multiplier=1e9, currency="CNY", decimals=2)
PERCENT = Indicator(id="share", name="Share", unit="%", decimals=1)
COUNT = Indicator(id="firms", name="Enterprises", unit="count")


def _id(raw: object) -> str:
    text = raw if isinstance(raw, str) else type(raw).__name__
    return repr(text[:24] + ("…" if len(text) > 24 else ""))


def _refused(raw: object, indicator: Indicator = COUNT) -> ParseError:
    with pytest.raises(ParseError) as info:
        parse_value(raw, indicator, field="value")
    assert info.value.field == "value"
    assert str(info.value).startswith("value: ")
    return info.value


# --- underflow: a non-zero literal never becomes 0 ---------------------------------------------

UNDERFLOW = [
    ("1e-400", COUNT),
    ("-1e-400", COUNT),
    ("1E-400", COUNT),
    ("0.1e-399", COUNT),
    ("1e-324", COUNT),
    ("2e-324", COUNT),
    ("1e-9999", COUNT),
    ("１ｅ－４００", COUNT),                 # full-width
    ("1e-400%", PERCENT),
    ("1e-400亿", BILLION_YUAN),
    ("1e-310万元", BILLION_YUAN),           # 1e-306 yuan is 1e-315 billion: subnormal
    (Decimal("1e-400"), COUNT),
    (Decimal("-1E-999999999"), COUNT),
    (Fraction(1, 10 ** 400), COUNT),
    (Fraction(1, 10 ** 5000), COUNT),      # str() of it is refused by Python's digit limit
]


@pytest.mark.parametrize("raw, indicator", UNDERFLOW, ids=[_id(u[0]) for u in UNDERFLOW])
def test_underflow_is_refused(raw, indicator):
    assert "too small to store" in _refused(raw, indicator).reason


ZEROS = ["0", "0e-400", "-0e-999", "0.000", "0e9999", "０", Decimal("0E-400")]


@pytest.mark.parametrize("raw", ZEROS, ids=[_id(z) for z in ZEROS])
def test_zero_written_any_way_is_zero(raw):
    assert str(parse_value(raw, COUNT)) == "0.0"


# --- overflow ----------------------------------------------------------------------------------

OVERFLOW = [
    ("1e309", COUNT),
    ("-1e309", COUNT),
    ("1e99999999999999999999", COUNT),       # beyond even Decimal's exponent
    ("1e" + "9" * 5000, COUNT),              # an exponent of 5,000 digits
    ("1" + "0" * 309, COUNT),
    ("1e9999亿", BILLION_YUAN),
    ("1e308万亿", BILLION_YUAN),
    ("1e400%", PERCENT),
    (Decimal("1e999999999"), COUNT),         # was a raw decimal.Overflow
    (Decimal("-1E+999999999999999999"), COUNT),
    (Fraction(10 ** 400, 1), COUNT),         # was an OverflowError turned into "not a number"
    (Fraction(10 ** 5000, 3), COUNT),        # str() of it is refused by Python's digit limit
]


@pytest.mark.parametrize("raw, indicator", OVERFLOW, ids=[_id(o[0]) for o in OVERFLOW])
def test_overflow_is_refused(raw, indicator):
    assert "too large to store" in _refused(raw, indicator).reason


def test_huge_exponents_below_zero_and_of_zero():
    assert parse_value("1e-0000000000000000000000001", COUNT) == 0.1     # leading zeros are not digits
    assert "too small to store" in _refused("1e-" + "9" * 5000).reason
    assert "exponent" in _refused("0e" + "9" * 5000).reason


# --- too many digits ---------------------------------------------------------------------------

TOO_MANY_DIGITS = [
    ("1" * 5000, COUNT),
    ("1" * 4301, COUNT),                     # just over Python's int limit
    ("9" * 100_000, COUNT),
    ("0." + "0" * 5000 + "1", COUNT),
    ("1" * 5000 + "%", PERCENT),
    ("1" * 5000 + "亿", BILLION_YUAN),
    ("1" * 5000 + "元", BILLION_YUAN),
    ("1" + ",000" * 2000, COUNT),            # comma groups
    ("1" + " 000" * 2000, COUNT),            # space groups
    ("-" + "1" * 5000, COUNT),
    ("１" * 5000, COUNT),                    # full-width
    ("1" * 5000 + "e-4990", COUNT),
    (Decimal("1" * 5000), COUNT),
    (10 ** 5000, COUNT),                     # an int str() refuses: was a raw ValueError
    (-(10 ** 5000), COUNT),
    (10 ** 4300, COUNT),
]


@pytest.mark.parametrize("raw, indicator", TOO_MANY_DIGITS, ids=[_id(t[0]) for t in TOO_MANY_DIGITS])
def test_too_many_digits_is_refused(raw, indicator):
    error = _refused(raw, indicator)
    assert "too many digits" in error.reason
    assert len(str(error)) < 200


def test_many_zeros_but_few_significant_digits():
    # 31 digits with a significant 1 at the end: Decimal's 28-digit context used to round it away
    assert "significant digits" in _refused("1" + "0" * 29 + "1").reason
    assert parse_value("1" + "0" * 300, COUNT) == 1e300


# --- huge cells, short messages ----------------------------------------------------------------

LONG_CELLS = [
    ("x" * 100_000, COUNT),
    ("1" * 100_000 + "x", COUNT),
    ("(" + "5" * 100_000 + ")", COUNT),
    ("1" * 100_000 + "%", COUNT),           # a percentage on a count
    ("1" * 100_000 + "元", COUNT),          # yuan on a count
    ("1" * 100_000 + "亿", PERCENT),        # a magnitude on a percentage
    ("1_" * 50_000, COUNT),
    ("1.234,5" * 10_000, COUNT),
    ("٢" * 100_000, COUNT),
    ("123" + "*" * 100_000, COUNT),
    ("abc\n" * 25_000, COUNT),
    ("\x00" * 100_000, COUNT),
]


@pytest.mark.parametrize("raw, indicator", LONG_CELLS, ids=[_id(c[0]) for c in LONG_CELLS])
def test_a_huge_cell_gets_a_short_one_line_message(raw, indicator):
    error = _refused(raw, indicator)
    assert len(str(error)) < 300
    assert "…" in error.reason
    assert "\n" not in str(error) and "\x00" not in str(error)


def test_short_values_are_quoted_whole():
    assert _refused("abc").reason == "'abc' is not a number"
    assert _refused("x" * QUOTE_LIMIT).reason == f"'{'x' * QUOTE_LIMIT}' is not a number"


# One line, cut short with its length, control characters shown by their code (the one quoting of every message).
QUOTES = [
    ("abc", "'abc'"),
    ("x" * 41, "'" + "x" * 40 + "…' (41 characters)"),
    ("a\nb\tc\r\nd", "'a[U+000A]b[U+0009]c[U+000D][U+000A]d'"),
    ("a\x00b\ud800", "'a[U+0000]b[U+D800]'"),
]


@pytest.mark.parametrize("text, quoted", QUOTES, ids=[repr(q[0][:10]) for q in QUOTES])
def test_quote(text, quoted):
    assert quote(text) == quoted


# --- no exception but ParseError ---------------------------------------------------------------

ODD = ["\ud800", "1\x00", "1e+", "e5", ".", "+", "-.e1", "1e١", "١e5", "∞", "½", "1/2", "٫", "1e5e5",
       "1..2", "+-1", "--1", "1" * 400 + ".", "." + "0" * 500, complex(1, 2), object(), b"12",
       bytearray(b"1"), [1], {"a": 1}, float("-inf"), Decimal("sNaN"), Decimal("-Infinity")]


@pytest.mark.parametrize("raw", ODD, ids=[_id(o) for o in ODD])
@pytest.mark.parametrize("indicator", [COUNT, PERCENT, BILLION_YUAN], ids=["count", "percent", "yuan"])
def test_odd_input_raises_only_parse_error(raw, indicator):
    with pytest.raises(ParseError):
        parse_value(raw, indicator)


BAD_MULTIPLIERS = [0.0, -1e9, float("nan"), float("inf")]


@pytest.mark.parametrize("multiplier", BAD_MULTIPLIERS, ids=[repr(m) for m in BAD_MULTIPLIERS])
def test_a_magnitude_with_a_bad_multiplier_is_refused_not_crashed(multiplier):
    indicator = Indicator(id="bad", name="Bad", unit="billion yuan", multiplier=multiplier, currency="CNY")
    assert "multiplier" in _refused("3亿", indicator).reason


def test_the_threads_decimal_context_does_not_matter():
    with decimal.localcontext() as context:
        context.prec = 2
        context.traps[decimal.Inexact] = True
        context.traps[decimal.Underflow] = True
        assert parse_value("3亿", BILLION_YUAN) == 0.3
        assert parse_value("378.87亿", BILLION_YUAN) == pytest.approx(37.887, rel=1e-15)
        assert parse_value(Decimal("378.87"), BILLION_YUAN) == 378.87


def test_a_reason_is_never_prefixed_twice():
    inner = ParseError("period", "'22' is not a period")
    outer = ParseError("period", str(inner))           # how store/validation.py re-raises
    assert outer.reason == "'22' is not a period"
    assert str(outer) == "period: '22' is not a period"
    assert ParseError("note", "period: x").reason == "period: x"    # another field's prefix stays


FOREIGN = [("١٢٣", "U+0661"), ("12²", "U+00B2"), ("१२", "U+0967"), ("𝟏𝟐", "U+1D7CF"), ("３٣", "U+0663")]


@pytest.mark.parametrize("raw, code", FOREIGN, ids=[f[0] for f in FOREIGN])
def test_foreign_digits_are_named(raw, code):
    error = _refused(raw)
    assert code in error.reason and "0-9" in error.reason


@pytest.mark.parametrize("raw", ["万", "亿", "万亿", "%", "％", "千万"])
def test_a_magnitude_or_percent_sign_alone_is_not_a_number(raw):
    with pytest.raises(ParseError, match="value"):
        parse_value(raw, BILLION_YUAN)

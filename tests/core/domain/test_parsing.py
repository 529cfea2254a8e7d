"""The one value parser: a table of what is accepted (and as what) and what is refused (and why)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from ftz_desktop.core.domain.model import Indicator
from ftz_desktop.core.domain.parsing import ParseError, clean_text, control_characters, parse_text_field, parse_value

BILLION_YUAN = Indicator(id="trade", name="Trade", unit="billion yuan", multiplier=1e9, currency="CNY",
                         decimals=2, min_value=0)
BILLION_USD = Indicator(id="fdi", name="FDI", unit="billion USD", multiplier=1e9, currency="USD", decimals=2)
PERCENT = Indicator(id="share", name="Share", unit="%", decimals=1, min_value=0, max_value=100)
GROWTH = Indicator(id="growth", name="Growth", unit="%", decimals=1, min_value=-100, max_value=1000)
COUNT = Indicator(id="firms", name="Enterprises", unit="count")
TEU = Indicator(id="teu", name="Containers", unit="TEU")

ACCEPTED = [
    # raw, indicator, expected
    ("1234.5", COUNT, 1234.5),
    ("  1234.5\t", COUNT, 1234.5),
    ("1,234.5", COUNT, 1234.5),
    ("1,234,567", COUNT, 1234567.0),
    ("1 234", COUNT, 1234.0),
    ("1\u00a0234", COUNT, 1234.0),          # no-break space
    ("1\u2009234\u2009567", COUNT, 1234567.0),  # thin space
    ("1\u202f234", COUNT, 1234.0),          # narrow no-break space
    ("１２３．５", COUNT, 123.5),             # full-width digits and point
    ("１，２３４", COUNT, 1234.0),            # full-width comma
    ("\u3000１２３\u3000", COUNT, 123.0),     # ideographic spaces around
    ("\ufeff42", COUNT, 42.0),               # a BOM from a pasted first cell
    ("−5", GROWTH, -5.0),                    # U+2212 minus sign
    ("－5", GROWTH, -5.0),                   # full-width hyphen-minus
    ("-5", GROWTH, -5.0),
    ("+7", GROWTH, 7.0),
    (".5", COUNT, 0.5),
    ("5.", COUNT, 5.0),
    ("1.5e3", COUNT, 1500.0),
    ("2E-2", GROWTH, 0.02),
    ("-0", GROWTH, 0.0),
    ("12%", PERCENT, 12.0),
    ("12 %", PERCENT, 12.0),
    ("１２％", PERCENT, 12.0),
    ("12", PERCENT, 12.0),
    ("3亿", BILLION_YUAN, 0.3),
    ("3 亿", BILLION_YUAN, 0.3),
    ("3亿元", BILLION_YUAN, 0.3),
    ("1.2万", BILLION_YUAN, 0.000012),
    ("1.2万", COUNT, 12000.0),
    ("1.2万", TEU, 12000.0),
    ("2万亿", BILLION_YUAN, 2000.0),
    ("5千万", BILLION_YUAN, 0.05),
    ("378.87亿", BILLION_USD, 37.887),
    ("８３４６４亿元", BILLION_YUAN, 8346.4),
    ("100", PERCENT, 100.0),                  # bounds are inclusive
    ("0", BILLION_YUAN, 0.0),
    (1234, COUNT, 1234.0),
    (12.5, PERCENT, 12.5),
    (Decimal("378.87"), BILLION_YUAN, 378.87),
    (2 ** 53, COUNT, float(2 ** 53)),
    ("123456789012345", COUNT, 123456789012345.0),   # 15 significant digits
    ("1000000000000000000000", COUNT, 1e21),         # many digits, few significant ones
]


@pytest.mark.parametrize("raw, indicator, expected", ACCEPTED, ids=[repr(a[0]) for a in ACCEPTED])
def test_accepted(raw, indicator, expected):
    value = parse_value(raw, indicator)
    assert value == pytest.approx(expected, rel=1e-15, abs=0)
    assert isinstance(value, float)


def test_chinese_magnitude_conversion_is_exact():
    # Decimal arithmetic: no 0.30000000000000004 for 3亿 in billion yuan.
    assert parse_value("3亿", BILLION_YUAN) == 0.3
    assert parse_value("1.2万", BILLION_YUAN) == 1.2e-05


def test_negative_zero_is_stored_as_zero():
    assert str(parse_value("-0", GROWTH)) == "0.0"
    assert str(parse_value(-0.0, GROWTH)) == "0.0"


REFUSED = [
    # raw, indicator, words the reason must contain
    ("(5)", GROWTH, "brackets"),
    ("abc", COUNT, "not a number"),
    ("12 TEU", TEU, "not a number"),
    ("nan", COUNT, "finite"),
    ("NaN", COUNT, "finite"),
    ("inf", COUNT, "finite"),
    ("-Infinity", COUNT, "finite"),
    ("1_000", COUNT, "'_'"),
    ("1.234,5", COUNT, "European"),
    ("12,5", COUNT, "decimal comma"),
    ("1.234.567", COUNT, "ambiguous"),
    ("1,23", COUNT, "ambiguous"),
    ("1,2345", COUNT, "ambiguous"),
    ("1, 234", COUNT, "not a number"),
    ("1 234,567", COUNT, "not a number"),
    ("12%", BILLION_YUAN, "percentage"),
    ("12%", COUNT, "percentage"),
    ("3亿", PERCENT, "magnitude"),
    ("3亿元", BILLION_USD, "yuan"),
    ("123*", COUNT, "footnote"),
    ("—", COUNT, "placeholder"),
    ("-", COUNT, "placeholder"),
    ("−", COUNT, "placeholder"),
    ("…", COUNT, "placeholder"),
    ("..", COUNT, "placeholder"),
    ("n/a", COUNT, "placeholder"),
    ("N/A", COUNT, "placeholder"),
    ("١٢٣", COUNT, "0-9"),                   # Arabic-Indic digits
    ("1e309", COUNT, "too large"),
    ("1e-320", COUNT, "too small"),
    ("9223372036854775808", COUNT, "significant digits"),
    ("123456789012345678901234567890", COUNT, "significant digits"),
    ("101", PERCENT, "above the maximum 100"),
    ("-1", PERCENT, "below the minimum 0"),
    ("-3亿", BILLION_YUAN, "below the minimum 0"),
    ("", COUNT, "empty"),
    ("   ", COUNT, "empty"),
    (None, COUNT, "empty"),
    (float("nan"), COUNT, "finite"),
    (float("inf"), COUNT, "finite"),
    (Decimal("NaN"), COUNT, "finite"),
    (True, COUNT, "yes/no"),
    (2 ** 63, COUNT, "too large"),
    ([1], COUNT, "expected a number"),
    ("- 5", GROWTH, "not a number"),
    ("5-", GROWTH, "not a number"),
    ("0x10", COUNT, "not a number"),
    ("1e", COUNT, "not a number"),
]


@pytest.mark.parametrize("raw, indicator, words", REFUSED, ids=[repr(r[0]) for r in REFUSED])
def test_refused_with_a_reason(raw, indicator, words):
    with pytest.raises(ParseError) as info:
        parse_value(raw, indicator, field="value")
    assert info.value.field == "value"
    assert words.lower() in info.value.reason.lower()
    assert str(info.value).startswith("value: ")


def test_error_names_the_field_given():
    with pytest.raises(ParseError, match=r"^Imports 2022: 'abc' is not a number$"):
        parse_value("abc", COUNT, field="Imports 2022")


def test_empty_only_when_allowed():
    assert parse_value("", COUNT, allow_empty=True) is None
    assert parse_value(None, COUNT, allow_empty=True) is None
    assert parse_value("\u3000", COUNT, allow_empty=True) is None
    # allow_empty does not relax anything else
    with pytest.raises(ParseError):
        parse_value("n/a", COUNT, allow_empty=True)


def test_parse_error_is_a_value_error():
    assert issubclass(ParseError, ValueError)


# --- text ---------------------------------------------------------------------------------------

CLEAN = [
    ("plain", "plain"),
    ("a\x00b\x01c\x08d", "abcd"),
    ("tab\tnew\nline\r\n", "tab\tnew\nline\r\n"),
    ("v\x0bf\x0cx", "vfx"),
    ("\x0e\x1f", ""),
    ("x\ufffey\uffffz", "xyz"),
    ("lone\ud800 low\udc00", "lone low"),
    ("四川自由贸易试验区，成都片区。", "四川自由贸易试验区，成都片区。"),
    ("emoji 😀 and ZWJ 👩‍💻", "emoji 😀 and ZWJ 👩‍💻"),
    ("pair \ud83d\ude00 rejoined", "pair 😀 rejoined"),
    ("  spaces kept  ", "  spaces kept  "),
    ("مرحبا e\u0301", "مرحبا e\u0301"),
]


@pytest.mark.parametrize("raw, expected", CLEAN, ids=[repr(c[0]) for c in CLEAN])
def test_clean_text(raw, expected):
    assert clean_text(raw) == expected
    # what is left encodes as UTF-8 (XML-safe)
    clean_text(raw).encode("utf-8")


def test_control_characters_are_listed():
    assert control_characters("a\x0bb\x00\ud800") == ["U+000B", "U+0000", "U+D800"]
    assert control_characters("中文 😀\t\n") == []


def test_clean_text_wants_text():
    with pytest.raises(TypeError):
        clean_text(None)  # type: ignore[arg-type]


def test_parse_text_field():
    assert parse_text_field("  note\x00 text \n", "note", 100) == "note text"
    assert parse_text_field(None, "note", 100) == ""
    with pytest.raises(ParseError, match=r"^name: is required"):
        parse_text_field("  \x01 ", "name", 100, required=True)
    with pytest.raises(ParseError, match=r"^note: is 101 characters long; at most 100 are allowed$"):
        parse_text_field("x" * 101, "note", 100)
    with pytest.raises(ParseError, match=r"^note: expected text, got int$"):
        parse_text_field(5, "note", 100)

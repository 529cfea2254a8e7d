"""Periods: one spelling per period (ASCII digits, real dates), so a key never differs from another
only by how its digits or dates were typed."""
from __future__ import annotations

import pytest

from ftz_desktop.core.domain.parsing import ParseError
from ftz_desktop.core.domain.periods import (
    PERIOD_HELP,
    is_valid_period,
    normalise_period,
    period_label,
    period_sort_key,
    period_year,
)

# --- accepted spellings ------------------------------------------------------------------------

CANONICAL = ["2022", "2023-Q1", "2023-Q4", "2022-04", "2022-04-30", "2013/2022", "2024-02-29", "2000-02-29",
             "2023-01-31", "2023-12-31", "0001", "9999"]


@pytest.mark.parametrize("text", CANONICAL)
def test_canonical_periods_stay_as_they_are(text):
    assert normalise_period(text) == text
    assert is_valid_period(text)
    assert period_sort_key(text) != (9999, 99, 99)


CONVERTED = [
    # typed, canonical
    ("2023q1", "2023-Q1"),
    ("2023 Q1", "2023-Q1"),
    ("２０２２", "2022"),                        # full-width digits (Chinese input method)
    ("2０2２", "2022"),                          # mixed
    ("２０２３－Ｑ１", "2023-Q1"),                # full-width hyphen and Q
    ("２０２３ｑ１", "2023-Q1"),
    ("２０２３Ｑ４", "2023-Q4"),
    ("２０２２－０４", "2022-04"),
    ("２０２２－０４－３０", "2022-04-30"),
    ("２０１３／２０２２", "2013/2022"),          # full-width solidus
    ("\u3000２０２２\u3000", "2022"),             # ideographic spaces around
    ("2022\u200b", "2022"),                      # zero-width space from a paste
    ("\ufeff2022", "2022"),                      # BOM of a first cell
    ("2022\u221204", "2022-04"),                 # U+2212 minus, as parse_value reads it
    (" 2022-04-30 ", "2022-04-30"),
]


@pytest.mark.parametrize("typed, canonical", CONVERTED, ids=[repr(c[0]) for c in CONVERTED])
def test_other_spellings_become_the_one_key(typed, canonical):
    stored = normalise_period(typed)
    assert stored == canonical
    assert stored.isascii()
    assert normalise_period(stored) == stored        # idempotent
    # The caller sees a conversion (the import plan reports "'２０２２' was read as 2022").
    assert stored != typed


def test_fullwidth_and_ascii_spellings_are_one_key():
    keys = {normalise_period(t) for t in ("2022", "２０２２", "2０２2", "\u3000２０２２")}
    assert keys == {"2022"}


# --- digits of other scripts -------------------------------------------------------------------

FOREIGN_DIGITS = [
    # typed, the character the message names
    ("٢٠٢٢", "U+0662"),            # Arabic-Indic
    ("۲۰۲۲", "U+06F2"),            # Extended Arabic-Indic (Persian)
    ("२०२२", "U+0968"),            # Devanagari
    ("২০২২", "U+09E8"),            # Bengali
    ("๒๐๒๒", "U+0E52"),            # Thai
    ("᠒᠐᠒᠒", "U+1812"),            # Mongolian
    ("߂߀߂߂", "U+07C2"),            # NKo
    ("𝟐𝟎𝟐𝟐", "U+1D7D0"),           # mathematical bold
    ("20٢2", "U+0662"),            # one digit in the middle
    ("2023-Q١", "U+0661"),
    ("2022-0٤", "U+0664"),
    ("2013/20٢2", "U+0662"),
    ("202²", "U+00B2"),            # superscript two (isdigit, not a decimal)
    ("②⓪②②", "U+2461"),           # circled digits
    ("２０٢２", "U+0662"),          # full-width converts, Arabic-Indic still refused
]


@pytest.mark.parametrize("typed, code", FOREIGN_DIGITS, ids=[repr(f[0]) for f in FOREIGN_DIGITS])
def test_digits_of_other_scripts_are_refused_naming_the_character(typed, code):
    with pytest.raises(ParseError) as info:
        normalise_period(typed)
    assert info.value.field == "period"
    assert str(info.value).startswith("period: ")
    assert code in info.value.reason and "0-9" in info.value.reason
    # never a period, whatever reads it
    assert not is_valid_period(typed)
    assert period_sort_key(typed) == (9999, 99, 99)
    assert period_year(typed) is None


# --- dates that do not exist -------------------------------------------------------------------

NOT_DATES = [
    # typed, words of the reason
    ("2023-02-30", "February 2023 has 28 days"),
    ("2023-02-29", "February 2023 has 28 days"),
    ("2100-02-29", "February 2100 has 28 days"),
    ("2024-02-30", "February 2024 has 29 days"),
    ("2023-04-31", "April 2023 has 30 days"),
    ("2023-06-31", "June 2023 has 30 days"),
    ("2023-09-31", "September 2023 has 30 days"),
    ("2023-11-31", "November 2023 has 30 days"),
    ("2023-01-32", "January 2023 has 31 days"),
    ("2023-04-00", "no day 00"),
    ("2023-13", "no month 13"),
    ("2023-13-01", "no month 13"),
    ("2023-00", "no month 00"),
    ("2023-99-99", "no month 99"),
    ("0000", "no year 0000"),
    ("0000-Q1", "no year 0000"),
    ("0000-01", "no year 0000"),
    ("0000-01-01", "no year 0000"),
    ("0000/2022", "no year 0000"),
    ("2013/0000", "no year 0000"),
    ("２０２３－０２－３０", "February 2023 has 28 days"),   # converted, then checked
    ("0000q1", "no year 0000"),
]


@pytest.mark.parametrize("typed, words", NOT_DATES, ids=[n[0] for n in NOT_DATES])
def test_impossible_dates_are_refused(typed, words):
    with pytest.raises(ParseError) as info:
        normalise_period(typed)
    assert info.value.field == "period"
    assert "is not a date" in info.value.reason
    assert "is not a period" in info.value.reason      # the store's callers match on it
    assert words in info.value.reason
    assert not is_valid_period(typed)
    assert period_sort_key(typed) == (9999, 99, 99) and period_year(typed) is None
    assert period_label(typed) == typed


SPANS = [
    ("2022/2013", "type 2013/2022"),
    ("2022/2022", "type 2022 for one year"),
]


@pytest.mark.parametrize("typed, words", SPANS)
def test_spans_run_forward(typed, words):
    with pytest.raises(ParseError, match=r"^period: .* is not a period: a span") as info:
        normalise_period(typed)
    assert words in info.value.reason
    assert not is_valid_period(typed)


# --- other refusals ----------------------------------------------------------------------------

NOT_PERIODS = ["22", "soon", "2023-Q5", "2023-Q0", "2022-4", "20222", "2022-04-1", "2022年", "二〇二二",
               "2022\n04", "2022-", "", "   ", "Q1-2023"]


@pytest.mark.parametrize("typed", NOT_PERIODS, ids=[repr(t) for t in NOT_PERIODS])
def test_text_that_is_not_a_period(typed):
    with pytest.raises(ParseError) as info:
        normalise_period(typed)
    assert info.value.field == "period"
    assert info.value.reason.endswith(f"is not a period; use {PERIOD_HELP}")


def test_the_message_for_a_wrong_period_is_unchanged():
    with pytest.raises(ValueError, match=rf"^period: '22' is not a period; use {PERIOD_HELP}$".replace("(", r"\(")
                       .replace(")", r"\)")):
        normalise_period("22")


def test_the_field_can_be_named():
    with pytest.raises(ParseError) as info:
        normalise_period("soon", field="new row 2, period")
    assert info.value.field == "new row 2, period"


@pytest.mark.parametrize("raw", [2022, None, 2022.0, b"2022"])
def test_only_text_is_a_period(raw):
    with pytest.raises(ParseError, match=r"^period: expected text, got "):
        normalise_period(raw)


LONG = ["x" * 100_000, "2" * 100_000, "٢" * 100_000, "2023-" + "1" * 100_000, "2022\n" * 20_000]


@pytest.mark.parametrize("typed", LONG, ids=["letters", "digits", "arabic-indic", "long month", "lines"])
def test_a_huge_cell_gets_a_short_one_line_message(typed):
    with pytest.raises(ParseError) as info:
        normalise_period(typed)
    assert len(str(info.value)) < 300
    assert "…" in info.value.reason and "\n" not in str(info.value)


# --- reading canonical periods -----------------------------------------------------------------

def test_sort_key_year_and_label():
    assert period_sort_key("2023-Q1") == (2023, 3, 30)
    assert period_sort_key("2022") > period_sort_key("2022-Q4")
    assert period_year("2013/2022") == 2022
    assert period_year("9999") == 9999            # a real year, not the "not a period" marker
    assert period_year("soon") is None
    assert period_label("2023-Q1") == "Q1 2023"
    assert period_label("2022-04") == "April 2022"
    assert period_label("2013/2022") == "2013–2022"
    assert period_label("2022-04-30") == "2022-04-30"
    assert is_valid_period(" 2022\n")                     # surrounding whitespace aside
    assert period_sort_key("2022\n") == (9999, 99, 99)     # only the canonical spelling is a key


@pytest.mark.parametrize("period, shown", [
    ("2022", "2022年"), ("2023-Q1", "2023年一季度"), ("2022-04", "2022年4月"), ("2022-04-30", "2022年4月30日"),
    ("2013/2022", "2013—2022年"),
])
def test_periods_read_the_chinese_way(period, shown):
    from ftz_desktop.core.domain.periods import period_label

    assert period_label(period, "zh") == shown

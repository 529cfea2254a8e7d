"""Periods as the study states them: a year, a quarter, a month ("as of"), a day, or a span of years.

A period is a key (indicator, geography, period), so it has exactly one spelling: ASCII digits,
"-Q" for a quarter, a real calendar date. ``normalise_period`` turns what a user typed into that
spelling or refuses it; every other function here reads only the canonical spelling.

- ``2023q1``, ``2023Q1``, ``2023 Q1`` -> ``2023-Q1``; surrounding and inner spaces are dropped.
- Full-width characters from a Chinese input method (``２０２３－Ｑ１``) become ASCII, as in
  ``parsing.parse_value``; the returned text differs from the input, so a caller can report the
  conversion (the import plan does: "'２０２２' was read as 2022").
- Digits of other scripts (Arabic-Indic ٢٠٢٢, Devanagari २०२२, superscripts ...) are refused
  naming the character: converting them would hide a wrong paste.
- Dates that do not exist (2023-02-30, 2023-04-31, year 0000, month 13, day 00) are refused.
"""
from __future__ import annotations

import calendar
import re
from typing import Union

from ftz_desktop.core.domain.refusal import (
    TRANSLATE,
    ParseError,
    describe_character,
    expected_text,
    foreign_digit,
    quoted,
)
from ftz_desktop.core.translate import tr

# Shapes only (ASCII digits: [0-9], never \d, which matches every script's digits); whether the
# numbers make a date is checked after.
_YEAR = re.compile(r"([0-9]{4})")
_QUARTER = re.compile(r"([0-9]{4})-Q([1-4])")
_MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")
_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_SPAN = re.compile(r"([0-9]{4})/([0-9]{4})")
_LOOSE_QUARTER = re.compile(r"([0-9]{4})-?Q([1-4])")

# In English, for messages that stay English (the shipped data's checks); period_help() is in the user's language.
PERIOD_HELP = "a year (2022), a quarter (2023-Q1), a month (2022-04), a date (2022-04-30) or a span (2013/2022)"


def period_help() -> str:
    """``PERIOD_HELP`` in the user's language."""
    return tr("a year (2022), a quarter (2023-Q1), a month (2022-04), a date (2022-04-30) or a span (2013/2022)")

_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_NOT_A_PERIOD = (9999, 99, 99)
_NO_SHAPE = ""

# Spaces of every kind go; full-width characters and minus signs become ASCII.
_PERIOD_TRANSLATE = {**TRANSLATE, **{code: None for code, ch in TRANSLATE.items() if ch == " "}}


def _month_name(month: int) -> str:
    """The month's name in the user's language ("February"; 2月)."""
    return (tr("January"), tr("February"), tr("March"), tr("April"), tr("May"), tr("June"), tr("July"),
            tr("August"), tr("September"), tr("October"), tr("November"), tr("December"))[month - 1]


def _date_problem(year: int, month: int = 1, day: int = 1) -> str:
    """Why year-month-day is not a calendar date ("it is not a date (...)"), or "" when it is one."""
    if year < 1:
        why = tr("there is no year {year:04d}; years start at 0001", year=year)
    elif not 1 <= month <= 12:
        why = tr("there is no month {month:02d}; months run from 01 to 12", month=month)
    elif not 1 <= day <= (last := calendar.monthrange(year, month)[1]):
        why = (tr("{month} {year} has {days} days", month=_month_name(month), year=year, days=last) if day
               else tr("there is no day 00"))
    else:
        return ""
    return tr("it is not a date ({why})", why=why)


def _read(text: str) -> Union[tuple[int, int, int], str]:
    """The sort key of a canonical period, or why ``text`` is not one (``_NO_SHAPE`` when it does
    not even look like a period, else what is wrong with its dates)."""
    if m := _YEAR.fullmatch(text):
        year = int(m[1])
        return _date_problem(year) or (year, 12, 31)
    if m := _QUARTER.fullmatch(text):
        year, quarter = int(m[1]), int(m[2])
        return _date_problem(year) or (year, quarter * 3, 30)
    if m := _MONTH.fullmatch(text):
        year, month = int(m[1]), int(m[2])
        return _date_problem(year, month) or (year, month, 28)
    if m := _DAY.fullmatch(text):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
        return _date_problem(year, month, day) or (year, month, day)
    if m := _SPAN.fullmatch(text):
        start, end = int(m[1]), int(m[2])
        if problem := _date_problem(start) or _date_problem(end):
            return problem
        if start == end:
            return tr("a span needs two different years; type {year} for one year", year=start)
        if start > end:
            return tr("a span runs from the earlier year to the later; type {end}/{start}", end=m[2], start=m[1])
        return (end, 12, 31)
    return _NO_SHAPE


def is_valid_period(text: str) -> bool:
    """Whether ``text`` (surrounding whitespace aside) is a period in its canonical spelling."""
    return isinstance(_read(text.strip()), tuple)


def normalise_period(text: str, field: str = "period") -> str:
    """Canonical spelling of a period ("2023q1" -> "2023-Q1", "２０２２" -> "2022").

    Raises ParseError(field, reason) for text that is not a period, digits of another script and
    dates that do not exist; the reason quotes at most ``refusal.QUOTE_LIMIT`` characters of it.
    """
    if not isinstance(text, str):
        raise ParseError(field, expected_text(text))
    if (digit := foreign_digit(text)) is not None:
        raise ParseError(field, tr("{text} uses the digit {digit}; type the period with 0-9",
                                   text=quoted(text), digit=describe_character(digit)))
    cleaned = "".join(text.translate(_PERIOD_TRANSLATE).split()).upper()
    if m := _LOOSE_QUARTER.fullmatch(cleaned):
        cleaned = f"{m[1]}-Q{m[2]}"
    read = _read(cleaned)
    if read == _NO_SHAPE:
        raise ParseError(field, tr("{text} is not a period; use {help}", text=quoted(text), help=period_help()))
    if isinstance(read, str):
        raise ParseError(field, tr("{text} is not a period: {why}", text=quoted(text), why=read))
    return cleaned


def period_sort_key(text: str) -> tuple[int, int, int]:
    """Chronological order: by the period's end, then its length (a year sorts after its Q4).
    Text that is not a canonical period sorts last, as (9999, 99, 99)."""
    read = _read(text)
    return read if isinstance(read, tuple) else _NOT_A_PERIOD


def period_year(text: str) -> int | None:
    """The calendar year a period ends in, or None for text that is not a period."""
    read = _read(text)
    return read[0] if isinstance(read, tuple) else None


_ZH_QUARTERS = "一二三四"


def period_label(text: str, language: str = "en") -> str:
    """How a period reads in prose and captions: "Q1 2023", "2013–2022"; in Chinese "2023年一季度",
    "2013—2022年", "2022年4月"."""
    if not isinstance(_read(text), tuple):
        return text
    if language == "zh":
        return _zh_label(text)
    if m := _QUARTER.fullmatch(text):
        return f"Q{m[2]} {m[1]}"
    if m := _MONTH.fullmatch(text):
        return f"{_MONTHS[int(m[2]) - 1]} {m[1]}"
    if m := _SPAN.fullmatch(text):
        return f"{m[1]}–{m[2]}"
    return text


def _zh_label(text: str) -> str:
    if m := _QUARTER.fullmatch(text):
        return f"{m[1]}年{_ZH_QUARTERS[int(m[2]) - 1]}季度"
    if m := _MONTH.fullmatch(text):
        return f"{m[1]}年{int(m[2])}月"
    if m := _SPAN.fullmatch(text):
        return f"{m[1]}—{m[2]}年"
    if m := _DAY.fullmatch(text):
        return f"{m[1]}年{int(m[2])}月{int(m[3])}日"
    return f"{text}年" if _YEAR.fullmatch(text) else text

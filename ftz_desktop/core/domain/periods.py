"""Periods as the study states them: a year, a quarter, a month ("as of"), a day, or a span of years."""
from __future__ import annotations

import re

_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_DAY = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
_SPAN = re.compile(r"^(\d{4})/(\d{4})$")

PERIOD_HELP = "a year (2022), a quarter (2023-Q1), a month (2022-04), a date (2022-04-30) or a span (2013/2022)"


def is_valid_period(text: str) -> bool:
    text = text.strip()
    if span := _SPAN.match(text):
        start, end = span.groups()
        return int(start) < int(end)
    return any(p.match(text) for p in (_YEAR, _QUARTER, _MONTH, _DAY))


def normalise_period(text: str) -> str:
    """Canonical spelling of a period ("2023q1" -> "2023-Q1"); raises ValueError naming the rule."""
    cleaned = text.strip().upper().replace(" ", "")
    cleaned = re.sub(r"^(\d{4})-?Q([1-4])$", r"\1-Q\2", cleaned)
    if not is_valid_period(cleaned):
        raise ValueError(f"'{text}' is not a period; use {PERIOD_HELP}")
    return cleaned


def period_sort_key(text: str) -> tuple[int, int, int]:
    """Chronological order: by the period's end, then its length (a year sorts after its Q4)."""
    if m := _YEAR.match(text):
        return (int(m.group(1)), 12, 31)
    if m := _QUARTER.match(text):
        return (int(m.group(1)), int(m.group(2)) * 3, 30)
    if m := _MONTH.match(text):
        return (int(m.group(1)), int(m.group(2)), 28)
    if m := _DAY.match(text):
        return (int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if m := _SPAN.match(text):
        return (int(m.group(2)), 12, 31)
    return (9999, 99, 99)


def period_year(text: str) -> int | None:
    """The calendar year a period ends in, or None for text that is not a period."""
    key = period_sort_key(text)
    return None if key[0] == 9999 else key[0]


def period_label(text: str) -> str:
    """How a period reads in prose and captions."""
    if m := _QUARTER.match(text):
        return f"Q{m.group(2)} {m.group(1)}"
    if m := _MONTH.match(text):
        months = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]
        return f"{months[int(m.group(2)) - 1]} {m.group(1)}"
    if m := _SPAN.match(text):
        return f"{m.group(1)}–{m.group(2)}"
    return text

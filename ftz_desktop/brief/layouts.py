"""The built-in Chinese official layouts: how their headings are numbered and which faces they use.

公文式 follows GB/T 9704-2012 (党政机关公文格式); 简报式 is the familiar briefing bulletin with its red
masthead, in the same typography. Headings are numbered as text (一、 （一） 1. （1）), never by a
field or a list, so Word, WPS and LibreOffice all show the same numbers.
"""
from __future__ import annotations

from ftz_desktop.core.recipe import OFFICIAL_TEMPLATES

_DIGITS = "〇一二三四五六七八九"
LATIN = "Times New Roman"     # digits and Latin letters in official documents

# Face per element: title (小标宋), 一、 (黑体), （一） (楷体), body, 1. and （1） (仿宋).
PROFILES: dict[str, dict[str, str]] = {
    "official": {"title": "方正小标宋简体", "heading1": "黑体", "heading2": "楷体_GB2312", "body": "仿宋_GB2312",
                 "page_number": "宋体"},
    "windows": {"title": "宋体", "heading1": "黑体", "heading2": "楷体", "body": "仿宋", "page_number": "宋体"},
}
# What Word and WPS show where a face of the 机关常用 profile is not installed (named in the font table too).
FALLBACKS = {"方正小标宋简体": "宋体", "楷体_GB2312": "楷体", "仿宋_GB2312": "仿宋", "黑体": "宋体", "楷体": "宋体",
             "仿宋": "宋体"}
PROFILE_NAMES = {"official": "机关常用", "windows": "Windows 自带"}


def is_official(layout: str) -> bool:
    return layout in OFFICIAL_TEMPLATES


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (headings rarely pass ninety-nine)."""
    if n <= 0:
        return str(n)
    if n < 10:
        return _DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")
    return str(n)


def heading_number(level: int, n: int) -> str:
    """The literal number of a heading at ``level`` (1: 一、 2: （一） 3: 1. 4: （1）)."""
    if level == 1:
        return f"{chinese_number(n)}、"
    if level == 2:
        return f"（{chinese_number(n)}）"
    if level == 3:
        return f"{n}."
    return f"（{n}）"


def element_fonts(profile: str) -> dict[str, str]:
    """The face of each element (title, heading1, heading2, body, page_number) in ``profile``."""
    return dict(PROFILES.get(profile, PROFILES["official"]))

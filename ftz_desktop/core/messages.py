"""How a message quotes what the user gave: on one line, cut short, a few named and the rest counted.

Every refusal (a typed value, an imported cell, a file name, a list of unknown ids) quotes through
here, so a 100,000-character cell or ten thousand ids never make a 100 KB message, and a control
character is shown as [U+0007] instead of breaking the line.
"""
from __future__ import annotations

import re
from typing import Sequence

# A quoted value in a message shows at most this many characters; a list names at most a few items.
QUOTE_LIMIT = 40
CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def visible(text: str) -> str:
    """``text`` on one line: control characters, line breaks and tabs shown as [U+000A] markers."""
    return CONTROL.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


def _cut(text: str, limit: int) -> tuple[str, str]:
    """(visible head, " (N characters)" or "") of ``text`` cut to about ``limit`` characters."""
    shown = visible(text)
    if len(shown) <= limit:
        return shown, ""
    return shown[:limit] + "…", f" ({len(text):,} characters)"


def shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    """``text`` made visible and cut to about ``limit`` characters ("…" and the length when cut)."""
    head, length = _cut(text, limit)
    return head + length


def quote(value: object, limit: int = QUOTE_LIMIT) -> str:
    """A cell as a message quotes it: in apostrophes, on one line, cut to about ``limit`` characters."""
    head, length = _cut(str(value), limit)
    return f"'{head}'{length}"


def name_few(items: Sequence[object], shown: int = 3, limit: int = QUOTE_LIMIT) -> str:
    """At most ``shown`` items, each cut to ``limit`` characters, and how many more: "a, b, c and 9,997 more"."""
    names = ", ".join(shorten(str(item), limit) for item in items[:shown])
    rest = len(items) - min(len(items), shown)
    return f"{names} and {rest:,} more" if rest > 0 else names

"""What the domain parsers share: the refusal they raise and the character rules they apply.

``parsing`` (values, text) and ``periods`` both read what a user typed or pasted, so both convert
the same characters (full-width ASCII from a Chinese input method, typographic minus signs, odd
spaces) and refuse the same ones (digits of other scripts). ``ParseError`` is exported by
``parsing``, where callers import it from; it lives here so ``periods`` can raise it without an
import cycle (parsing -> model -> periods).
"""
from __future__ import annotations

import unicodedata
from typing import Optional

from ftz_desktop.core.errors import UserError
from ftz_desktop.core.messages import QUOTE_LIMIT, visible
from ftz_desktop.core.translate import tr


class ParseError(ValueError, UserError):
    """A typed value was refused; ``field`` names the input, ``reason`` says why and what to type.

    ``str(error)`` is "field: reason" (in the user's language: "value：……"). A reason that already starts
    with "field: " (a caller re-raising ``ParseError(e.field, str(e))``) is not prefixed twice.
    """

    def __init__(self, field: str, reason: str) -> None:
        for prefix in (f"{field}: ", tr("{field}: {reason}", field=field, reason="")):
            if prefix and reason.startswith(prefix):
                reason = reason[len(prefix):]
                break
        super().__init__(tr("{field}: {reason}", field=field, reason=reason))
        self.field = field
        self.reason = reason


def quoted(value: object, limit: int = QUOTE_LIMIT) -> str:
    """``messages.quote`` in the user's language: 'abc' in English, “abc” in Chinese; on one line, cut to
    about ``limit`` characters ("…" and the length when cut)."""
    text = str(value)
    shown = visible(text)
    if len(shown) <= limit:
        return tr("'{text}'", text=shown)
    return tr("'{text}'", text=shown[:limit] + "…") + tr(" ({count:,} characters)", count=len(text))


def expected_text(raw: object) -> str:
    """The reason for a refused input that is not text (a number where a name was asked for)."""
    return tr("expected text, got {kind}", kind=type(raw).__name__)


def describe_character(ch: str) -> str:
    """'٣' (ARABIC-INDIC DIGIT THREE, U+0663): a character named so the user can find it."""
    name = unicodedata.name(ch, "")
    code = f"U+{ord(ch):04X}"
    return tr("'{char}' ({name}, {code})", char=ch, name=name, code=code) if name else code


# --- characters --------------------------------------------------------------------------------

FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}   # ！..～ -> !..~
SPACES = {code: " " for code in (0x00A0, 0x2007, 0x2009, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200B))}
INVISIBLE = {code: None for code in (0x200B, 0x200C, 0x200D, 0xFEFF)}
MINUS = {0x2212: "-", 0xFE63: "-"}
# What every typed number or period goes through first.
TRANSLATE: dict[int, Optional[str | int]] = {**FULLWIDTH, **SPACES, **INVISIBLE, **MINUS}


def is_ascii_digit(ch: str) -> bool:
    return "0" <= ch <= "9"


def is_fullwidth_digit(ch: str) -> bool:
    return "\uff10" <= ch <= "\uff19"


def foreign_digit(text: str) -> Optional[str]:
    """The first digit in ``text`` that is neither 0-9 nor full-width ０-９ (Arabic-Indic, Devanagari,
    superscript, circled ...), or None. Such digits are refused, never converted: they are not
    typed by accident on a Chinese keyboard, and converting them would hide a wrong paste."""
    for ch in text:
        if ch.isdigit() and not is_ascii_digit(ch) and not is_fullwidth_digit(ch):
            return ch
    return None

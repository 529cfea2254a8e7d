"""The one parser for typed values: grid edits, pasted cells, imports and forms all come through here.

Every rule is explicit, and anything the rules do not cover is refused with a ``ParseError`` that
names the field and the reason; nothing is silently turned into NaN, zero or an empty cell.

Numbers (``parse_value``), after full-width characters (１２３．５，％) become ASCII, U+2212 becomes
"-" and no-break/thin/ideographic spaces become plain spaces:

- ``1234.5``, ``.5``, ``1.5e6``, ``+3``, ``−5`` (U+2212): accepted.
- ``1,234.5`` and ``1 234``: a comma or a space separates groups of exactly three digits; accepted.
  ``12,5`` and ``1.234,5`` (decimal comma, European notation) are ambiguous and refused.
- ``12%``: accepted only for an indicator whose unit is %; the value stays 12.
- ``1.2万``, ``3亿``, ``2万亿``, ``5千万``, optionally followed by 元 for a yuan (CNY) indicator: a
  Chinese magnitude is converted into the indicator's unit with ``Indicator.multiplier``
  ("3亿" for a billion-yuan indicator is 0.3). Not allowed on a percentage.
- ``(5)``: refused. Accounting negatives and footnote numbers look the same; type ``-5``.
- ``nan``, ``inf``, ``1_000``, ``123*``, ``—``, ``-``, ``n/a``, ``..``, other text, digits other than
  0-9 and ０-９ (Arabic-Indic, Devanagari, superscripts ...: the message names the character), more
  than 15 significant digits (not storable exactly), more than ``MAX_DIGITS`` digits in all,
  values that overflow a double or underflow it (any non-zero literal that would become 0, such as
  ``1e-400``, and subnormals), and values outside ``Indicator.min_value/max_value``: refused.
- The empty string (or None) means "no value" and is accepted only with ``allow_empty=True``.
- ``-0`` is stored as 0.

Whatever the input, the only exception is ``ParseError`` (no OverflowError, decimal signal or
ValueError from Python's limit on the digits of an int), and a reason quotes at most
``messages.QUOTE_LIMIT`` characters of the input, so a 100,000-character cell gets a one-line message.
"""
from __future__ import annotations

import math
import numbers
import re
import sys
from decimal import (
    ROUND_HALF_EVEN,
    Context,
    Decimal,
    DecimalException,
    DivisionByZero,
    InvalidOperation,
    Overflow,
)
from typing import Optional, SupportsFloat, cast

from ftz_desktop.core.domain.model import Indicator
from ftz_desktop.core.domain.refusal import TRANSLATE as _TRANSLATE
from ftz_desktop.core.domain.refusal import ParseError as ParseError
from ftz_desktop.core.domain.refusal import describe_character, expected_text, foreign_digit, quoted
from ftz_desktop.core.messages import shorten
from ftz_desktop.core.translate import tr

MAX_SIGNIFICANT_DIGITS = 15          # a double keeps 15 decimal digits exactly
_MAX_EXACT_INT = 2 ** 53


# --- text --------------------------------------------------------------------------------------

# Characters XML 1.0 (and so python-docx) cannot hold; tab, newline and carriage return stay.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _join_surrogate_pairs(text: str) -> str:
    # Text pasted through UTF-16 APIs can arrive as separate surrogate halves: rejoin valid pairs
    # (so an emoji survives) and leave only the lone halves for removal.
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def clean_text(text: str) -> str:
    """``text`` without XML-incompatible control characters and lone surrogates; Chinese, emoji,
    tabs and newlines are kept."""
    if not isinstance(text, str):
        raise TypeError(f"clean_text expects str, got {type(text).__name__}")
    if _SURROGATE.search(text):
        text = _join_surrogate_pairs(text)
    return _XML_BAD.sub("", text)


def control_characters(text: str) -> list[str]:
    """The characters ``clean_text`` would remove, as "U+000B" labels (for warnings)."""
    if _SURROGATE.search(text):
        text = _join_surrogate_pairs(text)
    return [f"U+{ord(ch):04X}" for ch in _XML_BAD.findall(text)]


def parse_text_field(raw: object, field: str, max_len: int, *, required: bool = False) -> str:
    """A text input cleaned of control characters and surrounding whitespace, at most ``max_len`` long."""
    if raw is None:
        raw = ""
    if not isinstance(raw, str):
        raise ParseError(field, expected_text(raw))
    text = clean_text(raw).strip()
    if required and not text:
        raise ParseError(field, tr("is required; it cannot be empty"))
    if len(text) > max_len:
        raise ParseError(field, tr("is {length:,} characters long; at most {limit:,} are allowed",
                                   length=len(text), limit=max_len))
    return text


# --- numbers -----------------------------------------------------------------------------------

# Longest first, so 万亿 is not read as 亿.
_MAGNITUDES = (("万亿", 10 ** 12), ("千万", 10 ** 7), ("百万", 10 ** 6), ("亿", 10 ** 8),
               ("万", 10 ** 4), ("千", 10 ** 3))
_PLACEHOLDERS = {"-", "--", "—", "——", "–", "…", "...", "..", "n/a", "na", "n.a.", "null", "none", "x", "×"}

_PLAIN = re.compile(r"(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE](?P<exponent>[+-]?[0-9]+))?")
_COMMA_GROUPS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")
_SPACE_GROUPS = re.compile(r"[0-9]{1,3}(?: [0-9]{3})+(?:\.[0-9]+)?")
_EUROPEAN = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+,[0-9]+")

# A literal with more digits than this is refused before it is read: a double's range (up to 1.8e308,
# down to 2.2e-308) needs fewer, and a value keeps at most 15 significant ones anyway.
MAX_DIGITS = 400
# |exponent| < 10**4, far outside a double's range, so what is let through is read exactly and the
# range check after (too large, too small) decides; longer exponents are refused as they stand.
_MAX_EXPONENT_DIGITS = 4
# Decimal arithmetic in a context of its own: exact enough for 15 digits, independent of the
# thread's decimal context, and trapping what would otherwise turn into Infinity or NaN.
_CONTEXT = Context(prec=28, rounding=ROUND_HALF_EVEN, traps=[InvalidOperation, DivisionByZero, Overflow])


def _said(shown: str, reason: str) -> str:
    """What was given (already quoted) and why it is refused: "'abc' is not a number"."""
    return tr("{text} {reason}", text=shown, reason=reason)


def _refuse(field: str, raw: str, reason: str) -> ParseError:
    return ParseError(field, _said(quoted(raw), reason))


def _significant_digits(number: Decimal) -> int:
    """Digits from the first to the last non-zero one (exact: no context, no rounding)."""
    return len("".join(map(str, number.as_tuple().digits)).strip("0"))


def _number_text(text: str, raw: str, field: str) -> Decimal:
    """The unsigned-or-signed ASCII number in ``text`` (suffixes already removed)."""
    sign = ""
    if text[:1] in ("+", "-"):     # not `in "+-"`: the empty string is in every string
        sign, text = text[0], text[1:]
    if "_" in text:
        raise _refuse(field, raw, tr("uses '_' as a separator; type the digits without it"))
    if (digit := foreign_digit(text)) is not None:
        raise _refuse(field, raw, tr("uses the digit {digit}; type the number with 0-9",
                                     digit=describe_character(digit)))
    exponent = ""
    if plain := _PLAIN.fullmatch(text):
        digits, exponent = text, plain["exponent"] or ""
    elif _COMMA_GROUPS.fullmatch(text):
        digits = text.replace(",", "")
    elif _SPACE_GROUPS.fullmatch(text):
        digits = text.replace(" ", "")
    elif _EUROPEAN.fullmatch(text):
        raise _refuse(field, raw, tr("is ambiguous: a comma is read as a thousands separator, so a decimal "
                                     "comma or European notation (1.234,5) cannot be told apart; type it as 1234.5"))
    elif re.search(r"[0-9][*†‡#]+$", text):
        raise _refuse(field, raw, tr("carries a footnote mark; type the number alone and put the remark in the note"))
    else:
        raise _refuse(field, raw, tr("is not a number"))
    mantissa = digits[: len(digits) - len(exponent)].rstrip("eE")
    count = sum(ch.isdigit() for ch in mantissa)
    if count > MAX_DIGITS:
        raise _refuse(field, raw, tr("has too many digits ({count:,}); a value can have at most "
                                     "{limit} significant digits", count=count, limit=MAX_SIGNIFICANT_DIGITS))
    if len(exponent.lstrip("+-").lstrip("0")) > _MAX_EXPONENT_DIGITS:
        if not mantissa.strip("0."):
            raise _refuse(field, raw, tr("has an exponent with too many digits; type 0 for zero"))
        raise _refuse(field, raw, tr("is too small to store") if exponent.startswith("-")
                      else tr("is too large to store"))
    try:
        number = Decimal(sign + digits)
    except InvalidOperation:   # the checks above only let valid literals through; kept as a guard
        raise _refuse(field, raw, tr("is not a number")) from None
    if number and _significant_digits(number) > MAX_SIGNIFICANT_DIGITS:
        raise _refuse(field, raw, tr("has more than {limit} significant digits, more than can be stored exactly",
                                     limit=MAX_SIGNIFICANT_DIGITS))
    return number


def _to_unit(number: Decimal, scale: int, indicator: Indicator, raw: str, field: str) -> Decimal:
    """``number`` times ``scale`` base units, in the indicator's unit (3亿 = 3e8 yuan = 0.3 billion yuan)."""
    multiplier = indicator.multiplier
    if isinstance(multiplier, bool) or not isinstance(multiplier, (int, float)) \
            or not math.isfinite(multiplier) or multiplier <= 0:
        raise _refuse(field, raw, tr("cannot be converted into {unit}: the indicator's multiplier "
                                     "({multiplier}) is not a positive number",
                                     unit=indicator.unit, multiplier=shorten(repr(multiplier))))
    try:
        return _CONTEXT.divide(_CONTEXT.multiply(number, Decimal(scale)), Decimal(multiplier))
    except DecimalException:   # the exponent limits above keep this in range; kept as a guard
        raise _refuse(field, raw, tr("cannot be converted into {unit}", unit=indicator.unit)) from None


def _parse_string(raw: str, indicator: Indicator, field: str) -> Decimal:
    """The number in ``raw``, which is not blank (``parse_value`` handles the empty cell)."""
    text = raw.translate(_TRANSLATE).strip()
    lowered = text.lower()
    if lowered in _PLACEHOLDERS:
        raise _refuse(field, raw, tr("is a placeholder, not a number; leave the value empty and set "
                                     "status M (missing)"))
    if re.fullmatch(r"[+-]?(nan|inf|infinity)", lowered):
        raise _refuse(field, raw, tr("is not a finite number"))
    if text.startswith("(") and text.endswith(")"):
        raise _refuse(field, raw, tr("is ambiguous: brackets mark a negative in accounts but also a note; "
                                     "type -5 for a negative number"))
    if text.endswith("%"):
        if not indicator.is_percent:
            raise _refuse(field, raw, tr("is a percentage, but this indicator is measured in {unit}",
                                         unit=indicator.unit))
        return _number_text(text[:-1].rstrip(), raw, field)
    yuan = text.endswith("元")
    if yuan:
        if indicator.currency != "CNY":
            raise _refuse(field, raw, tr("is in yuan (元), but this indicator is measured in {unit}",
                                         unit=indicator.unit))
        text = text[:-1].rstrip()
    scale = 1 if yuan else None     # a bare 元 means yuan, the base unit
    for suffix, factor in _MAGNITUDES:
        if text.endswith(suffix):
            scale, text = factor, text[: -len(suffix)].rstrip()
            break
    if scale is None:
        return _number_text(text, raw, field)
    if indicator.is_percent:
        raise _refuse(field, raw, tr("uses a Chinese magnitude (万, 亿), which does not apply to a percentage"))
    return _to_unit(_number_text(text, raw, field), scale, indicator, raw, field)


def _display(raw: object) -> str:
    """``raw`` quoted for a message; a number too long for ``str`` (Python's limit on the digits of
    an int, which a huge Fraction also hits) is named by its type instead."""
    try:
        text = str(raw)
    except ValueError:
        return tr("a {kind} with too many digits", kind=type(raw).__name__)
    return quoted(text)


def _parse_number(raw: numbers.Number, field: str) -> Decimal | float:
    if isinstance(raw, bool):
        raise ParseError(field, tr("{value} is a yes/no value, not a number", value=raw))
    if isinstance(raw, numbers.Integral):
        whole = int(raw)
        if abs(whole) > _MAX_EXACT_INT:
            if whole.bit_length() > 128:     # more than 39 digits: not quoted, and str() may refuse it
                digits = int(whole.bit_length() * math.log10(2)) + 1
                raise ParseError(field, tr("is a whole number with too many digits (about {digits:,}); at most "
                                           "2^53 ({limit:,}) can be stored exactly",
                                           digits=digits, limit=_MAX_EXACT_INT))
            raise ParseError(field, tr("{value} is too large to store exactly (more than 2^53)", value=whole))
        return float(whole)
    if isinstance(raw, Decimal) and raw.is_finite():
        return _number_text(str(raw), str(raw), field)
    try:
        # float, numpy floats, Decimal NaN/Infinity and other reals; a complex number raises TypeError
        value = float(cast(SupportsFloat, raw))
    except OverflowError:
        raise ParseError(field, _said(_display(raw), tr("is too large to store"))) from None
    except (TypeError, ValueError):
        raise ParseError(field, _said(_display(raw), tr("is not a number"))) from None
    if not math.isfinite(value):
        raise ParseError(field, _said(_display(raw), tr("is not a finite number")))
    if value == 0:
        try:
            underflow = bool(raw != 0)
        except (TypeError, ValueError, ArithmeticError):
            underflow = False
        if underflow:    # a Fraction too close to 0 for a double
            raise ParseError(field, _said(_display(raw), tr("is too small to store: it would become 0; "
                                                            "type 0 for zero")))
    return value


def _show(value: float) -> str:
    return f"{value:,.15g}"


def parse_value(raw: object, indicator: Indicator, field: str = "value", *,
                allow_empty: bool = False) -> Optional[float]:
    """The number ``raw`` stands for, in ``indicator``'s unit, or None for an allowed empty cell.

    Raises ParseError(field, reason) for anything the module docstring does not accept; a reason
    quotes at most ``messages.QUOTE_LIMIT`` characters of ``raw``.
    """
    if raw is None or (isinstance(raw, str) and not raw.translate(_TRANSLATE).strip()):
        if allow_empty:
            return None
        raise ParseError(field, tr("is empty; enter a number, or set status M (missing) for a missing value"))
    number: Decimal | float
    if isinstance(raw, str):
        number = _parse_string(raw, indicator, field)
        shown = quoted(raw.strip())
    elif isinstance(raw, numbers.Number):
        number = _parse_number(raw, field)
        shown = _display(raw)
    else:
        raise ParseError(field, tr("expected a number or text, got {kind}", kind=type(raw).__name__))
    value = float(number)      # correctly rounded; inf above a double's range, 0.0 below it
    if math.isinf(value):
        raise ParseError(field, _said(shown, tr("is too large to store")))
    if value == 0 and number != 0:
        raise ParseError(field, _said(shown, tr("is too small to store: it would become 0; type 0 for zero")))
    if value != 0 and abs(value) < sys.float_info.min:
        raise ParseError(field, _said(shown, tr("is too small to store exactly")))
    if value == 0:
        value = 0.0   # no negative zero
    if indicator.min_value is not None and value < indicator.min_value:
        raise ParseError(field, tr("{value} is below the minimum {minimum} for {name}", value=_show(value),
                                   minimum=_show(indicator.min_value), name=indicator.name))
    if indicator.max_value is not None and value > indicator.max_value:
        raise ParseError(field, tr("{value} is above the maximum {maximum} for {name}", value=_show(value),
                                   maximum=_show(indicator.max_value), name=indicator.name))
    return value

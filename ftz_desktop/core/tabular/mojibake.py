"""Is decoded text what its writer typed, or another encoding misread (mojibake)?

GB18030 decodes almost any byte sequence, so a Latin-1, Windows-1252 or Shift-JIS file read as
GB18030 does not fail; it turns into rare Chinese characters ("Société" into "Soci閠�", "東京" into
"搶嫗"). Chinese statistics text is nearly all GB2312 characters (the 6,763 common hanzi and the
full-width punctuation), so a high share of characters outside GB2312 (GBK's rare extension hanzi,
private-use characters, kana and Cyrillic from the wrong rows) says the encoding is wrong.
Characters beyond the BMP (an emoji, 𠀀 of CJK Extension B) come only from GB18030's well-formed
four-byte sequences, which a misread file almost never forms, so they count for neither side.

UTF-8 is self-checking, but a file can hold text that was misread once and saved again: UTF-8 read
as GBK ("鎴愰兘" for 成都) or as Windows-1252 ("æˆéƒ½"). Such runs turn back into valid UTF-8 when
encoded with the wrong codec again, which ordinary text almost never does.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

# Share of the counted non-ASCII characters that may be rare before the text is refused.
RARE_SHARE = 0.25
# Non-ASCII characters in runs that undo into UTF-8 before a UTF-8 text counts as mojibake.
MOJIBAKE_MIN_CHARS = 4
_SAMPLE_CHARS = 200_000          # non-ASCII characters looked at, wherever they are in the file

# Symbols GB2312 lacks that Chinese statistics text uses (㎡, 〇, ‰ forms, full-width forms).
_SYMBOLS = ((0x00A0, 0x00BF), (0x00D7, 0x00D7), (0x00F7, 0x00F7), (0x2000, 0x206F), (0x2100, 0x21FF),
            (0x2200, 0x22FF), (0x2460, 0x24FF), (0x3000, 0x303F), (0x3200, 0x33FF), (0xFE30, 0xFE4F),
            (0xFF00, 0xFFEF))
# GB2312 rows a misread file lands in but Chinese statistics hardly uses: kana, Greek, Cyrillic, box drawing.
_ODD_ROWS = ((0x3040, 0x30FF), (0x0370, 0x03FF), (0x0400, 0x04FF), (0x2500, 0x257F))
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def _in(code: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= code <= high for low, high in ranges)


def _is_rare(ch: str) -> Optional[bool]:
    """True for a character a misread file gives, False for common Chinese text, None to not count."""
    code = ord(ch)
    if code < 0x80 or code > 0xFFFF:
        return None
    if 0xE000 <= code <= 0xF8FF or _in(code, _ODD_ROWS):
        return True
    try:
        ch.encode("gb2312")
        return False
    except UnicodeEncodeError:
        return not _in(code, _SYMBOLS)


@dataclass(frozen=True)
class Doubt:
    """Why decoded text looks misread: where (line) and a sample of it."""

    line: int
    sample: str


def _line_at(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def _sample_at(text: str, index: int) -> str:
    """The cell (or up to 30 characters of it) around ``index``: from the delimiter before it."""
    start = max(text.rfind(sep, 0, index) for sep in "\n,;\t") + 1
    start = max(start, index - 20)
    end = min([text.find(sep, index) % (len(text) + 1) for sep in "\n,;\t"] + [start + 30])
    return text[start:end].strip()


def unlikely_chinese(text: str) -> Optional[Doubt]:
    """A Doubt if ``text`` (decoded as GB18030) is unlikely to be Chinese as people type it."""
    common = rare = seen = 0
    first_rare = -1
    for match in _NON_ASCII_RUN.finditer(text):
        for offset, ch in enumerate(match.group()):
            verdict = _is_rare(ch)
            if verdict is None:
                continue
            if verdict:
                rare += 1
                if first_rare < 0:
                    first_rare = match.start() + offset
            else:
                common += 1
        seen += len(match.group())
        if seen > _SAMPLE_CHARS:
            break
    if rare and rare / (rare + common) > RARE_SHARE:
        return Doubt(_line_at(text, first_rare), _sample_at(text, first_rare))
    return None


def _undoes_to_utf8(run: str) -> bool:
    """Whether ``run`` is UTF-8 bytes misread as GBK or as Latin-1/Windows-1252."""
    for codec in ("gbk", "cp1252"):
        try:
            run.encode(codec).decode("utf-8")
            return True
        except UnicodeError:
            continue
    try:   # Windows-1252 with its five undefined bytes passed through as Latin-1 (U+0081 ...)
        bytes(ord(ch) if ord(ch) < 256 else ch.encode("cp1252")[0] for ch in run).decode("utf-8")
        return True
    except (UnicodeError, ValueError, IndexError):
        return False


def misread_utf8(text: str) -> Optional[Doubt]:
    """A Doubt if ``text`` (valid UTF-8) holds text that was misread once and saved again."""
    total = undone = 0
    first = -1
    for match in _NON_ASCII_RUN.finditer(text):
        run = match.group()
        total += len(run)
        if _undoes_to_utf8(run):
            undone += len(run)
            if first < 0:
                first = match.start()
        if total > _SAMPLE_CHARS:
            break
    if undone >= MOJIBAKE_MIN_CHARS and undone * 2 >= total:
        return Doubt(_line_at(text, first), _sample_at(text, first))
    return None

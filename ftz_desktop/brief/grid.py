"""How many pages a text-only brief in an official layout will have, told before export.

The layouts put every line on one grid (22 lines of 28 characters, brief.docx.official_styles), so the
page count follows from the text: each paragraph fills lines of 28 characters after its two-character
indent (a digit or Latin letter about half a character; closing punctuation may hang at the line's end,
as Word, WPS and LibreOffice allow), a heading never ends a page, and the first page gives room to its
masthead and title. Charts, tables and footnotes do not keep to the grid: for a brief with any of them
the count is not predicted (None), rather than guessed.
"""
from __future__ import annotations

from typing import Iterable, Optional

from ftz_desktop.brief.docx.official_styles import (
    BODY_PT,
    CHARS_PER_LINE,
    CONDENSE,
    LINE_TWIPS,
    TITLE_PT,
    TYPE_AREA_MM,
)
from ftz_desktop.brief.layouts import is_official
from ftz_desktop.brief.model import Document, Figure, Heading, Paragraph, Table

LINE_PT = LINE_TWIPS / 20
AREA_PT = TYPE_AREA_MM[1] / 25.4 * 72
WIDTH_PT = TYPE_AREA_MM[0] / 25.4 * 72
SOURCE_PT, SOURCE_LINE_PT = 12, 18
MASTHEAD_MAX_PT = 48
INDENT = 2
SUPERSCRIPT = 0.65
_HANGING = set("，。、；：？！）》」』”’")
_WIDTHS = {" ": 0.25, "%": 0.83, "[": 0.33, "]": 0.33, ".": 0.25, ",": 0.25, "-": 0.33}


def char_width(ch: str) -> float:
    """Width in body characters (16 pt)."""
    if ord(ch) >= 0x2E80 or ch in "“”‘’—…·":
        return 1.0
    return _WIDTHS.get(ch, 0.5)


def text_lines(text: str, chars: float = CHARS_PER_LINE, indent: float = INDENT, extra: float = 0.0) -> int:
    """Lines ``text`` fills at ``chars`` characters a line, the first ``indent`` characters in, with ``extra``
    characters' width after its last word (source numbers)."""
    if not text:
        return 1
    lines, used = 1, indent
    word: list[str] = []

    def place(width: float, hang: bool = False) -> None:
        nonlocal lines, used
        if used + width > chars + 1e-9 and not hang and used > 0:
            lines += 1
            used = 0.0
        used += width

    for ch in text:
        if ch.isascii() and not ch.isspace():
            word.append(ch)       # a Latin word or a number is not broken
            continue
        if word:
            place(sum(char_width(c) for c in word))
            word = []
        place(char_width(ch), hang=ch in _HANGING and used + char_width(ch) <= chars + 1)
    if word:
        place(sum(char_width(c) for c in word))
    if extra:
        place(extra)
    return lines


def _masthead_pt(document: Document) -> float:
    """Height of everything above the body on the first page, in points."""
    settings = document.official
    height = 0.0
    if document.layout == "jianbao":
        if settings.get("classification") or document.marking or settings.get("serial"):
            height += LINE_PT
        name = settings.get("bulletin") or document.title
        size = _masthead_size(name)
        height += LINE_PT + size * 1.25
        if settings.get("issue"):
            height += LINE_PT
        height += LINE_PT + 4 + 3          # the compiler and date line, and its red rule
    else:
        top = sum(1 for key in ("copy_number", "urgency") if settings.get(key)) + \
            (1 if settings.get("classification") or document.marking else 0)
        height += top * LINE_PT
        if settings.get("issuer"):
            height = max(height, 35 / 25.4 * 72) + _masthead_size(settings["issuer"]) * 1.25
        if settings.get("doc_number"):
            height += (2 if settings.get("issuer") else 0) * LINE_PT + LINE_PT
        if settings.get("issuer") or settings.get("doc_number"):
            height += 11 + 1.5
    title_chars = WIDTH_PT / (TITLE_PT + CONDENSE / 20)
    height += 2 * LINE_PT + text_lines(document.title, title_chars, 0) * LINE_PT
    if document.subtitle:
        height += text_lines(document.subtitle, indent=0) * LINE_PT
    return height + LINE_PT           # the empty line below the title


def _masthead_size(text: str) -> float:
    width = sum(char_width(ch) for ch in text) or 1
    return max(BODY_PT, min(MASTHEAD_MAX_PT, int(WIDTH_PT / width - 2)))


def _closing_lines(document: Document) -> int:
    if document.layout != "gbt9704":
        return 0
    signature = document.official.get("signature") or document.organisation
    shown = [line for line in (signature, document.date) if line]
    return 1 + len(shown) if shown else 0


def _colophon_rows(document: Document) -> int:
    settings = document.official
    if document.layout == "jianbao":
        return sum(1 for key in ("report_to", "send_to", "issue_to", "copies") if settings.get(key))
    return (1 if settings.get("cc") else 0) + (1 if settings.get("printed_by") or settings.get("print_date") else 0)


class _Pages:
    """Lays lines of given heights onto pages of the type area's height."""

    def __init__(self, first_page_used: float) -> None:
        self.pages = 1
        self.used = first_page_used

    def room(self) -> float:
        return AREA_PT - self.used

    def add(self, height: float, count: int = 1, keep_with_next: bool = False) -> None:
        if keep_with_next and self.room() < height * count + LINE_PT - 0.01:
            self.new_page()
        for _ in range(count):
            if self.room() < height - 0.01:
                self.new_page()
            self.used += height

    def new_page(self) -> None:
        self.pages += 1
        self.used = 0.0


def predicted_pages(document: Document) -> Optional[int]:
    """Pages of ``document`` on its official layout's grid; None where the count cannot be told."""
    if not is_official(document.layout) or any(isinstance(b, (Figure, Table)) for b in document.blocks) \
            or document.footnotes():
        return None
    pages = _Pages(_masthead_pt(document))
    body_end = next((i for i, b in enumerate(document.blocks) if isinstance(b, Heading)
                     and b.role in ("annex", "appendix", "sources")), len(document.blocks))
    _lay(pages, document.blocks[:body_end])
    closing = _closing_lines(document)
    if closing:
        pages.add(LINE_PT, closing)
    _lay(pages, document.blocks[body_end:])
    rows = _colophon_rows(document)
    if rows and pages.room() < rows * LINE_PT - 0.01:
        pages.new_page()
    return pages.pages


def _lay(pages: _Pages, blocks: Iterable[object]) -> None:
    source_chars = WIDTH_PT / (SOURCE_PT + CONDENSE / 20)
    for block in blocks:
        if isinstance(block, Heading):
            pages.add(LINE_PT, text_lines(block.display), keep_with_next=True)
        elif isinstance(block, Paragraph):
            if block.style == "small":
                pages.add(SOURCE_LINE_PT, text_lines(block.text, source_chars, 0))
            else:
                # "[2]" in superscript: about two thirds of the size of its half-width characters.
                marks = sum((len(s.cite) + 2) * 0.5 * SUPERSCRIPT for s in block.parts() if s.cite)
                pages.add(LINE_PT, text_lines(block.text, extra=marks))

"""How long a brief will be on A4 in the standard template, estimated from its blocks before anything is
written: a short brief goes straight from its title block into the text, a long one gets a title page
with its contents.

The figures are fitted to the shipped study's briefs on the standard template as LibreOffice lays them out
(10.5 pt body, 16 cm text width, 1.15 line spacing): about 2,800 Latin characters or 1,100 Chinese
characters of text per page, a chart half a page (its picture, caption and source, and the space it
leaves when it moves to the next page whole), a table row about a fortieth. The whole study's brief is
estimated at 7.5 pages in English (LibreOffice: 8 without the contents page) and 6.9 in Chinese (7).
"""
from __future__ import annotations

from ftz_desktop.brief.model import Block, Figure, Heading, PageBreak, Paragraph, Table

LONG_BRIEF_PAGES = 6          # longer than this (estimated) gets a title page with the contents
CHARS_PER_PAGE = {"en": 2800, "zh": 1100}
FIGURE_PAGES = 0.5
TABLE_ROW_PAGES = 0.025
TABLE_PAGES = 0.06            # caption, header row, source line
HEADING_PAGES = 0.035
TITLE_BLOCK_PAGES = 0.15


def estimated_pages(blocks: list[Block], language: str = "en") -> float:
    per_page = CHARS_PER_PAGE.get(language, CHARS_PER_PAGE["en"])
    pages = TITLE_BLOCK_PAGES
    for block in blocks:
        if isinstance(block, Paragraph):
            pages += len(block.text) / per_page
        elif isinstance(block, Figure):
            pages += FIGURE_PAGES
        elif isinstance(block, Table):
            pages += TABLE_PAGES + TABLE_ROW_PAGES * len(block.rows)
        elif isinstance(block, Heading):
            pages += HEADING_PAGES
        elif isinstance(block, PageBreak):
            pages = float(int(pages) + 1)
    return pages

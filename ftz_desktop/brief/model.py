"""The brief as plain data: compose builds it once, then each writer (Word, HTML preview) renders it.

Numbers of headings, tables and figures are decided here (by compose), so the Word file, its table of
contents and the preview always agree.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


@dataclass
class Heading:
    text: str
    level: int = 1
    numbered: bool = True
    number: str = ""          # "2", "2.3", "一、", "（一）"; set by compose for numbered headings
    anchor: str = ""          # a stable id for links from the table of contents
    role: str = ""            # unnumbered parts: "summary", "annex", "appendix", "sources"

    @property
    def display(self) -> str:
        if not (self.numbered and self.number):
            return self.text
        # Chinese numbers carry their own punctuation (一、 （一） 1.) and run straight into the text.
        joiner = "" if self.number[-1] in "、）." else " "
        return f"{self.number}{joiner}{self.text}"


@dataclass(frozen=True)
class Span:
    """A stretch of a paragraph, then (optionally) its source number as a superscript "[2]" and a footnote."""
    text: str
    cite: str = ""            # "2" or "2,3": numbers in the brief's sources list
    footnote: str = ""        # the footnote's text, in the brief's language


@dataclass
class Paragraph:
    text: str
    style: str = "body"       # "body", "lead" (executive summary) or "small"
    spans: tuple[Span, ...] = ()   # when given, the writers render these (their texts join to ``text``)

    @classmethod
    def of(cls, spans: list[Span], style: str = "body") -> "Paragraph":
        return cls("".join(s.text for s in spans), style, tuple(spans))

    def parts(self) -> tuple[Span, ...]:
        return self.spans or (Span(self.text),)

    def footnotes(self) -> list[str]:
        return [s.footnote for s in self.spans if s.footnote]


@dataclass
class Table:
    caption: str
    columns: list[str]
    rows: list[list[str]]
    source: str = ""
    number: int = 0
    numeric_columns: tuple[int, ...] = ()   # right-aligned
    note: str = ""
    cell_notes: dict[tuple[int, int], str] = field(default_factory=dict)   # (row, column) -> footnote
    box: bool = False         # the key-figures box: shaded, kept on one page


@dataclass
class Figure:
    image_png: bytes
    caption: str
    source_note: str = ""
    width_cm: float = 16.0
    number: int = 0
    chart_id: str = ""
    item_id: str = ""         # the item it sits under; "" in the annex


@dataclass
class Note:
    text: str


@dataclass
class TocEntry:
    level: int
    text: str
    anchor: str = ""


@dataclass
class TableOfContents:
    entries: list[TocEntry] = field(default_factory=list)
    title: str = "Contents"


@dataclass
class PageBreak:
    pass


Block = Union[Heading, Paragraph, Table, Figure, Note, TableOfContents, PageBreak]


@dataclass
class Document:
    title: str
    subtitle: str = ""
    organisation: str = ""
    author: str = ""
    date: str = ""
    marking: str = ""
    paper: str = "A4"
    language: str = "en"
    front_page: bool = False  # the title and contents on a page of their own
    layout: str = "standard"  # "standard", or a Chinese official layout: "gbt9704", "jianbao"
    official: dict[str, str] = field(default_factory=dict)   # the layout's parts (OfficialSettings)
    properties: dict[str, str] = field(default_factory=dict)   # recipe JSON, data snapshot id ...
    blocks: list[Block] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)         # for the user, not printed in the brief

    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]

    def figures(self) -> list[Figure]:
        return [b for b in self.blocks if isinstance(b, Figure)]

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    def footnotes(self) -> list[str]:
        """Every footnote in reading order (paragraphs' and table cells')."""
        notes: list[str] = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                notes += block.footnotes()
            elif isinstance(block, Table):
                notes += [block.cell_notes[k] for k in sorted(block.cell_notes)]
        return notes

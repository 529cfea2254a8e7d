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
    number: str = ""          # "2", "2.3"; set by compose for numbered headings
    anchor: str = ""          # a stable id for links from the table of contents

    @property
    def display(self) -> str:
        return f"{self.number} {self.text}" if self.numbered and self.number else self.text


@dataclass
class Paragraph:
    text: str
    style: str = "body"       # "body", "lead" (executive summary) or "small"


@dataclass
class Table:
    caption: str
    columns: list[str]
    rows: list[list[str]]
    source: str = ""
    number: int = 0
    numeric_columns: tuple[int, ...] = ()   # right-aligned
    note: str = ""


@dataclass
class Figure:
    image_png: bytes
    caption: str
    source_note: str = ""
    width_cm: float = 16.0
    number: int = 0


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
    properties: dict[str, str] = field(default_factory=dict)   # recipe JSON, data snapshot id ...
    blocks: list[Block] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)         # for the user, not printed in the brief

    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]

    def figures(self) -> list[Figure]:
        return [b for b in self.blocks if isinstance(b, Figure)]

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

"""Write the brief's document model as a Word file that reads right before and after Word updates it.

The only place (with its docx_* helpers) that calls python-docx. Text is cleaned once more for XML
here, so a model built by any caller cannot produce a broken file, and the file is written through
core.atomic so an existing brief is never half overwritten.
"""
from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Optional, Union

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph as WordParagraph
from docx.text.run import Run
from lxml import etree

from ftz_desktop.brief.docx.base import PreparedBase, prepared_base
from ftz_desktop.brief.docx.fields import add_bookmark, add_toc, append_field
from ftz_desktop.brief.docx.fonts import FontSet, set_rfonts
from ftz_desktop.brief.docx.footnotes import Footnotes
from ftz_desktop.brief.docx.props import read_brief_properties, set_properties
from ftz_desktop.brief.docx.settings import insert_setting
from ftz_desktop.brief.docx.tables import build_table
from ftz_desktop.brief.model import (
    Block,
    Document,
    Figure,
    Heading,
    Note,
    PageBreak,
    Paragraph,
    Table,
    TableOfContents,
)
from ftz_desktop.brief.textclean import xml_safe
from ftz_desktop.brief.words import word
from ftz_desktop.core.atomic import atomic_write_bytes

__all__ = ["render_docx", "render_prepared", "write_docx", "read_brief_properties"]

_SHARED_PUNCTUATION = re.compile("[\u2018\u2019\u201c\u201d\u2014\u2026\u00b7\u2015]")
AFTER_BODY = ("annex", "appendix", "sources")
_PARAGRAPH_STYLE = {"body": "Normal", "lead": "Brief Lead", "small": "Brief Source"}


class Writer:
    def __init__(self, document: Document, base: PreparedBase) -> None:
        self.model = document
        self.doc = docx.Document(io.BytesIO(base.data))
        self.standard = base.standard
        self.fonts = base.fonts
        self.table_style = base.table_style
        self.text_width_cm = base.text_width_cm
        self.bookmark_id = 0
        self._style_ids: dict[str, str] = {}
        self._rpr_xml: Optional[str] = None
        self.footnotes = Footnotes(self.doc, self.rpr)
        self.keep_box_together = True     # the key-figures box on one page (it follows a short title block)
        self.table_pt = 9                 # the size of table text ("Brief Table")

    def faces(self, style: str) -> tuple[Optional[str], str]:
        """(Latin face or None to keep the template's, East Asian face) of runs in ``style``."""
        latin, east_asia = self.fonts.for_style(style)
        return (latin if self.standard else None), east_asia

    def rpr(self, style: str = "Normal", text: str = "") -> BaseOxmlElement:
        """A w:rPr naming the faces explicitly, for runs (Word applies run fonts over style fonts); text with
        punctuation Chinese shares with Latin (“ ” — …) is hinted East Asian in a Chinese brief, or it shows
        half-width in the Latin face."""
        rpr = OxmlElement("w:rPr")
        fonts = OxmlElement("w:rFonts")
        latin, east_asia = self.faces(style)
        set_rfonts(fonts, latin, east_asia)
        if text and self.model.language == "zh" and _SHARED_PUNCTUATION.search(text):
            fonts.set(qn("w:hint"), "eastAsia")
        rpr.append(fonts)
        return rpr

    def rpr_xml(self) -> str:
        """The body run properties as markup, for builders that write XML text."""
        if self._rpr_xml is None:
            self._rpr_xml = re.sub(r' xmlns:\w+="[^"]*"', "", etree.tostring(self.rpr(), encoding="unicode"))
        return self._rpr_xml

    def run(self, paragraph: WordParagraph, text: str, style: str = "Normal", bold: bool = False) -> Run:
        run = paragraph.add_run(xml_safe(text))
        run._r.insert(0, self.rpr(style, text))
        if bold:
            run.bold = True
        return run

    def style_id(self, name: str) -> str:
        # python-docx's style setter scans every style per call; look each name up once.
        if name not in self._style_ids:
            self._style_ids[name] = self.doc.styles[name].style_id
        return self._style_ids[name]

    def add_paragraph(self, style: str) -> WordParagraph:
        paragraph = self.doc.add_paragraph()
        paragraph._p.get_or_add_pPr().style = self.style_id(style)
        return paragraph

    def paragraph(self, text: str = "", style: str = "Normal") -> WordParagraph:
        paragraph = self.add_paragraph(style)
        if text:
            self.run(paragraph, text, style)
        return paragraph

    def text_paragraph(self, block: Paragraph) -> None:
        """A paragraph with its source numbers as superscripts and its footnotes at their figures."""
        style = _PARAGRAPH_STYLE.get(block.style, "Normal")
        paragraph = self.add_paragraph(style)
        for span in block.parts():
            if span.text:
                self.run(paragraph, span.text, style)
            if span.cite:
                self.run(paragraph, f"[{span.cite}]", style).font.superscript = True
            if span.footnote:
                self.footnotes.mark(paragraph._p, self.footnotes.add(span.footnote))

    # -- blocks ----------------------------------------------------------------------------------
    def title_block(self) -> None:
        m = self.model
        self.paragraph(m.title, "Title")
        if m.subtitle:
            self.paragraph(m.subtitle, "Subtitle")
        for line in (m.organisation, m.author, m.date):
            if line:
                self.paragraph(line, "Brief Meta")

    def heading(self, block: Heading) -> None:
        level = min(max(block.level, 1), 3)
        paragraph = self.paragraph(block.display, f"Heading {level}")
        if block.anchor:
            self.bookmark_id += 1
            add_bookmark(paragraph, block.anchor, self.bookmark_id)

    def contents(self, block: TableOfContents) -> None:
        self.paragraph(block.title, "TOC Heading")
        entries = [(e.level, xml_safe(e.text), e.anchor) for e in block.entries]
        add_toc(self.add_paragraph, entries, levels=3, run_properties=self.rpr)

    def caption(self, label: str, number: int, text: str) -> WordParagraph:
        """"Figure 1: …" with a SEQ field (it carries its number, so nothing needs updating); in Chinese
        "图1　…", the number as literal text as Chinese documents write it (WPS does not update fields)."""
        paragraph = self.add_paragraph("Caption")
        language = self.model.language
        if language == "zh" or self.model.layout != "standard":
            self.run(paragraph, word("caption", language, label=word(label.lower(), language), number=number,
                                     text=text), "Caption")
            return paragraph
        self.run(paragraph, f"{label} ", "Caption")
        append_field(paragraph, f"SEQ {label} \\* ARABIC", str(number), self.rpr("Caption"))
        self.run(paragraph, f": {text}", "Caption")
        return paragraph

    def table(self, block: Table) -> None:
        caption = self.caption("Table", block.number, block.caption)
        caption.paragraph_format.keep_with_next = True
        caption.paragraph_format.space_before = Pt(12)   # tables can follow each other (appendix)
        notes = {cell: self.footnotes.add(text) for cell, text in sorted(block.cell_notes.items())}
        tbl = build_table(block, self.text_width_cm, self.style_id(self.table_style), self.style_id("Brief Table"),
                          self.rpr_xml(), notes, self.keep_box_together, self.table_pt)
        self.doc.element.body.sectPr.addprevious(tbl)
        if block.note:
            self.paragraph(block.note, "Brief Note").paragraph_format.space_before = Pt(4)
        if block.source:
            self.paragraph(block.source, "Brief Source").paragraph_format.space_before = Pt(3)

    def figure(self, block: Figure) -> None:
        paragraph = self.add_paragraph("Normal")
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.keep_with_next = True
        # Single spacing and no indent: an exact line height (the official layouts' grid) would clip the picture.
        paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        paragraph.paragraph_format.first_line_indent = Pt(0)
        width = Cm(min(block.width_cm, self.text_width_cm))
        paragraph.add_run().add_picture(io.BytesIO(block.image_png), width=width)
        drawing = paragraph._p.find(f".//{qn('wp:docPr')}")
        if drawing is not None:
            drawing.set("descr", xml_safe(block.caption))   # alternative text for screen readers
        self.caption("Figure", block.number, block.caption)
        if block.source_note:
            self.paragraph(block.source_note, "Brief Source")

    def block(self, block: Block) -> None:
        if isinstance(block, Heading):
            self.heading(block)
        elif isinstance(block, Paragraph):
            self.text_paragraph(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Figure):
            self.figure(block)
        elif isinstance(block, Note):
            self.paragraph(block.text, "Brief Note")
        elif isinstance(block, TableOfContents):
            self.contents(block)
        elif isinstance(block, PageBreak):
            self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise TypeError(f"unknown brief block {type(block).__name__}")

    # -- page furniture and properties -----------------------------------------------------------
    def header_footer(self) -> None:
        section = self.doc.sections[0]
        if self.model.marking:
            header = section.header
            paragraph = header.paragraphs[0] if header.paragraphs and not header.paragraphs[0].text \
                else header.add_paragraph()
            paragraph._p.get_or_add_pPr().style = self.style_id("Header")
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            self.run(paragraph, self.model.marking, "Header", bold=True)
        footer = section.footer
        if self.standard or not any(p.text.strip() for p in footer.paragraphs):
            paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
            paragraph._p.get_or_add_pPr().style = self.style_id("Footer")
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            append_field(paragraph, "PAGE", "1", self.rpr("Footer"))

    def update_fields_on_open(self) -> None:
        """Ask Word to rebuild the contents (page numbers) when the brief is first opened."""
        settings = self.doc.settings.element
        if settings.find(qn("w:updateFields")) is not None:
            return
        flag = OxmlElement("w:updateFields")
        flag.set(qn("w:val"), "true")
        insert_setting(settings, flag, "w:updateFields")

    def closing(self) -> None:
        """What follows the body before the sources and annexes (an official layout's signature and date)."""

    def colophon(self) -> None:
        """What ends the document (an official layout's 版记 or 报尾)."""

    def build(self, update_fields: bool) -> bytes:
        self.title_block()
        blocks = self.model.blocks
        body_end = next((i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.role in AFTER_BODY),
                        len(blocks))
        for block in blocks[:body_end]:
            self.block(block)
        self.closing()
        for block in blocks[body_end:]:
            self.block(block)
        self.colophon()
        self.header_footer()
        self.footnotes.finish()
        set_properties(self.doc, self.model)
        if update_fields:
            self.update_fields_on_open()
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


def render_docx(document: Document, template: Union[str, Path, None] = None, fonts: Optional[FontSet] = None,
                update_fields_on_open: bool = True) -> bytes:
    """The brief as .docx bytes (for writing, or for a test to inspect); an official layout's document is
    written on that layout."""
    if template is None and document.layout != "standard":
        template = document.layout
    base = prepared_base(template, fonts, document.paper, document.official.get("font_profile", "official"))
    return render_prepared(document, base, update_fields_on_open)


def render_prepared(document: Document, base: PreparedBase, update_fields_on_open: bool = True) -> bytes:
    """The brief as .docx bytes on a base already prepared (and its template checked) by ``prepared_base``.
    An official layout asks no field update of Word (WPS ignores the request): every field has its result."""
    if base.layout != "standard":
        from ftz_desktop.brief.docx.official_writer import OfficialWriter

        return OfficialWriter(document, base).build(update_fields=False)
    return Writer(document, base).build(update_fields_on_open)


def write_docx(document: Document, path: Union[str, Path], template: Union[str, Path, None] = None,
               fonts: Optional[FontSet] = None, update_fields_on_open: bool = True) -> Path:
    """Build the brief and replace ``path`` with it atomically."""
    return atomic_write_bytes(path, render_docx(document, template, fonts, update_fields_on_open))

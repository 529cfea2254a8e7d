"""The brief as one self-contained HTML page, for the composer's live preview.

Rendered from the same document model as the Word file, so the preview shows the same numbers,
captions and order. Images are inlined as data: URIs; every text is escaped. The page carries
``PAGE_CSS`` unless the caller passes a style sheet its renderer handles better (the preview
passes one in Qt's rich-text subset of CSS).
"""
from __future__ import annotations

import base64
from html import escape

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

PAGE_CSS = """
body { font-family: Calibri, "Microsoft YaHei", "SimSun", "WenQuanYi Micro Hei", sans-serif; font-size: 10.5pt;
       color: #1a1a1a; max-width: 46em; margin: 1.5em auto; line-height: 1.4; }
.marking { text-align: right; font-weight: bold; font-size: 9pt; }
h1.title { color: #1f3864; font-size: 24pt; margin-bottom: 0.1em; }
p.subtitle { color: #595959; font-size: 14pt; margin-top: 0; }
p.meta { color: #595959; margin: 0.1em 0; }
h1, h2, h3 { color: #1f3864; }
h1 { font-size: 16pt; } h2 { font-size: 13pt; } h3 { font-size: 11.5pt; }
nav.toc p { margin: 0.15em 0; } nav.toc .l2 { margin-left: 1.5em; } nav.toc .l3 { margin-left: 3em; }
table { border-collapse: collapse; margin: 0.3em auto; font-size: 9pt; width: 100%; }
th, td { border: 1px solid #4f81bd; padding: 2px 6px; vertical-align: top; }
th { background: #4f81bd; color: white; text-align: left; }
td.num { text-align: right; }
table.box td { background: #eef2f7; }
sup { font-size: 7pt; }
.footnotes p { font-size: 8.5pt; color: #333; margin: 0.1em 0; }
.caption { font-weight: bold; font-size: 9.5pt; margin-bottom: 0.2em; }
.source, p.small { color: #595959; font-size: 8.5pt; }
.note { color: #595959; font-style: italic; font-size: 9pt; }
figure { margin: 1em 0; text-align: center; } figure img { max-width: 100%; }
figcaption { text-align: left; }
hr.page { border: none; border-top: 1px dashed #bbb; margin: 2em 0; }
"""


def _text(text: str) -> str:
    """Escaped, XML-safe, with line breaks kept."""
    return escape(xml_safe(text)).replace("\n", "<br>")


class _Notes:
    """Footnotes numbered in reading order, as Word numbers them; listed at the end of the page."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def mark(self, text: str) -> str:
        self.texts.append(text)
        number = len(self.texts)
        return f'<sup><a href="#fn{number}">{number}</a></sup>'


def _caption(label: str, number: int, text: str, language: str) -> str:
    return _text(word("caption", language, label=word(label, language), number=number, text=text))


def _paragraph(block: Paragraph, notes: _Notes) -> str:
    parts = []
    for span in block.parts():
        parts.append(_text(span.text))
        if span.cite:
            parts.append(f"<sup>[{escape(span.cite)}]</sup>")
        if span.footnote:
            parts.append(notes.mark(span.footnote))
    return f'<p class="{escape(block.style)}">{"".join(parts)}</p>'


def _table(block: Table, notes: _Notes, language: str) -> str:
    head = "".join(f"<th>{_text(c)}</th>" for c in block.columns)
    body = []
    for row_index, row in enumerate(block.rows):
        cells = []
        for i, v in enumerate(row):
            note = block.cell_notes.get((row_index, i))
            mark = notes.mark(note) if note else ""
            cells.append(f'<td{" class=num" if i in block.numeric_columns else ""}>{_text(str(v))}{mark}</td>')
        body.append(f"<tr>{''.join(cells)}</tr>")
    box = ' class="box"' if block.box else ""
    parts = [f'<p class="caption">{_caption("table", block.number, block.caption, language)}</p>',
             f"<table{box}><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"]
    if block.note:
        parts.append(f'<p class="note">{_text(block.note)}</p>')
    if block.source:
        parts.append(f'<p class="source">{_text(block.source)}</p>')
    return "\n".join(parts)


def _figure(block: Figure, language: str) -> str:
    data = base64.b64encode(block.image_png).decode("ascii")
    source = f'<p class="source">{_text(block.source_note)}</p>' if block.source_note else ""
    return (f'<figure><img src="data:image/png;base64,{data}" alt="{escape(xml_safe(block.caption))}" '
            f'style="width:{block.width_cm:.1f}cm">'
            f'<figcaption><p class="caption">{_caption("figure", block.number, block.caption, language)}</p>{source}'
            "</figcaption></figure>")


def _block(block: Block, notes: _Notes, language: str) -> str:
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 3)
        return f'<h{level} id="{escape(block.anchor)}">{_text(block.display)}</h{level}>'
    if isinstance(block, Paragraph):
        return _paragraph(block, notes)
    if isinstance(block, Table):
        return _table(block, notes, language)
    if isinstance(block, Figure):
        return _figure(block, language)
    if isinstance(block, Note):
        return f'<p class="note">{_text(block.text)}</p>'
    if isinstance(block, TableOfContents):
        entries = "".join(f'<p class="l{min(e.level, 3)}"><a href="#{escape(e.anchor)}">{_text(e.text)}</a></p>'
                          for e in block.entries)
        return f'<nav class="toc"><h2>{_text(block.title)}</h2>{entries}</nav>'
    if isinstance(block, PageBreak):
        return '<hr class="page">'
    raise TypeError(f"unknown brief block {type(block).__name__}")


_RED = "#e00000"


def _centred(text: str, style: str = "") -> str:
    return f'<p style="text-align:center;{style}">{_text(text)}</p>'


def _official_head(d: Document) -> list[str]:
    """The masthead of a 公文 or a 简报 as the Word file prints it (inline styles: the preview's renderer
    reads them whatever style sheet the page has)."""
    o = d.official
    lines: list[str] = []
    if d.layout == "jianbao":
        left, right = o.get("classification") or d.marking, f"编号：{o['serial']}" if o.get("serial") else ""
        if left or right:
            lines.append(f'<table width="100%"><tr><td>{_text(left)}</td>'
                         f'<td style="text-align:right">{_text(right)}</td></tr></table>')
        lines.append(_centred(o.get("bulletin") or d.title, f"color:{_RED};font-size:26pt;font-weight:bold"))
        if o.get("issue"):
            lines.append(_centred(f"第{int(o['issue'])}期"))
        lines.append(f'<table width="100%" style="border-bottom:3px solid {_RED}"><tr>'
                     f'<td>{_text(o.get("compiler") or d.organisation)}</td>'
                     f'<td style="text-align:right">{_text(d.date)}</td></tr></table>')
    else:
        copy = o.get("copy_number", "")
        lines += [f"<p>{_text(t)}</p>" for t in (copy.zfill(6) if copy else "", o.get("classification") or d.marking,
                                                o.get("urgency", "")) if t]
        if o.get("issuer"):
            lines.append(_centred(o["issuer"], f"color:{_RED};font-size:30pt;font-weight:bold"))
        if o.get("doc_number"):
            lines.append(_centred(o["doc_number"]))
        if o.get("issuer") or o.get("doc_number"):
            lines.append(f'<hr style="color:{_RED};background-color:{_RED};height:2px;border:none">')
    lines.append(_centred(d.title, "font-size:18pt"))
    if d.subtitle:
        lines.append(_centred(d.subtitle))
    return lines


def to_html(document: Document, stylesheet: str = PAGE_CSS) -> str:
    """The brief as one HTML page whose <style> element holds ``stylesheet``."""
    d = document
    if d.layout != "standard":
        head = _official_head(d)
    else:
        head = [f'<div class="marking">{_text(d.marking)}</div>' if d.marking else "",
                f'<h1 class="title">{_text(d.title)}</h1>',
                f'<p class="subtitle">{_text(d.subtitle)}</p>' if d.subtitle else ""]
        head += [f'<p class="meta">{_text(line)}</p>' for line in (d.organisation, d.author, d.date) if line]
    notes = _Notes()
    blocks = [_block(b, notes, d.language) for b in d.blocks]
    if notes.texts:
        listed = "".join(f'<p id="fn{n}">{n}. {_text(t)}</p>' for n, t in enumerate(notes.texts, start=1))
        blocks.append(f'<div class="footnotes"><h2>{_text(word("notes", d.language))}</h2>{listed}</div>')
    body = "\n".join([h for h in head if h] + blocks)
    return (f'<!DOCTYPE html>\n<html lang="{escape(d.language)}"><head><meta charset="utf-8">'
            f"<title>{_text(d.title)}</title><style>{stylesheet}</style></head>\n<body>\n{body}\n</body></html>\n")

"""Word tables built as WordprocessingML directly.

python-docx's table API looks styles up by scanning every style for each cell (milliseconds per cell),
which made the appendix of a full brief take seconds; building the w:tbl element here takes
milliseconds and gives the same markup Word writes: a table style, a repeating header row, fixed
column widths that follow the content.
"""
from __future__ import annotations

import re
from typing import Optional
from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.oxml.xmlchemy import BaseOxmlElement

from ftz_desktop.brief.docx.footnotes import reference_xml
from ftz_desktop.brief.model import Table
from ftz_desktop.brief.textclean import xml_safe

TWIPS_PER_CM = 566.93
CHAR_CM = 0.21            # a 9 pt Latin character, bold, in a wide fallback face (DejaVu Sans where Calibri is missing)
CELL_PADDING_CM = 0.45    # Word's default left + right cell margins, and a little air
MAX_WORD_CHARS = 18       # a longer word may wrap rather than widen its column
HEADER_WIDTH = 1.2        # a bold header character against a body one
WIDE = 2.0                # a Chinese character (or full-width punctuation) against a Latin one
SHORT_CELL = 12           # a cell this short (in Latin characters) stays on one line: "2023年", "8346.4亿元"
TABLE_PT = 9              # the size CHAR_CM is measured at


def _width(text: str) -> float:
    """Width in Latin characters: a Chinese character counts two."""
    return sum(WIDE if ord(ch) >= 0x2E80 else 1.0 for ch in text)


def _unbreakable(text: str) -> float:
    """The widest part of ``text`` that a line cannot break: a short cell whole, else its longest word
    (Chinese text breaks between any two characters)."""
    if _width(text) <= SHORT_CELL:
        return _width(text)
    words = [w for part in text.split() for w in re.split(r"[\u2e80-\uffff]", part)]
    return max([_width(w) for w in words] + [WIDE])


def column_widths_cm(block: Table, text_width_cm: float, font_pt: float = TABLE_PT) -> list[float]:
    """Each column at least as wide as its longest unbreakable text; the rest of the width shared by how
    much text each column holds (capped so one long column cannot starve the others)."""
    char_cm = CHAR_CM * font_pt / TABLE_PT
    minimum, wanted = [], []
    for index, name in enumerate(block.columns):
        cells = [name] + [str(r[index]) for r in block.rows if index < len(r)]
        # The header is bold: it counts a little wider, so "Change" never breaks as "Chang|e".
        longest = max([_unbreakable(c) for c in cells[1:]] + [_unbreakable(name) * HEADER_WIDTH, 1.0])
        minimum.append(min(longest, MAX_WORD_CHARS) * char_cm + CELL_PADDING_CM)
        wanted.append(min(max(_width(c) for c in cells), 48) * char_cm + CELL_PADDING_CM)
    floor = sum(minimum)
    if floor >= text_width_cm:
        return [text_width_cm * m / floor for m in minimum]
    extra = [max(w - m, 0.0) for w, m in zip(wanted, minimum, strict=True)]
    spare = text_width_cm - floor
    total_extra = sum(extra)
    if total_extra <= spare:
        # Everything fits on one line: widen proportionally so the table spans the text width.
        return [w * text_width_cm / sum(wanted) for w in wanted]
    return [m + spare * e / total_extra for m, e in zip(minimum, extra, strict=True)]


def _attr(text: str) -> str:
    return escape(text, {'"': "&quot;"})


def _runs(text: str, rpr_xml: str, bold: bool) -> str:
    props = rpr_xml.replace("</w:rPr>", "<w:b/></w:rPr>") if bold else rpr_xml
    lines = xml_safe(text).split("\n")
    return "".join(f'<w:r>{props}{"<w:br/>" if index else ""}<w:t xml:space="preserve">{escape(line)}</w:t></w:r>'
                   for index, line in enumerate(lines))


BOX_FILL = "EEF2F7"        # the key-figures box: a pale ground, as policy briefs set their boxes


def _cell(text: str, width_twips: int, style_id: str, right: bool, rpr_xml: str, bold: bool,
          footnote: int = 0, fill: str = "", keep_next: bool = False) -> str:
    jc = '<w:jc w:val="right"/>' if right else ""
    keep = "<w:keepNext/>" if keep_next else ""
    shading = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    mark = reference_xml(rpr_xml, footnote) if footnote else ""
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width_twips}" w:type="dxa"/>{shading}</w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="{_attr(style_id)}"/>{keep}{jc}</w:pPr>{_runs(text, rpr_xml, bold)}{mark}'
            '</w:p></w:tc>')


def build_table(block: Table, text_width_cm: float, table_style_id: str, cell_style_id: str,
                rpr_xml: str, footnotes: Optional[dict[tuple[int, int], int]] = None,
                keep_box_together: bool = True, font_pt: float = TABLE_PT) -> BaseOxmlElement:
    """The w:tbl for ``block``: header row first (repeated on each page), no row split across a page,
    numeric columns right-aligned; the key-figures box shaded and (``keep_box_together``) kept on one page.

    ``rpr_xml`` is the run properties every cell's text gets (a w:rPr without namespace declarations);
    ``footnotes`` maps a body cell (row, column) to the id of the footnote marked in it.
    Built as one string and parsed once: thousands of cells cost milliseconds this way.
    """
    footnotes = footnotes or {}
    fill = BOX_FILL if block.box else ""
    last_row = len(block.rows)
    widths = [round(w * TWIPS_PER_CM) for w in column_widths_cm(block, text_width_cm, font_pt)]
    parts = [f"<w:tbl {nsdecls('w')}><w:tblPr><w:tblStyle w:val=\"{_attr(table_style_id)}\"/>",
             f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/>',
             '<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
             'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>',
             "".join(f'<w:gridCol w:w="{w}"/>' for w in widths), "</w:tblGrid>"]
    for row_index, values in enumerate([block.columns] + block.rows):
        parts.append("<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" if row_index == 0 else
                     "<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        for col_index, width in enumerate(widths):
            text = str(values[col_index]) if col_index < len(values) else ""
            right = row_index > 0 and col_index in block.numeric_columns
            note = footnotes.get((row_index - 1, col_index), 0) if row_index else 0
            keep = block.box and keep_box_together and row_index < last_row
            parts.append(_cell(text, width, cell_style_id, right, rpr_xml, bold=row_index == 0, footnote=note,
                               fill=fill if row_index else "", keep_next=keep))
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return parse_xml("".join(parts))

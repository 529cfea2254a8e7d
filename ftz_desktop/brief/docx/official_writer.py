"""The brief in a Chinese official layout: 公文式 (GB/T 9704-2012) or 简报式 (the briefing bulletin).

公文式: 份号, 密级和保密期限 and 紧急程度 flush left at the top; the red 发文机关标志 35 mm below the top of the
type area; the 发文字号 two lines below it with the red separating line 4 mm under it; the title two
lines below; the body; the 发文机关署名 and the 成文日期 (four characters in from the right); the 版记
(抄送, 印发机关 and 印发日期 between their rules) on the bottom edge of the last page.

简报式: 密级 top left and 编号 top right; the bulletin's name in large red type; 第N期; the compiling unit
on the left and the date on the right above a thick red rule; the title; the body; the 报/送/发 block
between rules on the bottom edge of the last page.

Page numbers "— 1 —" in 4号宋体, odd pages on the right and even pages on the left, one character in.
Every part is optional: an empty setting leaves it out.
"""
from __future__ import annotations

from typing import Optional

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph as WordParagraph

from ftz_desktop.brief.docx.fields import append_field
from ftz_desktop.brief.docx.official_styles import (
    BODY_PT,
    LINE_TWIPS,
    MASTHEAD,
    PAGE_NUMBER_PT,
    PLAIN,
    RED,
    TYPE_AREA_MM,
    faces,
    run_size,
)
from ftz_desktop.brief.docx.writer import Writer
from ftz_desktop.brief.layouts import LATIN
from ftz_desktop.brief.words import display_date

LINE_PT = LINE_TWIPS / 20
MASTHEAD_TOP_MM = 35          # 发文机关标志: its top edge this far below the top of the type area
MASTHEAD_MAX_PT = 48
TEXT_WIDTH_PT = TYPE_AREA_MM[0] / 25.4 * 72
TWIPS_PER_MM = 1440 / 25.4
COLOPHON_INSET_TWIPS = 440    # the 版记 table: about 95% of the type area wide


def _width(text: str) -> float:
    """Width in characters of the body size: a Chinese character 1, a digit or Latin letter about a half."""
    return sum(0.5 if ord(ch) < 0x2E80 else 1.0 for ch in text)


def _border(side: str, size_eighths: int, colour: str, space_pt: int = 0) -> str:
    return f'<w:{side} w:val="single" w:sz="{size_eighths}" w:space="{space_pt}" w:color="{colour}"/>'


class OfficialWriter(Writer):
    def __init__(self, document, base) -> None:   # type: ignore[no-untyped-def]
        super().__init__(document, base)
        self.layout = base.layout
        self.settings = document.official
        self.faces_by_style = faces(base.font_profile)
        # A twip or two inside the type area: LibreOffice keeps a floating table wider than it in the text flow.
        self.text_width_twips = int(TYPE_AREA_MM[0] * TWIPS_PER_MM) - 2
        # Below a masthead in 3号 type a box kept whole can leave the first page empty: let it run on.
        self.keep_box_together = False
        self.table_pt = 12

    def setting(self, name: str) -> str:
        return (self.settings.get(name) or "").strip()

    def faces(self, style: str) -> tuple[Optional[str], str]:
        return LATIN, self.faces_by_style.get(style, self.faces_by_style["Normal"])

    # -- helpers ---------------------------------------------------------------------------------
    def line(self, text: str, style: str = PLAIN, before_lines: float = 0, size: Optional[float] = None,
             colour: str = "", face_style: str = "") -> WordParagraph:
        paragraph = self.add_paragraph(style)
        if before_lines:
            paragraph.paragraph_format.space_before = Pt(before_lines * LINE_PT)
        if text:
            run = self.run(paragraph, text, face_style or style)
            if size:
                run_size(run._r.get_or_add_rPr(), size)
            if colour:
                run.font.color.rgb = None
                colour_element = OxmlElement("w:color")
                colour_element.set(qn("w:val"), colour)
                run._r.get_or_add_rPr().append(colour_element)
        return paragraph

    def left_and_right(self, left: str, right: str, style: str = PLAIN) -> WordParagraph:
        """One line with text flush left and flush right (a right tab at the edge of the type area)."""
        paragraph = self.add_paragraph(style)
        paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(TYPE_AREA_MM[0]), WD_TAB_ALIGNMENT.RIGHT)
        self.run(paragraph, f"{left}\t{right}", style)
        return paragraph

    def rule_below(self, paragraph: WordParagraph, size_eighths: int, colour: str, space_pt: int) -> None:
        ppr = paragraph._p.get_or_add_pPr()
        borders = parse_xml(f'<w:pBdr {nsdecls("w")}>{_border("bottom", size_eighths, colour, space_pt)}</w:pBdr>')
        # w:pBdr comes after w:pStyle, w:keepNext … and before w:spacing in a w:pPr.
        spacing = ppr.find(qn("w:spacing"))
        if spacing is not None:
            spacing.addprevious(borders)
        else:
            ppr.append(borders)

    def masthead_size(self, text: str) -> float:
        return max(BODY_PT, min(MASTHEAD_MAX_PT, int(TEXT_WIDTH_PT / max(_width(text), 1) - 2)))

    def masthead(self, text: str, before_pt: float = 0) -> WordParagraph:
        size = self.masthead_size(text)
        paragraph = self.line(text, MASTHEAD, size=size, colour=RED)
        paragraph.paragraph_format.space_before = Pt(before_pt)
        paragraph.paragraph_format.line_spacing = Pt(size * 1.25)
        return paragraph

    # -- the first page --------------------------------------------------------------------------
    def title_block(self) -> None:
        if self.layout == "jianbao":
            self.bulletin_masthead()
        else:
            self.document_masthead()
        m = self.model
        title = self.paragraph(m.title, "Title")
        title.paragraph_format.space_before = Pt(2 * LINE_PT)
        if m.subtitle:
            self.paragraph(m.subtitle, "Subtitle")
        self.add_paragraph("Normal")      # one empty line below the title

    def document_masthead(self) -> None:
        top = [self.setting("copy_number").zfill(6) if self.setting("copy_number") else "",
               self.setting("classification") or self.model.marking, self.setting("urgency")]
        lines = 0
        for index, text in enumerate(top):
            if text:
                self.line(text, PLAIN, face_style="Heading 1" if index else PLAIN)
                lines += 1
        issuer, number = self.setting("issuer"), self.setting("doc_number")
        last: Optional[WordParagraph] = None
        if issuer:
            before = max(0.0, MASTHEAD_TOP_MM / 25.4 * 72 - lines * LINE_PT)
            last = self.masthead(issuer, before)
        if number:
            last = self.line(number, PLAIN, before_lines=2 if issuer else 0)
            last.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if last is not None:
            self.rule_below(last, 12, RED, 11)   # 红色分隔线 about 4 mm below

    def bulletin_masthead(self) -> None:
        classification = self.setting("classification") or self.model.marking
        serial = self.setting("serial")
        if classification or serial:
            self.left_and_right(classification, f"编号：{serial}" if serial else "")
        self.masthead(self.setting("bulletin") or self.model.title, LINE_PT)
        issue = self.setting("issue")
        if issue:
            paragraph = self.line(f"第{int(issue)}期", PLAIN, face_style="Heading 2")
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        compiler = self.setting("compiler") or self.model.organisation
        self.rule_below(self.left_and_right(compiler, self.model.date), 24, RED, 4)

    # -- after the body --------------------------------------------------------------------------
    def closing(self) -> None:
        if self.layout != "gbt9704":
            return
        signature = self.setting("signature") or self.model.organisation
        date = self.model.date
        if not (signature or date):
            return
        self.add_paragraph("Normal")      # one empty line below the body
        date_indent = 4 * BODY_PT * 20    # 成文日期 four characters in from the right
        if signature:
            # 发文机关署名 centred over the date.
            offset = (_width(date) - _width(signature)) / 2 * BODY_PT * 20 if date else 0
            paragraph = self.line(signature, "Brief Meta")
            paragraph.paragraph_format.right_indent = Pt(max(0, (date_indent + offset) / 20))
        if date:
            paragraph = self.line(date, "Brief Meta")
            paragraph.paragraph_format.right_indent = Pt(date_indent / 20)

    def colophon(self) -> None:
        rows = self.colophon_rows()
        if not rows:
            return
        # A table placed on the bottom of the type area (each row one exact line, so its height and its offset
        # from the top of the type area are known): its last rule sits on the edge of the last page. Measured:
        # LibreOffice keeps a floating table of nearly the full width in the text flow, so it is a little
        # narrower than the type area, centred.
        width = self.text_width_twips - COLOPHON_INSET_TWIPS
        top = round(TYPE_AREA_MM[1] * TWIPS_PER_MM) - len(rows) * LINE_TWIPS
        parts = [f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblpPr w:leftFromText="0" w:rightFromText="0" '
                 f'w:vertAnchor="margin" w:horzAnchor="margin" w:tblpXSpec="center" w:tblpY="{top}"/>',
                 f'<w:tblW w:w="{width}" w:type="dxa"/><w:tblLayout w:type="fixed"/>',
                 '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>',
                 f'</w:tblPr><w:tblGrid><w:gridCol w:w="{width}"/></w:tblGrid>']
        rpr = self.rpr_xml().replace("</w:rPr>", f'<w:sz w:val="{PAGE_NUMBER_PT * 2}"/></w:rPr>')
        one_character = PAGE_NUMBER_PT * 20
        for index, (left, right) in enumerate(rows):
            top_rule = _border("top", 8 if index == 0 else 6, "000000")
            bottom_rule = _border("bottom", 8 if index == len(rows) - 1 else 6, "000000")
            tab = f'<w:tabs><w:tab w:val="right" w:pos="{width - 2 * one_character}"/></w:tabs>' if right else ""
            text = _escape(left) + (f"</w:t><w:tab/><w:t>{_escape(right)}" if right else "")
            parts.append(
                f'<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>'
                f'<w:tcBorders>{top_rule}<w:left w:val="nil"/>{bottom_rule}<w:right w:val="nil"/></w:tcBorders>'
                f'</w:tcPr><w:p><w:pPr><w:pStyle w:val="{self.style_id(PLAIN)}"/>{tab}'
                f'<w:spacing w:before="0" w:after="0" w:line="{LINE_TWIPS}" w:lineRule="exact"/>'
                f'<w:ind w:left="{one_character}" w:right="{one_character}" w:firstLine="0"/></w:pPr>'
                f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:tc></w:tr>')
        parts.append("</w:tbl>")
        self.doc.element.body.sectPr.addprevious(parse_xml("".join(parts)))
        self.add_paragraph("Normal")      # Word wants a paragraph after a table

    def colophon_rows(self) -> list[tuple[str, str]]:
        if self.layout == "jianbao":
            rows = [(f"{label}：{self.setting(name)}", "") for label, name in
                    (("报", "report_to"), ("送", "send_to"), ("发", "issue_to")) if self.setting(name)]
            if self.setting("copies"):
                rows.append(("", f"（共印{int(self.setting('copies'))}份）"))
            return rows
        rows = []
        if self.setting("cc"):
            rows.append((f"抄送：{self.setting('cc').rstrip('。')}。", ""))
        printed_by, printed_on = self.setting("printed_by"), self.setting("print_date")
        if printed_by or printed_on:
            rows.append((printed_by, f"{display_date(printed_on, 'zh')}印发" if printed_on else ""))
        return rows

    # -- page numbers ----------------------------------------------------------------------------
    def header_footer(self) -> None:
        section = self.doc.sections[0]
        for footer, odd in ((section.footer, True), (section.even_page_footer, False)):
            paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
            paragraph._p.get_or_add_pPr().style = self.style_id("Footer")
            # Odd pages on the right, even pages on the left …
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT if odd else WD_ALIGN_PARAGRAPH.LEFT
            one_character = Pt(PAGE_NUMBER_PT)           # … one character in from the edge
            if odd:
                paragraph.paragraph_format.right_indent = one_character
            else:
                paragraph.paragraph_format.left_indent = one_character
            self.run(paragraph, "— ", "Footer")
            append_field(paragraph, "PAGE", "1", self.rpr("Footer"))
            self.run(paragraph, " —", "Footer")


def _escape(text: str) -> str:
    from xml.sax.saxutils import escape

    from ftz_desktop.brief.textclean import xml_safe

    return escape(xml_safe(text))

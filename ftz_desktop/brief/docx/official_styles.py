"""Page and styles of the Chinese official layouts (GB/T 9704-2012; the 简报 in the same typography).

A4 with the standard's type area (156 × 225 mm: margins top 37, bottom 35, left 28, right 26 mm); every
element 3号 (16 pt) on an exact 28.95 pt line with the characters condensed by 0.25 pt, which gives 22
lines of 28 characters (measured in LibreOffice; a docGrid instead gives 19 lines there). Body and
headings start two characters in. Widow control is off so every body page holds its 22 lines.
"""
from __future__ import annotations

from typing import Optional

from docx.document import Document as WordDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm

from ftz_desktop.brief.docx.fonts import set_rfonts
from ftz_desktop.brief.layouts import LATIN, element_fonts

MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
TYPE_AREA_MM = (156, 225)
FOOTER_MM = 23            # the page number's line sits 7 mm below the type area
LINE_TWIPS = 579          # 28.95 pt exact
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
CONDENSE = -5             # twentieths of a point: 0.25 pt tighter, so 28 characters fit the 156 mm line
BODY_PT = 16              # 3号
TITLE_PT = 22             # 2号
PAGE_NUMBER_PT = 14       # 4号
INDENT_TWIPS = 2 * BODY_PT * 20   # two characters
RED = "FF0000"

# style -> (element whose face it takes, size pt, alignment, first-line indent, exact line twips, bold)
_STYLES: dict[str, tuple[str, float, str, bool, int, bool]] = {
    "Normal": ("body", BODY_PT, "both", True, LINE_TWIPS, False),
    "Title": ("title", TITLE_PT, "center", False, LINE_TWIPS, False),
    "Subtitle": ("heading2", BODY_PT, "center", False, LINE_TWIPS, False),
    "Heading 1": ("heading1", BODY_PT, "both", True, LINE_TWIPS, False),
    "Heading 2": ("heading2", BODY_PT, "both", True, LINE_TWIPS, False),
    "Heading 3": ("body", BODY_PT, "both", True, LINE_TWIPS, False),
    "Caption": ("heading1", 14, "center", False, LINE_TWIPS, False),
    "Brief Meta": ("body", BODY_PT, "right", False, LINE_TWIPS, False),
    "Brief Lead": ("heading2", BODY_PT, "both", True, LINE_TWIPS, False),
    "Brief Note": ("body", 14, "left", False, LINE_TWIPS, False),
    "Brief Source": ("body", 12, "left", False, 360, False),
    "Brief Table": ("body", 12, "left", False, 360, False),
    "footnote text": ("body", 12, "left", False, 300, False),
    "Header": ("body", PAGE_NUMBER_PT, "left", False, 0, False),
    "Footer": ("page_number", PAGE_NUMBER_PT, "left", False, 0, False),
}
PLAIN = "Brief Plain"          # 份号, 密级, 发文字号 … : body type, no indent
MASTHEAD = "Brief Masthead"    # 发文机关标志 and the bulletin's name: red, in the title face


def faces(profile: str) -> dict[str, str]:
    """East Asian face of each style of the layout in ``profile``."""
    elements = element_fonts(profile)
    table = {name: elements[spec[0]] for name, spec in _STYLES.items()}
    table[PLAIN] = elements["body"]
    table[MASTHEAD] = elements["title"]
    return table


def _ppr(alignment: str, indent: bool, line: int, keep_next: bool) -> str:
    spacing = (f'<w:spacing w:before="0" w:after="0" w:line="{line}" w:lineRule="exact"/>' if line
               else '<w:spacing w:before="0" w:after="0"/>')
    return (f'<w:pPr {nsdecls("w")}>{"<w:keepNext/>" if keep_next else ""}<w:widowControl w:val="0"/>{spacing}'
            f'<w:ind w:left="0" w:right="0" w:firstLine="{INDENT_TWIPS if indent else 0}"/>'
            f'<w:jc w:val="{alignment}"/></w:pPr>')


def _rpr(face: str, size: float, bold: bool, colour: str = "000000") -> str:
    half_points = int(round(size * 2))
    weight = "<w:b/><w:bCs/>" if bold else '<w:b w:val="0"/>'
    return (f'<w:rPr {nsdecls("w")}><w:rFonts w:ascii="{LATIN}" w:hAnsi="{LATIN}" w:cs="{LATIN}" '
            f'w:eastAsia="{face}"/>{weight}'
            f'<w:color w:val="{colour}"/><w:spacing w:val="{CONDENSE}"/><w:sz w:val="{half_points}"/>'
            f'<w:szCs w:val="{half_points}"/><w:lang w:eastAsia="zh-CN"/></w:rPr>')


def _restyle(doc: WordDocument, name: str, face: str, size: float, alignment: str, indent: bool, line: int,
             bold: bool, colour: str = "000000") -> None:
    element = doc.styles[name].element
    for tag in ("w:pPr", "w:rPr"):
        old = element.find(qn(tag))
        if old is not None:
            element.remove(old)
    keep_next = name.startswith("Heading") or name in ("Title", "Caption")
    # Schema order inside w:style: ... w:pPr, w:rPr, w:tblPr ...
    successor = next((element.find(qn(t)) for t in ("w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr")
                      if element.find(qn(t)) is not None), None)
    for xml in (_ppr(alignment, indent, line, keep_next), _rpr(face, size, bold, colour)):
        node = parse_xml(xml)
        if successor is not None:
            successor.addprevious(node)
        else:
            element.append(node)


def apply_official_styles(doc: WordDocument, profile: str) -> None:
    """Restyle the brief's styles (already added by ensure_styles) for the official layout."""
    from docx.enum.style import WD_STYLE_TYPE

    table = faces(profile)
    for name, (_, size, alignment, indent, line, bold) in _STYLES.items():
        # 宋体 stands in for 小标宋 in the Windows profile: bold makes it read as a title face.
        title_bold = name == "Title" and profile == "windows"
        _restyle(doc, name, table[name], size, alignment, indent, line, bold or title_bold)
    for name, colour, size in ((PLAIN, "000000", BODY_PT), (MASTHEAD, RED, 36)):
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
        _restyle(doc, name, table[name], size, "center" if name == MASTHEAD else "left", False,
                 0 if name == MASTHEAD else LINE_TWIPS, profile == "windows" and name == MASTHEAD, colour)
    defaults = doc.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if defaults is not None:
        rfonts = defaults.find(qn("w:rFonts"))
        if rfonts is not None:
            set_rfonts(rfonts, LATIN, table["Normal"])


def official_page(doc: WordDocument) -> float:
    """The standard's page: A4, its margins, page numbers 7 mm below the type area, odd and even footers.
    Returns the text width in cm."""
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    section.header_distance, section.footer_distance = Mm(15), Mm(FOOTER_MM)
    doc.settings.odd_and_even_pages_header_footer = True
    return TYPE_AREA_MM[0] / 10


def run_size(element_rpr: Optional[object], size_pt: float) -> None:
    """Set a run's size (w:sz and w:szCs) on its w:rPr."""
    from docx.oxml import OxmlElement

    for tag in ("w:sz", "w:szCs"):
        node = element_rpr.find(qn(tag))   # type: ignore[union-attr]
        if node is None:
            node = OxmlElement(tag)
            element_rpr.append(node)       # type: ignore[union-attr]
        node.set(qn("w:val"), str(int(round(size_pt * 2))))

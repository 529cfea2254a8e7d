"""Word fields (TOC, SEQ, PAGE), bookmarks and internal links, as raw WordprocessingML.

Each field is a complex field (begin / instruction / separate / result / end) whose result is
pre-filled, so the file reads right in any viewer before Word updates the fields.
"""
from __future__ import annotations

from copy import deepcopy
from typing import Callable, Optional

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.text.paragraph import Paragraph

# A loose w:r, w:rPr or w:hyperlink element (python-docx's element class over lxml).
Element = BaseOxmlElement


def _run(text: Optional[str] = None, rpr_source: Optional[Element] = None) -> Element:
    run = OxmlElement("w:r")
    if rpr_source is not None:
        run.append(deepcopy(rpr_source))
    if text is not None:
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        run.append(t)
    return run


def _fld_char(kind: str, rpr: Optional[Element] = None) -> Element:
    run = _run(rpr_source=rpr)
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run.append(char)
    return run


def _instr(text: str, rpr: Optional[Element] = None) -> Element:
    run = _run(rpr_source=rpr)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {text.strip()} "
    run.append(instr)
    return run


def field_runs(instruction: str, result: str, rpr: Optional[Element] = None) -> list[Element]:
    """The five runs of a complex field; ``rpr`` (a w:rPr) formats them like the surrounding text."""
    return [_fld_char("begin", rpr), _instr(instruction, rpr), _fld_char("separate", rpr),
            _run(result, rpr_source=rpr), _fld_char("end", rpr)]


def append_field(paragraph: Paragraph, instruction: str, result: str, rpr: Optional[Element] = None) -> None:
    for run in field_runs(instruction, result, rpr):
        paragraph._p.append(run)


def add_bookmark(paragraph: Paragraph, name: str, bookmark_id: int) -> None:
    """Bookmark the whole paragraph's text (the target of a TOC link or PAGEREF)."""
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(bookmark_id))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(bookmark_id))
    p = paragraph._p
    ppr = p.pPr
    p.insert(0 if ppr is None else p.index(ppr) + 1, start)
    p.append(end)


def add_internal_link(paragraph: Paragraph, anchor: str, text: str, rpr: Optional[Element] = None) -> Element:
    """A link to a bookmark; returns the w:hyperlink so more runs can be added inside it."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    link.append(_run(text, rpr_source=rpr))
    paragraph._p.append(link)
    return link


def _no_run_properties() -> Optional[Element]:
    return None


def add_toc(add_paragraph: Callable[[str], Paragraph], entries: list[tuple[int, str, str]], levels: int = 3,
            run_properties: Callable[[], Optional[Element]] = _no_run_properties) -> None:
    """A TOC field spanning one paragraph per entry; each pre-filled entry links to its heading.

    ``entries`` hold (level, text, anchor). Viewers that do not update fields (LibreOffice, WPS) show
    the linked headings; Word adds page numbers when it updates the field.
    """
    instruction = f'TOC \\o "1-{levels}" \\h \\z \\u'
    if not entries:
        paragraph = add_paragraph("toc 1")
        for run in field_runs(instruction, "Right-click and choose Update Field to build the contents.",
                              run_properties()):
            paragraph._p.append(run)
        return
    for index, (level, text, anchor) in enumerate(entries):
        paragraph = add_paragraph(f"toc {min(max(level, 1), 3)}")
        if index == 0:
            paragraph._p.append(_fld_char("begin", run_properties()))
            paragraph._p.append(_instr(instruction, run_properties()))
            paragraph._p.append(_fld_char("separate", run_properties()))
        # No page number yet: only Word can paginate, and it rebuilds every entry when it updates the field.
        add_internal_link(paragraph, anchor, text, run_properties())
    paragraph._p.append(_fld_char("end", run_properties()))   # the field ends in the last entry's paragraph

"""The Word file a brief starts from: the standard look, or the user's own .docx/.dotx template.

A template's text is dropped (its styles, page setup, headers and footers are kept). Styles the brief
needs but the template lacks are added with the standard look; ``check_template`` names them first
so the user knows which parts will not follow their template.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Callable, Optional, Union

import docx
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_PARAGRAPH_ALIGNMENT, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import ParagraphStyle

from ftz_desktop.core.errors import UserError
from ftz_desktop.core.user_files import UserFileError, read_user_file

MAX_TEMPLATE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
_TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

TABLE_STYLES = ("Light List Accent 1", "Table Grid")   # the first one the template has is used
GREY = RGBColor(0x59, 0x59, 0x59)
NAVY = RGBColor(0x1F, 0x38, 0x64)


class TemplateError(ValueError, UserError):
    """The template cannot be used; the message names the file and the reason."""


StyleFormat = Callable[[ParagraphStyle], None]


def _paragraph(size: float, *, bold: bool = False, italic: bool = False, color: Optional[RGBColor] = None,
               after: float = 6.0, before: float = 0.0, keep_next: bool = False, outline: Optional[int] = None,
               indent_cm: float = 0.0, align: Optional[WD_PARAGRAPH_ALIGNMENT] = None) -> StyleFormat:
    def apply(style: ParagraphStyle) -> None:
        style.font.size = Pt(size)
        style.font.bold = bold or None
        style.font.italic = italic or None
        if color is not None:
            style.font.color.rgb = color
        fmt = style.paragraph_format
        fmt.space_after = Pt(after)
        fmt.space_before = Pt(before)
        if keep_next:
            fmt.keep_with_next = True
        if indent_cm:
            fmt.left_indent = Cm(indent_cm)
        if align is not None:
            fmt.alignment = align
        if outline is not None:
            ppr = style.element.get_or_add_pPr()
            ppr.append(parse_xml(f'<w:outlineLvl {nsdecls("w")} w:val="{outline}"/>'))
    return apply


# name -> (based on, formatting); Word's built-in names where Word has one.
PARAGRAPH_STYLES: dict[str, tuple[str, StyleFormat]] = {
    "Title": ("Normal", _paragraph(24, bold=True, color=NAVY, after=6)),
    "Subtitle": ("Normal", _paragraph(14, color=GREY, after=12)),
    "Heading 1": ("Normal", _paragraph(16, bold=True, color=NAVY, before=18, after=6, keep_next=True, outline=0)),
    "Heading 2": ("Normal", _paragraph(13, bold=True, color=NAVY, before=12, after=4, keep_next=True, outline=1)),
    "Heading 3": ("Normal", _paragraph(11.5, bold=True, color=NAVY, before=10, after=3, keep_next=True,
                                       outline=2)),
    "Caption": ("Normal", _paragraph(9.5, bold=True, after=3)),
    "Header": ("Normal", _paragraph(9, after=0)),
    "Footer": ("Normal", _paragraph(9, after=0)),
    "TOC Heading": ("Heading 1", _paragraph(14, bold=True, before=12, after=6, outline=9)),
    "toc 1": ("Normal", _paragraph(11, after=3)),
    "toc 2": ("Normal", _paragraph(10.5, after=2, indent_cm=0.6)),
    "toc 3": ("Normal", _paragraph(10, after=2, indent_cm=1.2)),
    "Brief Meta": ("Normal", _paragraph(10.5, color=GREY, after=2)),
    "Brief Lead": ("Normal", _paragraph(11, after=8)),
    "Brief Note": ("Normal", _paragraph(9, italic=True, color=GREY, after=6)),
    "Brief Source": ("Normal", _paragraph(8.5, color=GREY, after=12)),
    "Brief Table": ("Normal", _paragraph(9, after=0)),
    "footnote text": ("Normal", _paragraph(8.5, after=0)),
}
# Word's own ids for its built-in TOC styles, so Word recognises them.
STYLE_IDS = {"toc 1": "TOC1", "toc 2": "TOC2", "toc 3": "TOC3", "TOC Heading": "TOCHeading",
             "footnote text": "FootnoteText"}
# A template without them still works: the brief adds its own (footnotes come only with data findings).
OPTIONAL_STYLES = frozenset({"footnote text"})
REQUIRED_STYLES = ("Normal",) + tuple(n for n in PARAGRAPH_STYLES
                                      if not n.startswith("Brief ") and n not in OPTIONAL_STYLES)
DISPLAY_NAMES = {"toc 1": "TOC 1", "toc 2": "TOC 2", "toc 3": "TOC 3"}

_GRID_BORDERS = (f'<w:tblBorders {nsdecls("w")}>' + "".join(
    f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    for side in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>")


def _has_style(doc: WordDocument, name: str) -> bool:
    try:
        doc.styles[name]
        return True
    except KeyError:
        return False


def _open_package(path: Path) -> io.BytesIO:
    """The template's bytes, with a .dotx relabelled as a document so python-docx opens it."""
    suffix = path.suffix.lower()
    if suffix in (".docm", ".dotm"):
        raise TemplateError(f"{path.name}: templates with macros are not used; save it as .docx or .dotx")
    if suffix not in (".docx", ".dotx"):
        raise TemplateError(f"{path.name}: a template must be a Word .docx or .dotx file")
    try:
        data = read_user_file(path, "the template", MAX_TEMPLATE_BYTES)
    except UserFileError as exc:
        raise TemplateError(str(exc)) from None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            # A zip bomb named .dotx must not be inflated: the central directory says how big it would get.
            if sum(info.file_size for info in package.infolist()) > MAX_UNPACKED_BYTES:
                raise TemplateError(f"{path.name}: the template unpacks to more than "
                                    f"{MAX_UNPACKED_BYTES // (1024 * 1024)} MB; it is not used")
            types = package.read("[Content_Types].xml")
            if _TEMPLATE_TYPE.encode() not in types:
                return io.BytesIO(data)
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as converted:
                for info in package.infolist():
                    body = package.read(info.filename)
                    if info.filename == "[Content_Types].xml":
                        body = body.replace(_TEMPLATE_TYPE.encode(), _DOCUMENT_TYPE.encode())
                    converted.writestr(info, body)
            out.seek(0)
            return out
    except (zipfile.BadZipFile, KeyError):
        raise TemplateError(f"{path.name}: not a Word document (the file is damaged or of another kind)") from None


def load_template(template: Union[str, Path, None]) -> WordDocument:
    """A python-docx Document to build on, with an empty body; None or "standard" is the built-in look."""
    if template is None or str(template) == "standard":
        from ftz_desktop.brief.docx.base_template import base_template_path

        return docx.Document(str(base_template_path()))
    path = Path(template)
    stream = _open_package(path)
    try:
        doc = docx.Document(stream)
    except Exception as exc:  # noqa: BLE001 -- python-docx raises many kinds (KeyError, ValueError, lxml's
        # XMLSyntaxError...) for a broken package; for the user each is the same unreadable template
        raise TemplateError(f"{path.name}: Word template could not be read ({type(exc).__name__})") from None
    if not _has_style(doc, "Normal"):
        # Every other style is based on Normal; python-docx (and the brief) cannot do without it.
        raise TemplateError(f"{path.name}: the template has no Normal style, which every other style is based "
                            "on; save it again from Word or WPS, or choose another template")
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return doc


def missing_styles(doc: WordDocument) -> list[str]:
    """Display names of the styles the brief uses that ``doc`` lacks (before ``ensure_styles`` adds them)."""
    missing = [DISPLAY_NAMES.get(n, n) for n in REQUIRED_STYLES if not _has_style(doc, n)]
    if not any(_has_style(doc, n) for n in TABLE_STYLES):
        missing.append(TABLE_STYLES[-1])
    return missing


def check_template(path: Union[str, Path]) -> list[str]:
    """Names of the styles the brief uses that the template lacks (they get the standard look).

    Raises TemplateError when the file cannot be used at all.
    """
    return missing_styles(load_template(Path(path)))


def _add_paragraph_style(doc: WordDocument, name: str) -> None:
    base, formatting = PARAGRAPH_STYLES[name]
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH, builtin=not name.startswith("Brief "))
    style.element.styleId = STYLE_IDS.get(name, style.element.styleId)
    style.base_style = doc.styles[base] if _has_style(doc, base) else doc.styles["Normal"]
    style.quick_style = name in ("Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "Caption")
    if name.startswith("Heading") or name == "Title":
        style.next_paragraph_style = doc.styles["Normal"]
    formatting(style)


def ensure_styles(doc: WordDocument, text_width_cm: float, standard: bool) -> str:
    """Add the styles the brief needs; returns the table style's name.

    With the standard look every paragraph style is rebuilt from PARAGRAPH_STYLES (the python-docx
    defaults carry theme colours and fonts); a user template keeps the styles it has.
    """
    for name in PARAGRAPH_STYLES:
        if _has_style(doc, name):
            if not standard:
                continue
            doc.styles[name].delete()
        _add_paragraph_style(doc, name)
    for level in (1, 2, 3):
        tabs = doc.styles[f"toc {level}"].paragraph_format.tab_stops
        if not any(t.leader == WD_TAB_LEADER.DOTS for t in tabs):
            tabs.add_tab_stop(Cm(text_width_cm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    for name in TABLE_STYLES:
        if _has_style(doc, name):
            return name
    style = doc.styles.add_style(TABLE_STYLES[-1], WD_STYLE_TYPE.TABLE)
    style.element.get_or_add_tblPr().append(parse_xml(_GRID_BORDERS))
    return style.name

"""The styled, empty Word document every brief starts from, prepared once per template, fonts and paper.

Restyling a template (page setup, the brief's styles, East Asian fonts) takes longer than writing a
brief's text; a re-export reuses the prepared bytes. A user template is keyed by its modification
time and size too, so editing the template takes effect on the next export.

Preparing is also where an export checks the template: ``load_template`` refuses a file that cannot be
used (TemplateError), and the styles it lacked before the standard look filled them in are kept as
``missing_styles``, so one export opens the template once (and not at all when it is unchanged).
"""
from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Union

from docx.document import Document as WordDocument
from docx.enum.text import WD_LINE_SPACING
from docx.shared import Cm, Emu, Pt

from ftz_desktop.brief.docx.fonts import FontSet, apply_fonts, template_fonts
from ftz_desktop.brief.docx.footnotes import add_footnotes_part
from ftz_desktop.brief.docx.template import PARAGRAPH_STYLES, ensure_styles, load_template, missing_styles
from ftz_desktop.core.recipe import OFFICIAL_TEMPLATES

PAPER_SIZES_CM = {"A4": (21.0, 29.7), "Letter": (21.59, 27.94)}
MARGIN_CM = 2.5
MAX_CACHED = 8

_cache: dict[tuple[object, ...], "PreparedBase"] = {}
_lock = threading.Lock()


@dataclass(frozen=True)
class PreparedBase:
    data: bytes               # a .docx with the brief's styles and an empty body
    table_style: str
    text_width_cm: float
    fonts: FontSet
    standard: bool
    missing_styles: tuple[str, ...] = ()   # what a user template lacked (``check_template``'s names)
    layout: str = "standard"               # or a Chinese official layout ("gbt9704", "jianbao")
    font_profile: str = ""                 # the official layout's fonts ("official", "windows")


def is_standard(template: Union[str, Path, None]) -> bool:
    return template is None or str(template) == "standard"


def _page_setup(doc: WordDocument, paper: str, standard: bool) -> float:
    section = doc.sections[0]
    width, height = PAPER_SIZES_CM.get(paper, PAPER_SIZES_CM["A4"])
    section.page_width, section.page_height = Cm(width), Cm(height)
    if standard:
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Cm(MARGIN_CM))
        section.header_distance = section.footer_distance = Cm(1.25)
    width, left, right = section.page_width, section.left_margin, section.right_margin
    if width is None or left is None or right is None:
        # A user template without page margins (no w:pgMar); as before, the export fails as unexpected.
        raise TypeError("the template's first section has no page width or side margins")
    return Emu(width - left - right).cm


def _prepare(template: Union[str, Path, None], fonts: FontSet, paper: str) -> PreparedBase:
    standard = is_standard(template)
    doc = load_template(None if standard else template)
    missing = () if standard else tuple(missing_styles(doc))
    fonts = fonts if standard else template_fonts(doc, fonts)
    text_width_cm = _page_setup(doc, paper, standard)
    table_style = ensure_styles(doc, text_width_cm, standard)
    if standard:
        normal = doc.styles["Normal"]
        normal.font.size = Pt(10.5)
        normal.paragraph_format.space_after = Pt(6)
        normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
        normal.paragraph_format.line_spacing = 1.15
    apply_fonts(doc, fonts, ["Normal", table_style] + list(PARAGRAPH_STYLES), keep_latin=not standard)
    add_footnotes_part(doc)
    out = io.BytesIO()
    doc.save(out)
    return PreparedBase(out.getvalue(), table_style, text_width_cm, fonts, standard, missing)


def _prepare_official(layout: str, profile: str) -> PreparedBase:
    from docx.enum.style import WD_STYLE_TYPE

    from ftz_desktop.brief.docx.official_styles import apply_official_styles, faces, official_page
    from ftz_desktop.brief.layouts import LATIN

    doc = load_template(None)
    text_width_cm = official_page(doc)
    ensure_styles(doc, text_width_cm, True)
    table_style = "Table Grid"   # plain black rules, as official documents set their tables
    if table_style not in [s.name for s in doc.styles if s.type == WD_STYLE_TYPE.TABLE]:
        table_style = ensure_styles(doc, text_width_cm, True)
    table = faces(profile)
    fonts = FontSet(LATIN, LATIN, table["Normal"], table["Heading 1"])
    apply_fonts(doc, fonts, ["Normal", table_style] + list(PARAGRAPH_STYLES))
    apply_official_styles(doc, profile)
    add_footnotes_part(doc)
    out = io.BytesIO()
    doc.save(out)
    return PreparedBase(out.getvalue(), table_style, text_width_cm, fonts, True, (), layout, profile)


def prepared_base(template: Union[str, Path, None], fonts: Optional[FontSet], paper: str,
                  font_profile: str = "official") -> PreparedBase:
    """The base for a brief on ``template`` (None or "standard": the built-in look; "gbt9704" or "jianbao":
    a Chinese official layout in ``font_profile``); raises TemplateError."""
    fonts = fonts or FontSet()
    if template is not None and str(template) in OFFICIAL_TEMPLATES:
        key: tuple[object, ...] = ("official", str(template), font_profile)
        with _lock:
            cached = _cache.get(key)
        if cached is None:
            cached = _prepare_official(str(template), font_profile)
            with _lock:
                _cache[key] = cached
        return cached
    if template is None or is_standard(template):
        key = ("standard", fonts, paper)
    else:
        path = Path(template)
        try:
            stat = path.stat()
            stamp = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            stamp = None   # load_template reports the missing file by name
        key = (str(path.resolve()), stamp, fonts, paper)
    with _lock:
        cached = _cache.get(key)
    if cached is not None:
        return cached
    prepared = _prepare(template, fonts, paper)
    with _lock:
        if len(_cache) >= MAX_CACHED:
            _cache.pop(next(iter(_cache)))
        _cache[key] = prepared
    return prepared

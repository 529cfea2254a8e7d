"""Fonts for Chinese in Word: explicit East Asian fonts on every style and run, no theme fonts.

python-docx only sets ascii/hAnsi fonts, and the default template's styles point at theme fonts whose
East Asian slot resolves to a Japanese face (themeFontLang ja-JP). A theme attribute wins over an
explicit font, so the theme attributes are removed wherever an explicit font is set.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from docx.document import Document as WordDocument
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

THEME_ATTRS = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")
HEADING_STYLES = ("Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "TOC Heading")
EAST_ASIA_LANGUAGE = "zh-CN"


@dataclass(frozen=True)
class FontSet:
    """Latin and East Asian faces for body text and headings (configurable per brief)."""
    body_latin: str = "Calibri"
    heading_latin: str = "Calibri"
    body_east_asia: str = "SimSun"
    heading_east_asia: str = "Microsoft YaHei"

    def for_style(self, style_name: str) -> tuple[str, str]:
        if style_name in HEADING_STYLES:
            return self.heading_latin, self.heading_east_asia
        return self.body_latin, self.body_east_asia


def set_rfonts(rfonts: BaseOxmlElement, latin: Optional[str], east_asia: str) -> None:
    """Explicit faces on one w:rFonts; theme attributes go, or they would override them."""
    for attr in THEME_ATTRS:
        if latin is not None or attr == "w:eastAsiaTheme":
            rfonts.attrib.pop(qn(attr), None)
    if latin is not None:
        rfonts.set(qn("w:ascii"), latin)
        rfonts.set(qn("w:hAnsi"), latin)
        rfonts.set(qn("w:cs"), latin)
    rfonts.set(qn("w:eastAsia"), east_asia)


def _style_fonts(style_element: BaseOxmlElement, latin: Optional[str], east_asia: str) -> None:
    set_rfonts(style_element.get_or_add_rPr().get_or_add_rFonts(), latin, east_asia)
    # Conditional table formats (header row ...) carry their own rFonts.
    for rfonts in style_element.iter(qn("w:rFonts")):
        set_rfonts(rfonts, latin, east_asia)


def _defaults(styles_element: BaseOxmlElement, fonts: FontSet, keep_latin: bool) -> None:
    defaults = styles_element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if rpr is None:
        return
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    set_rfonts(rfonts, None if keep_latin else fonts.body_latin, fonts.body_east_asia)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = rpr.makeelement(qn("w:lang"), {})
        rpr.append(lang)
    # Tells Word which CJK glyph variants to use (Simplified Chinese, not Japanese).
    lang.set(qn("w:eastAsia"), EAST_ASIA_LANGUAGE)


def _theme_language(settings_element: BaseOxmlElement) -> None:
    lang = settings_element.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), EAST_ASIA_LANGUAGE)


def apply_fonts(doc: WordDocument, fonts: FontSet, style_names: Iterable[str], keep_latin: bool = False) -> None:
    """Set East Asian (and, unless a user template keeps its own, Latin) faces on the styles used."""
    _defaults(doc.styles.element, fonts, keep_latin)
    _theme_language(doc.settings.element)
    for name in style_names:
        style = doc.styles[name]
        latin, east_asia = fonts.for_style(name)
        _style_fonts(style.element, None if keep_latin else latin, east_asia)


def template_fonts(doc: WordDocument, default: FontSet) -> FontSet:
    """A user template's own explicit East Asian faces where it names them (e.g. FangSong for body)."""
    def east_asia_of(name: str) -> Optional[str]:
        try:
            rpr = doc.styles[name].element.rPr
        except KeyError:
            return None
        if rpr is None or rpr.rFonts is None:
            return None
        return rpr.rFonts.get(qn("w:eastAsia")) or None

    return FontSet(default.body_latin, default.heading_latin,
                   east_asia_of("Normal") or default.body_east_asia,
                   east_asia_of("Heading 1") or default.heading_east_asia)



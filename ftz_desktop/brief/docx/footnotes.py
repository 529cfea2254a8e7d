"""Word footnotes: the footnotes part, its separators, and the reference marks in the text.

python-docx carries a footnotes part without modelling it (as bytes). The prepared base of every brief
gets one the way Word writes it (``add_footnotes_part``: separator footnotes -1 and 0, a w:footnotePr in
the settings naming them), unless its template brings its own; a brief then adds its notes from 1, each
with its own number mark (w:footnoteRef). Word, WPS and LibreOffice number them themselves, so nothing
needs a field update.
"""
from __future__ import annotations

from typing import Callable

from docx.document import Document as WordDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part, XmlPart
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from lxml import etree

from ftz_desktop.brief.docx.settings import insert_setting
from ftz_desktop.brief.textclean import xml_safe

FOOTNOTE_STYLE_ID = "FootnoteText"
SUPERSCRIPT = '<w:vertAlign w:val="superscript"/>'
_EMPTY = (f'<w:footnotes {nsdecls("w")}>'
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
          'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
          'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
          '</w:footnotes>')


def reference_xml(rpr_xml: str, footnote_id: int) -> str:
    """The run that marks footnote ``footnote_id`` in the text (``rpr_xml``: the run's w:rPr, no namespaces)."""
    props = rpr_xml.replace("</w:rPr>", SUPERSCRIPT + "</w:rPr>") if rpr_xml else f"<w:rPr>{SUPERSCRIPT}</w:rPr>"
    return f'<w:r>{props}<w:footnoteReference w:id="{footnote_id}"/></w:r>'


def _footnotes_part(doc: WordDocument) -> Part | None:
    return next((r.target_part for r in doc.part.rels.values()
                 if r.reltype == RT.FOOTNOTES and not r.is_external), None)


def add_footnotes_part(doc: WordDocument) -> None:
    """Give a base document an (empty) footnotes part and name its separators in the settings."""
    if _footnotes_part(doc) is None:
        doc.part.relate_to(Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, _EMPTY.encode("utf-8"),
                                doc.part.package), RT.FOOTNOTES)
    settings = doc.settings.element
    if settings.find(qn("w:footnotePr")) is not None:
        return
    pr = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    insert_setting(settings, pr, "w:footnotePr")


class Footnotes:
    """Adds footnotes to one document made from a prepared base; ``finish()`` before saving."""

    def __init__(self, doc: WordDocument, rpr: Callable[[], BaseOxmlElement]) -> None:
        self._doc = doc
        self._rpr = rpr            # a new w:rPr naming the body fonts
        self._part: Part | None = None
        self._root: BaseOxmlElement | None = None
        self._next_id = 1

    def _footnotes(self) -> BaseOxmlElement:
        if self._root is not None:
            return self._root
        part = _footnotes_part(self._doc)
        if part is None:           # a base prepared before footnotes existed; never the case after _prepare
            add_footnotes_part(self._doc)
            part = _footnotes_part(self._doc)
        assert part is not None
        self._part = part
        self._root = part.element if isinstance(part, XmlPart) else parse_xml(part.blob)
        ids = [int(n.get(qn("w:id"))) for n in self._root.findall(qn("w:footnote"))
               if (n.get(qn("w:id")) or "").lstrip("-").isdigit()]
        self._next_id = max([0] + ids) + 1
        return self._root

    def add(self, text: str) -> int:
        """A new footnote holding ``text``; returns its id for the reference mark."""
        root = self._footnotes()
        footnote_id = self._next_id
        self._next_id += 1
        # Built in place (SubElement): elements parsed apart and moved in cost memory on every export.
        footnote = etree.SubElement(root, qn("w:footnote"), {qn("w:id"): str(footnote_id)})
        paragraph = etree.SubElement(footnote, qn("w:p"))
        etree.SubElement(etree.SubElement(paragraph, qn("w:pPr")), qn("w:pStyle"), {qn("w:val"): FOOTNOTE_STYLE_ID})
        mark = self._run(paragraph, superscript=True)
        etree.SubElement(mark, qn("w:footnoteRef"))
        body = self._run(paragraph)
        t = etree.SubElement(body, qn("w:t"), {"{http://www.w3.org/XML/1998/namespace}space": "preserve"})
        t.text = " " + xml_safe(text)
        return footnote_id

    def _run(self, parent: BaseOxmlElement, superscript: bool = False) -> BaseOxmlElement:
        run = etree.SubElement(parent, qn("w:r"))
        rpr = self._rpr()
        run.append(rpr)
        if superscript:
            etree.SubElement(rpr, qn("w:vertAlign"), {qn("w:val"): "superscript"})
        return run

    def mark(self, paragraph_element: BaseOxmlElement, footnote_id: int) -> None:
        """Append the reference mark of ``footnote_id`` to a w:p."""
        run = self._run(paragraph_element, superscript=True)
        etree.SubElement(run, qn("w:footnoteReference"), {qn("w:id"): str(footnote_id)})

    def finish(self) -> None:
        """Write the notes back into the part (python-docx keeps it as bytes)."""
        if self._part is not None and not isinstance(self._part, XmlPart) and self._root is not None:
            self._part._blob = etree.tostring(self._root, xml_declaration=True, encoding="UTF-8",
                                              standalone=True)

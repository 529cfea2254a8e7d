"""What a brief says about itself: core properties, and the recipe it was made from so it can be regenerated.

The recipe JSON goes into a custom XML part (with its itemProps part, which Word needs to keep it on
save): core properties are cut at 255 characters by Word desktop and refused beyond that by
python-docx. Keywords and the identifier carry the data snapshot id; comments say in words what the
file is and how to regenerate it.
"""
from __future__ import annotations

import datetime as _dt
import uuid
from pathlib import Path
from typing import Union

from docx.document import Document as WordDocument
from docx.opc.package import OpcPackage
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

from ftz_desktop.brief.model import Document
from ftz_desktop.brief.textclean import xml_safe

BRIEF_NAMESPACE = "urn:ftz-desktop:brief:1"
RECIPE_KEYWORD = "ftz-brief"
RT_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml"
RT_CUSTOM_XML_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps"
CT_CUSTOM_XML_PROPS = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
_DS = "http://schemas.openxmlformats.org/officeDocument/2006/customXml"


def _escape(text: str) -> str:
    return (xml_safe(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def _free_item_number(package: OpcPackage) -> int:
    used = {str(p.partname) for p in package.iter_parts()}
    number = 1
    while f"/customXml/item{number}.xml" in used or f"/customXml/itemProps{number}.xml" in used:
        number += 1
    return number


def _add_recipe_part(doc: WordDocument, recipe_json: str, snapshot: str) -> None:
    package = doc.part.package
    number = _free_item_number(package)
    item_xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<ftzBrief xmlns="{BRIEF_NAMESPACE}"><snapshot>{_escape(snapshot)}</snapshot>'
                f"<recipe>{_escape(recipe_json)}</recipe></ftzBrief>").encode("utf-8")
    props_xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
                 f'<ds:datastoreItem ds:itemID="{{{str(uuid.uuid4()).upper()}}}" xmlns:ds="{_DS}">'
                 f'<ds:schemaRefs><ds:schemaRef ds:uri="{BRIEF_NAMESPACE}"/></ds:schemaRefs>'
                 "</ds:datastoreItem>").encode("utf-8")
    item = Part(PackURI(f"/customXml/item{number}.xml"), "application/xml", item_xml, package)
    props = Part(PackURI(f"/customXml/itemProps{number}.xml"), CT_CUSTOM_XML_PROPS, props_xml, package)
    item.relate_to(props, RT_CUSTOM_XML_PROPS)
    doc.part.relate_to(item, RT_CUSTOM_XML)


def set_properties(doc: WordDocument, model: Document) -> None:
    props = doc.core_properties
    now = _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0, tzinfo=None)   # python-docx writes UTC
    snapshot = model.properties.get("snapshot", "")
    props.title = xml_safe(model.title)[:255]
    props.subject = xml_safe(model.subtitle)[:255]
    props.author = props.last_modified_by = xml_safe(model.author)[:255]
    props.category = "Policy brief"
    props.keywords = f"{RECIPE_KEYWORD}; snapshot={snapshot}" if snapshot else RECIPE_KEYWORD
    props.identifier = f"snapshot:{snapshot}" if snapshot else ""
    props.comments = ("Policy brief made with ftz_desktop. The recipe it was made from is stored in this file: "
                      "open it in ftz_desktop to regenerate the brief from current data.")
    props.content_status = xml_safe(model.marking)[:255]
    props.language = model.language
    props.version = xml_safe(model.properties.get("generator", ""))[:255]
    props.created = props.modified = now
    props.revision = 1
    if model.properties.get("recipe"):
        _add_recipe_part(doc, model.properties["recipe"], snapshot)


def read_brief_properties(path: Union[str, Path]) -> dict[str, str]:
    """The recipe JSON and data snapshot id a brief was made from ("" where the file has none)."""
    import docx

    doc = docx.Document(str(path))
    found = {"recipe": "", "snapshot": "", "title": doc.core_properties.title}
    for rel in doc.part.rels.values():
        if rel.reltype != RT_CUSTOM_XML or rel.is_external:
            continue
        root = parse_xml(rel.target_part.blob)
        if root.tag != f"{{{BRIEF_NAMESPACE}}}ftzBrief":
            continue
        found["recipe"] = root.findtext(f"{{{BRIEF_NAMESPACE}}}recipe") or ""
        found["snapshot"] = root.findtext(f"{{{BRIEF_NAMESPACE}}}snapshot") or ""
        return found
    identifier = doc.core_properties.identifier
    found["snapshot"] = identifier.split(":", 1)[1] if identifier.startswith("snapshot:") else ""
    return found

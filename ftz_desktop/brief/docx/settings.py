"""w:settings children in the order the schema fixes (Word refuses a file whose settings are out of order)."""
from __future__ import annotations

from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

# The tail of CT_Settings' sequence, from w:updateFields on.
ORDER = ("w:updateFields", "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars",
         "w:rsids", "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping",
         "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions",
         "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults",
         "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator")


def insert_setting(settings: BaseOxmlElement, element: BaseOxmlElement, tag: str) -> None:
    """Put ``element`` (a ``tag``, one of ORDER) before the first setting the schema wants after it."""
    for successor_tag in ORDER[ORDER.index(tag) + 1:]:
        successor = settings.find(qn(successor_tag))
        if successor is not None:
            successor.addprevious(element)
            return
    settings.append(element)

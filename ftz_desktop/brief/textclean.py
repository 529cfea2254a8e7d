"""Make text safe for a Word file: XML 1.0 forbids most control characters, and python-docx raises on them.

Text pasted from PDFs and slides carries vertical tabs, form feeds, NULs and broken surrogate halves.
They are removed (never the whole text) and counted, so compose can tell the user where.
"""
from __future__ import annotations

import re

# Tab, newline and carriage return are legal XML; everything else below U+0020 is not, nor are
# U+FFFE/U+FFFF or a surrogate half on its own.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    return _XML_INVALID.sub("", text) if text else text


def count_invalid(text: str) -> int:
    return len(_XML_INVALID.findall(text)) if text else 0


class Cleaner:
    """Cleans text and remembers where characters were removed, for one warning per place."""

    def __init__(self) -> None:
        self.warnings: list[str] = []

    def __call__(self, text: str, where: str) -> str:
        removed = count_invalid(text)
        if removed:
            self.warnings.append(f"{where}: removed {removed} control character{'s' if removed > 1 else ''} "
                                 "that a Word file cannot hold")
            return xml_safe(text)
        return text

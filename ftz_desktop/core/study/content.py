"""The study's text as structured content, read from data/content/<language>/*.md.

One Markdown file per section, plain enough for a policy editor to edit by hand:

    ---
    id: shortcomings
    title: Shortcomings
    number: 2.2
    ---
    Optional introduction paragraphs.

    ## Insufficient differentiation of institutional innovation {#sc-innovation}
    refs: 5
    indicators: indicator_id, other_id
    charts: chart_id

    > One-paragraph summary for briefs.

    Full text, paragraph by paragraph.

Files are read in name order (01-status.md, 02-...). Ids are shared across languages; the language
is chosen at load time. Figures in the text are written as {{indicator_id|GEOGRAPHY|PERIOD}} and
filled from the data (see textfill), so the text never disagrees with the tables.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from ftz_desktop.core.errors import UserError

_HEADING = re.compile(r"^##\s+(?P<title>.+?)\s*\{#(?P<id>[a-z0-9][a-z0-9-]*)\}\s*$")
_META = re.compile(r"^(?P<key>refs|indicators|charts):\s*(?P<value>.*)$")
_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def _wide(ch: str) -> bool:
    """A CJK character or full-width punctuation: Chinese text wraps between them without a space."""
    return ch >= "\u2e80"


def join_lines(lines: list[str]) -> str:
    """The lines of one paragraph as one text: a space between English words, none inside Chinese."""
    text = ""
    for line in lines:
        if text and line and not (_wide(text[-1]) or _wide(line[0])):
            text += " "
        text += line
    return text


class ContentError(ValueError, UserError):
    """A content file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class Item:
    id: str
    title: str
    summary: str
    paragraphs: tuple[str, ...]
    refs: tuple[str, ...] = ()
    indicators: tuple[str, ...] = ()
    charts: tuple[str, ...] = ()
    section_id: str = ""

    @property
    def full_text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    number: str
    intro: tuple[str, ...]
    items: tuple[Item, ...]

    def item(self, item_id: str) -> Optional[Item]:
        return next((i for i in self.items if i.id == item_id), None)


@dataclass(frozen=True)
class Content:
    language: str
    sections: tuple[Section, ...]
    _items: dict[str, Item] = field(default_factory=dict, compare=False, repr=False)

    def section(self, section_id: str) -> Optional[Section]:
        return next((s for s in self.sections if s.id == section_id), None)

    def item(self, item_id: str) -> Optional[Item]:
        if not self._items:
            self._items.update({i.id: i for s in self.sections for i in s.items})
        return self._items.get(item_id)

    def all_items(self) -> list[Item]:
        return [i for s in self.sections for i in s.items]


def _split_list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _paragraphs(lines: list[str]) -> list[str]:
    """Join wrapped lines into paragraphs separated by blank lines."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines + [""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            paragraphs.append(join_lines(current))
            current = []
    return paragraphs


def parse_section(text: str, name: str = "<text>") -> Section:
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise ContentError(f"{name} line 1: a content file starts with a '---' header")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise ContentError(f"{name} line 1: the '---' header is not closed") from None
    header: dict[str, str] = {}
    for number, line in enumerate(lines[1:end], start=2):
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise ContentError(f"{name} line {number}: expected 'key: value' in the header")
        header[key.strip()] = value.strip()
    for key in ("id", "title"):
        if not header.get(key):
            raise ContentError(f"{name}: the header needs '{key}:'")
    if not _ID.match(header["id"]):
        raise ContentError(f"{name}: section id '{header['id']}' must be lower-case letters, digits and dashes")

    intro_lines: list[str] = []
    items: list[Item] = []
    current: Optional[dict[str, Any]] = None     # the item being read: id, title, line, meta, lines, in_meta

    def close(item: Optional[dict[str, Any]]) -> None:
        if item is None:
            return
        summary_lines = [ln for ln in item["lines"] if ln.startswith(">")]
        body_lines = [ln for ln in item["lines"] if not ln.startswith(">")]
        summary = join_lines([ln.lstrip(">").strip() for ln in summary_lines]).strip()
        paragraphs = _paragraphs(body_lines)
        where = f"{name} line {item['line']}"
        if not summary:
            raise ContentError(f"{where}: item '{item['id']}' needs a summary ('> ...' paragraph)")
        if not paragraphs:
            raise ContentError(f"{where}: item '{item['id']}' has no full text")
        if any(i.id == item["id"] for i in items):
            raise ContentError(f"{where}: duplicate item id '{item['id']}'")
        items.append(Item(id=item["id"], title=item["title"], summary=summary, paragraphs=tuple(paragraphs),
                          refs=item["meta"].get("refs", ()), indicators=item["meta"].get("indicators", ()),
                          charts=item["meta"].get("charts", ()), section_id=header["id"]))

    for number, line in enumerate(lines[end + 1:], start=end + 2):
        heading = _HEADING.match(line)
        if heading:
            close(current)
            current = {"id": heading["id"], "title": heading["title"], "line": number, "meta": {}, "lines": [],
                       "in_meta": True}
            continue
        if line.startswith("## "):
            raise ContentError(f"{name} line {number}: an item heading needs an id, as in '## Title {{#item-id}}'")
        if current is None:
            intro_lines.append(line)
            continue
        meta = _META.match(line.strip())
        if current["in_meta"] and meta:
            current["meta"][meta["key"]] = _split_list(meta["value"])
            continue
        if line.strip():
            current["in_meta"] = False
        current["lines"].append(line)
    close(current)
    return Section(id=header["id"], title=header["title"], number=header.get("number", ""),
                   intro=tuple(_paragraphs(intro_lines)), items=tuple(items))


def load_content(language: str = "en", root: Optional[Path] = None) -> Content:
    """Every section of the study in one language, in file-name order."""
    if root is None:
        from ftz_desktop.paths import content_dir

        root = content_dir(language)
    if not root.is_dir():
        raise ContentError(f"No content for language '{language}' (folder {root.name} is missing)")
    sections = []
    for path in sorted(root.glob("*.md")):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise ContentError(f"{path.name}: not UTF-8 text ({exc.reason})") from None
        sections.append(parse_section(text, path.name))
    seen: dict[str, str] = {}
    for section in sections:
        for item in section.items:
            if item.id in seen:
                raise ContentError(f"item id '{item.id}' is used in both {seen[item.id]} and {section.id}")
            seen[item.id] = section.id
    return Content(language=language, sections=tuple(sections))

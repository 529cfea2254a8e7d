"""A brief recipe: what the user ticked, in the order they chose, saved as readable, versioned JSON.

A recipe names sections, items, indicators and charts by id, so the same recipe regenerates the
brief from newer data. Reading is strict: a wrong type, an unknown field or a format version newer
than this program raises ``RecipeError`` naming the field, and ``unknown_ids`` lists ids the
workspace no longer has, so nothing the user chose is dropped without a word.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Optional

from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.errors import UserError
from ftz_desktop.core.official_settings import OfficialSettings, read_official
from ftz_desktop.core.study.content import Content
from ftz_desktop.core.user_files import UserFileError, read_user_file

RECIPE_VERSION = 1
DETAILS = ("summary", "full")
PAPERS = ("A4", "Letter")
CONTENTS = ("auto", "always", "never")   # a title page and contents: by length, always, or never
DEFAULT_KEY_FIGURES = 8                  # the key-figures box of a new brief holds at most this many
STANDARD_TEMPLATE = "standard"
OFFICIAL_TEMPLATES = ("gbt9704", "jianbao")   # 公文式 (GB/T 9704-2012) and 简报式: the built-in Chinese layouts
DEFAULT_TITLE = "China (Sichuan) Pilot Free Trade Zone: policy brief"
DEFAULT_TITLES = {"en": DEFAULT_TITLE, "zh": "中国（四川）自由贸易试验区发展情况简报"}


def default_title(language: str) -> str:
    return DEFAULT_TITLES.get(language, DEFAULT_TITLE)

_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_TEXT_FIELDS = ("title", "subtitle", "organisation", "author", "date", "marking", "executive_summary", "template")


class RecipeError(ValueError, UserError):
    """A recipe cannot be read or used; ``field`` names the offending field ("" for the whole file)."""

    def __init__(self, field_name: str, message: str) -> None:
        self.field = field_name
        super().__init__(f"Recipe field '{field_name}': {message}" if field_name else f"Recipe: {message}")


@dataclass
class SectionChoice:
    id: str
    items: list[str] = field(default_factory=list)


@dataclass
class Recipe:
    title: str = DEFAULT_TITLE
    subtitle: str = ""
    organisation: str = ""
    author: str = ""
    date: str = ""
    marking: str = ""
    language: str = "en"
    paper: str = "A4"
    detail: str = "summary"
    detail_overrides: dict[str, str] = field(default_factory=dict)   # item id -> "summary" | "full"
    executive_summary: str = ""
    appendix_tables: bool = False
    template: str = STANDARD_TEMPLATE                                # "standard" or a .docx/.dotx path
    contents: str = "auto"                                           # see CONTENTS
    item_text: dict[str, str] = field(default_factory=dict)          # item id -> this brief's own wording
    official: OfficialSettings = field(default_factory=OfficialSettings)   # for the Chinese layouts
    sections: list[SectionChoice] = field(default_factory=list)
    indicators: list[str] = field(default_factory=list)
    charts: list[str] = field(default_factory=list)
    version: int = RECIPE_VERSION

    @property
    def layout(self) -> str:
        """"gbt9704", "jianbao" or "standard" (the standard look, or a user's Word template)."""
        return self.template if self.template in OFFICIAL_TEMPLATES else STANDARD_TEMPLATE

    def detail_for(self, item_id: str) -> str:
        return self.detail_overrides.get(item_id, self.detail)

    def item_ids(self) -> list[str]:
        return [item for section in self.sections for item in section.items]

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version, "title": self.title, "subtitle": self.subtitle,
            "organisation": self.organisation, "author": self.author, "date": self.date, "marking": self.marking,
            "language": self.language, "paper": self.paper, "detail": self.detail,
            "detail_overrides": dict(self.detail_overrides), "executive_summary": self.executive_summary,
            "appendix_tables": self.appendix_tables, "template": self.template, "contents": self.contents,
            "item_text": dict(self.item_text), "official": self.official.to_dict(),
            "sections": [{"id": s.id, "items": list(s.items)} for s in self.sections],
            "indicators": list(self.indicators), "charts": list(self.charts),
        }

    def to_json(self) -> str:
        # Indented and with CJK kept readable: people diff and hand-edit recipes.
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> "Recipe":
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RecipeError("", f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
        except RecursionError:
            raise RecipeError("", "nested far deeper than a recipe ever is") from None
        except ValueError:      # a number of thousands of digits (Python's own limit on int())
            raise RecipeError("", "it holds a number thousands of digits long, which no recipe has") from None
        return cls.from_dict(raw)

    @classmethod
    def from_dict(cls, raw: Any) -> "Recipe":
        if not isinstance(raw, dict):
            raise RecipeError("", f"expected a JSON object, got {_type_name(raw)}")
        version = raw.get("version")
        if version is None:
            raise RecipeError("version", "missing; a recipe starts with \"version\": 1")
        if not _is_int(version) or version < 1:
            raise RecipeError("version", f"expected a whole number of at least 1, got {json.dumps(version)}")
        if version > RECIPE_VERSION:
            raise RecipeError("version", f"this recipe uses format {version}, made by a newer version of the "
                              f"program; this version reads format {RECIPE_VERSION} or older")
        known = set(cls().to_dict())
        unknown = sorted(set(raw) - known)
        if unknown:
            raise RecipeError(unknown[0], "is not a recipe field (misspelt?)")
        values: dict[str, Any] = {"version": version}
        for name in _TEXT_FIELDS:
            if name in raw:
                values[name] = _text(raw[name], name)
        if "language" in raw:
            language = _text(raw["language"], "language")
            if not _LANGUAGE.match(language):
                raise RecipeError("language", f"'{language}' is not a language code such as 'en' or 'zh'")
            values["language"] = language
        if "paper" in raw:
            values["paper"] = _choice(raw["paper"], "paper", PAPERS)
        if "detail" in raw:
            values["detail"] = _choice(raw["detail"], "detail", DETAILS)
        if "detail_overrides" in raw:
            overrides = raw["detail_overrides"]
            if not isinstance(overrides, dict):
                raise RecipeError("detail_overrides",
                                  f"expected an object of item id -> detail, got {_type_name(overrides)}")
            values["detail_overrides"] = {key: _choice(value, f"detail_overrides.{key}", DETAILS)
                                          for key, value in overrides.items()}
        if "contents" in raw:
            values["contents"] = _choice(raw["contents"], "contents", CONTENTS)
        if "item_text" in raw:
            values["item_text"] = _item_texts(raw["item_text"])
        if "official" in raw:
            values["official"] = read_official(raw["official"])
        if "appendix_tables" in raw:
            if not isinstance(raw["appendix_tables"], bool):
                raise RecipeError("appendix_tables",
                                  f"expected true or false, got {json.dumps(raw['appendix_tables'])}")
            values["appendix_tables"] = raw["appendix_tables"]
        if "sections" in raw:
            values["sections"] = _sections(raw["sections"])
        for name in ("indicators", "charts"):
            if name in raw:
                values[name] = _id_list(raw[name], name)
        return cls(**values)


def _type_name(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false", type(None): "null"}.get(
        type(value), "a number")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise RecipeError(name, f"expected text, got {_type_name(value)}")
    return value


def _choice(value: Any, name: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise RecipeError(name, f"expected one of {', '.join(repr(a) for a in allowed)}, got {json.dumps(value)}")
    return value


def _item_texts(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise RecipeError("item_text", f"expected an object of item id -> text, got {_type_name(value)}")
    texts: dict[str, str] = {}
    for key, text in value.items():
        if not isinstance(text, str):
            raise RecipeError(f"item_text.{key}", f"expected text, got {_type_name(text)}")
        if text.strip():
            texts[key] = text
    return texts


def _id_list(value: Any, name: str) -> list[str]:
    if not isinstance(value, list):
        raise RecipeError(name, f"expected a list of ids, got {_type_name(value)}")
    seen: set[str] = set()
    for index, entry in enumerate(value):
        if not isinstance(entry, str) or not entry.strip():
            raise RecipeError(f"{name}[{index}]", f"expected an id (text), got {json.dumps(entry, ensure_ascii=False)}")
        if entry in seen:
            raise RecipeError(f"{name}[{index}]", f"'{entry}' is listed twice")
        seen.add(entry)
    return list(value)


def _sections(value: Any) -> list[SectionChoice]:
    if not isinstance(value, list):
        raise RecipeError("sections", f"expected a list of {{\"id\", \"items\"}} objects, got {_type_name(value)}")
    sections: list[SectionChoice] = []
    seen_items: set[str] = set()
    for index, entry in enumerate(value):
        where = f"sections[{index}]"
        if not isinstance(entry, dict):
            raise RecipeError(where, f"expected an object with \"id\" and \"items\", got {_type_name(entry)}")
        extra = sorted(set(entry) - {"id", "items"})
        if extra:
            raise RecipeError(f"{where}.{extra[0]}", "is not a section field")
        section_id = entry.get("id")
        if not isinstance(section_id, str) or not section_id:
            raise RecipeError(f"{where}.id", "expected a section id (text)")
        if any(s.id == section_id for s in sections):
            raise RecipeError(f"{where}.id", f"section '{section_id}' is listed twice")
        items = _id_list(entry.get("items", []), f"{where}.items")
        for position, item in enumerate(items):
            if item in seen_items:
                raise RecipeError(f"{where}.items[{position}]", f"item '{item}' is already in another section")
            seen_items.add(item)
        sections.append(SectionChoice(section_id, items))
    return sections


def key_figure_ids(content: Content, dataset: Dataset, item_ids: Iterable[str],
                   limit: int = DEFAULT_KEY_FIGURES) -> list[str]:
    """The key figures a brief of these items starts with: the study's headline figures that the items
    cite, then each item's first cited figure in turn, at most ``limit`` and only figures with data."""
    from ftz_desktop.core.study.headline import HEADLINE_FIGURES

    with_values = {o.indicator_id for o in dataset.observations if o.value is not None}
    cited = [[i for i in item.indicators if i in with_values]
             for item in (content.item(item_id) for item_id in item_ids) if item is not None]
    every = {i for indicators in cited for i in indicators}
    chosen = [i for i, _ in HEADLINE_FIGURES if i in every]
    depth = 0
    while len(chosen) < limit and any(depth < len(indicators) for indicators in cited):
        for indicators in cited:
            if depth < len(indicators) and indicators[depth] not in chosen:
                chosen.append(indicators[depth])
        depth += 1
    return list(dict.fromkeys(chosen))[:limit]


def default_recipe(content: Content, dataset: Dataset, chart_ids: Iterable[str],
                   today: Optional[_dt.date] = None) -> Recipe:
    """The whole study, in content order, with its headline figures: the starting point of the composer."""
    sections = [SectionChoice(s.id, [i.id for i in s.items]) for s in content.sections]
    return Recipe(
        title=default_title(content.language),
        date=(today or _dt.date.today()).isoformat(),
        language=content.language,
        sections=sections,
        indicators=key_figure_ids(content, dataset, [i for s in sections for i in s.items]),
        charts=list(dict.fromkeys(chart_ids)),
    )


def unknown_ids(recipe: Recipe, content: Content, dataset: Dataset, chart_ids: Iterable[str]) -> list[str]:
    """What the recipe names that this workspace does not have, as readable phrases, in recipe order."""
    problems: list[str] = []
    for section in recipe.sections:
        known = content.section(section.id)
        if known is None:
            problems.append(f"section '{section.id}'")
            continue
        for item_id in section.items:
            if known.item(item_id) is not None:
                continue
            elsewhere = content.item(item_id)
            problems.append(f"item '{item_id}' (now in section '{elsewhere.section_id}')" if elsewhere
                            else f"item '{item_id}'")
    problems += [f"indicator '{i}'" for i in recipe.indicators if i not in dataset.indicators]
    problems += [f"the brief's own text of item '{i}'" for i in recipe.item_text if content.item(i) is None]
    charts = set(chart_ids)
    problems += [f"chart '{c}'" for c in recipe.charts if c not in charts]
    return problems


def prune_unknown(recipe: Recipe, content: Content, dataset: Dataset, chart_ids: Iterable[str]) -> Recipe:
    """A copy without the ids ``unknown_ids`` reports (after the user has been told about them)."""
    charts = set(chart_ids)
    sections = []
    for section in recipe.sections:
        known = content.section(section.id)
        if known is not None:
            sections.append(SectionChoice(section.id, [i for i in section.items if known.item(i) is not None]))
    return replace(recipe, sections=sections,
                   indicators=[i for i in recipe.indicators if i in dataset.indicators],
                   item_text={i: t for i, t in recipe.item_text.items() if content.item(i) is not None},
                   charts=[c for c in recipe.charts if c in charts])


def data_snapshot_id(dataset: Dataset) -> str:
    """A short digest of the observations, stored in the brief so it can be matched to its data."""
    digest = hashlib.sha256()
    for obs in sorted(dataset.observations, key=lambda o: o.key):
        digest.update(json.dumps([obs.indicator_id, obs.geography, obs.period,
                                  None if obs.value is None else repr(float(obs.value)),
                                  obs.qualifier, obs.status, obs.source_id, obs.note],
                                 ensure_ascii=False).encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()[:16]


MAX_RECIPE_BYTES = 5 * 1024 * 1024     # a recipe is a few kilobytes; anything this large is not one


class RecipeFileError(ValueError, UserError):
    """A recipe file cannot be used; the message names the file."""


def read_recipe_file(path: Path) -> Recipe:
    """The recipe in a .json file; RecipeFileError naming the file for anything that is not one
    (missing, a folder or a device, too large, not UTF-8, not JSON, nested past reason, not a recipe)."""
    name = path.name
    try:
        text = read_user_file(path, "the recipe file", MAX_RECIPE_BYTES).decode("utf-8-sig")
    except UserFileError as exc:
        raise RecipeFileError(str(exc)) from None
    except UnicodeDecodeError:
        raise RecipeFileError(f"{name} is not UTF-8 text; is it a recipe exported by this program?") from None
    try:
        return Recipe.from_json(text)
    except RecipeError as exc:
        raise RecipeFileError(f"{name} is not a usable recipe. {exc}") from None

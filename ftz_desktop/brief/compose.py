"""Turn a recipe and the workspace into the brief's document model, holding exactly what was ticked.

Order of the brief: title block (with the contents on a page of their own only for a long brief, or when
the recipe asks), executive summary, the key-figures box, the chosen sections with their items (in the
recipe's order), an annex of chosen charts no chosen item rests on, an optional appendix of data tables,
and the sources, numbered by first use. A chart sits inside the first chosen item that rests on it, right
after the paragraph that cites its figures. Anything not named by the recipe appears nowhere, and every
number is read from the dataset at compose time.

The data checks never speak in the brief: a material finding on a printed figure becomes a footnote at
its first appearance (brief.footnotes); minor ones stay in the app.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Iterable, NamedTuple, Optional, Sequence, Union

from ftz_desktop import __version__
from ftz_desktop.brief.footnotes import FootnoteBook
from ftz_desktop.brief.layouts import heading_number, is_official
from ftz_desktop.brief.length import LONG_BRIEF_PAGES, estimated_pages
from ftz_desktop.brief.model import (
    Block,
    Document,
    Figure,
    Heading,
    PageBreak,
    Paragraph,
    Span,
    Table,
    TableOfContents,
    TocEntry,
)
from ftz_desktop.brief.spans import text_spans, with_closing_cite
from ftz_desktop.brief.tables import SourceList, data_table_rows, key_figure_rows
from ftz_desktop.brief.textclean import Cleaner
from ftz_desktop.brief.words import display_date, word
from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.domain.periods import period_label
from ftz_desktop.core.recipe import Recipe, RecipeError, data_snapshot_id, unknown_ids
from ftz_desktop.core.study.content import Content, Item, Section
from ftz_desktop.core.study.names import localized
from ftz_desktop.core.study.textfill import figure_refs

FIGURE_WIDTH_CM = 13.0       # a chart in the text: narrower than the 16 cm line, so it stays beside its paragraph
TOC_LEVELS = 2


class ChartImage(NamedTuple):
    png: bytes
    title: str
    source_note: str
    indicators: tuple[str, ...] = ()   # where the chart goes in the text, and its sources


# render_chart(chart_id) -> (png, title, source_note[, indicator ids]); raises KeyError for an unknown id.
ChartRenderer = Callable[[str], Union[ChartImage, Sequence[Any]]]


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


class _Composer:
    def __init__(self, recipe: Recipe, dataset: Dataset, content: Content, render_chart: ChartRenderer,
                 findings: Optional[Iterable[Any]]) -> None:
        self.recipe = recipe
        self.language = recipe.language
        self.dataset = localized(dataset, recipe.language)     # the data's names in the brief's language
        self.content = content
        self.render_chart = render_chart
        self.notes = FootnoteBook(findings or (), self.dataset, self.language)
        self.clean = Cleaner()
        self.sources = SourceList(self.dataset)
        self.blocks: list[Block] = []
        self.chapter = 0
        self.charts: dict[str, ChartImage] = {}
        self.homes: dict[str, str] = {}          # chart id -> the item it sits under
        self.official = is_official(recipe.layout)   # Chinese numbering, no contents page

    # -- building blocks -------------------------------------------------------------------------
    def heading(self, text: str, level: int, numbered: bool, where: str, number: str = "", role: str = "") -> None:
        anchor = f"_Toc{len(self.blocks) + 1:09d}"
        self.blocks.append(Heading(self.clean(text, where), level, numbered, number if numbered else "", anchor,
                                   role))

    def chapter_heading(self, text: str, where: str) -> str:
        self.chapter += 1
        number = heading_number(1, self.chapter) if self.official else str(self.chapter)
        self.heading(text, 1, True, where, number)
        return number

    def spans(self, raw: str, where: str, closing: list[str], last: bool) -> list[Span]:
        """The paragraph's spans; the numbers of ``closing`` (the ids of the study section's sources) end the
        item's last paragraph and any paragraph whose figures come from those sources."""
        def missing(key: str) -> None:
            self.clean.warnings.append(f"{where}: no data for the figure {key}")

        spans, relies = text_spans(raw, self.dataset, self.language, self.sources, self.notes, missing,
                                   frozenset(closing))
        if last or relies:
            spans = with_closing_cite(spans, [self.sources.cite(i).strip("[]") for i in closing])
        return [Span(self.clean(s.text, where), s.cite, s.footnote) for s in spans]

    def table(self, caption: str, columns: list[str], rows: list[list[str]], numeric: tuple[int, ...],
              source: str, note: str = "", cell_notes: Optional[dict[tuple[int, int], str]] = None,
              box: bool = False) -> None:
        self.blocks.append(Table(caption, columns, rows, source, 0, numeric, note, cell_notes or {}, box))

    def cell_notes(self, keys: list[tuple[str, str, str]], column: int,
                   skip: frozenset[tuple[str, str, str]] = frozenset()) -> dict[tuple[int, int], str]:
        notes = {(row, column): self.notes.take(key) for row, key in enumerate(keys) if key not in skip}
        return {cell: text for cell, text in notes.items() if text}

    # -- charts ----------------------------------------------------------------------------------
    def draw_charts(self) -> None:
        """Every chosen chart's picture, and the first chosen item (in the brief's order) resting on it."""
        for chart_id in self.recipe.charts:
            try:
                self.charts[chart_id] = ChartImage(*self.render_chart(chart_id))
            except KeyError:
                raise RecipeError("charts", f"chart '{chart_id}' is not available in this version") from None
        for item_id in self.recipe.item_ids():
            item = self.content.item(item_id)
            for chart_id in item.charts if item else ():
                if chart_id in self.charts:
                    self.homes.setdefault(chart_id, item_id)

    def figure(self, chart_id: str, item_id: str = "") -> None:
        image = self.charts[chart_id]
        for indicator_id in image.indicators:
            self.sources.cite_observations([o for o in self.dataset.series(indicator_id) if o.value is not None])
        self.blocks.append(Figure(image.png, self.clean(image.title, f"chart '{chart_id}' title"),
                                  self.clean(image.source_note, f"chart '{chart_id}' source"), FIGURE_WIDTH_CM, 0,
                                  chart_id, item_id))

    # -- parts of the brief ----------------------------------------------------------------------
    def executive_summary(self) -> None:
        paragraphs = _paragraphs(self.recipe.executive_summary)
        if not paragraphs:
            return
        self.heading(word("executive_summary", self.language), 1, False, "executive summary heading",
                     role="summary")
        for paragraph in paragraphs:
            self.blocks.append(Paragraph(self.clean(paragraph, "executive summary"), "lead"))

    def key_figures(self) -> None:
        ids = [i for i in self.recipe.indicators if i in self.dataset.indicators]
        if not ids:
            return
        language = self.language
        table = key_figure_rows(self.dataset, ids, self.sources, self.clean, language)
        if not table.rows:
            return
        self.table(word("key_figures_caption", language), table.columns, table.rows, table.numeric,
                   word("source_column_note", language),
                   word("approximate_note", language) if table.approximate and len(table.numeric) > 1 else "",
                   self.cell_notes(table.keys, table.value_column, self.keys_in_text()), box=True)

    def keys_in_text(self) -> frozenset[tuple[str, str, str]]:
        """The figures the chosen items' text prints: their footnotes go there, not in the box before it."""
        keys: set[tuple[str, str, str]] = set()
        for item_id in self.recipe.item_ids():
            item = self.content.item(item_id)
            for raw in self.item_paragraphs(item) if item else ():
                keys.update(ref.key for ref in figure_refs(raw))
        return frozenset(keys)

    def section(self, section: Section, item_ids: list[str]) -> None:
        number = self.chapter_heading(section.title, f"section '{section.id}' title")
        for position, item_id in enumerate(item_ids, start=1):
            item = section.item(item_id)
            assert item is not None  # unknown ids were refused before composing
            item_number = heading_number(2, position) if self.official else f"{number}.{position}"
            self.item(item, item_number, self._study_sources(section, item))

    def _study_sources(self, section: Section, item: Item) -> list[str]:
        """The ids of the sources the item's text comes from: its own part of the study ("4(2)" for the
        section's second item) where the sources name one, else the section ("4")."""
        if not section.number:
            return []
        position = next((n for n, i in enumerate(section.items, start=1) if i.id == item.id), 0)
        by_section: dict[str, list[str]] = {}
        for source in self.dataset.sources.values():
            by_section.setdefault(source.section, []).append(source.id)
        return by_section.get(f"{section.number}({position})") or by_section.get(section.number, [])

    def item_paragraphs(self, item: Item) -> list[str]:
        own = self.recipe.item_text.get(item.id, "")
        if own.strip():
            return _paragraphs(own)
        return list(item.paragraphs) if self.recipe.detail_for(item.id) == "full" else [item.summary]

    def item(self, item: Item, number: str, study_sources: list[str]) -> None:
        self.heading(item.title, 2, True, f"item '{item.id}' title", number)
        charts = [c for c, home in self.homes.items() if home == item.id]
        paragraphs = self.item_paragraphs(item)
        where = f"item '{item.id}' text"
        for index, raw in enumerate(paragraphs):
            last = index == len(paragraphs) - 1
            self.blocks.append(Paragraph.of(self.spans(raw, where, study_sources, last)))
            cited = {ref.key[0] for ref in figure_refs(raw)}
            for chart_id in [c for c in charts if last or cited & set(self.charts[c].indicators)]:
                charts.remove(chart_id)
                self.figure(chart_id, item.id)

    def annex(self) -> None:
        """Chosen charts that no chosen item rests on."""
        orphans = [c for c in self.recipe.charts if c not in self.homes]
        if not orphans:
            return
        self.heading(word("annex_charts", self.language), 1, False, "annex heading", role="annex")
        for chart_id in orphans:
            self.figure(chart_id)

    def appendix_indicators(self) -> list[str]:
        """The key figures, then every other figure the chosen items cite, in reading order (with data)."""
        with_values = {o.indicator_id for o in self.dataset.observations if o.value is not None}
        cited = [i for item_id in self.recipe.item_ids() for i in getattr(self.content.item(item_id), "indicators", ())]
        return [i for i in dict.fromkeys(self.recipe.indicators + cited)
                if i in with_values and i in self.dataset.indicators]

    def appendix(self) -> None:
        indicator_ids = self.appendix_indicators() if self.recipe.appendix_tables else []
        if not indicator_ids:
            return
        self.blocks.append(PageBreak())
        language = self.language
        self.heading(word("appendix", language), 1, False, "appendix heading", role="appendix")
        space = "" if language == "zh" else " "
        self.blocks.append(Paragraph(f"{word('appendix_intro', language)}{space}"
                                     f"{word('source_column_note', language)}", "body"))
        for indicator_id in indicator_ids:
            indicator = self.dataset.indicators[indicator_id]
            columns, rows, keys = data_table_rows(self.dataset, indicator_id, self.sources, self.clean, language)
            # Each value carries its own (Chinese: display) unit, so the title names the unit only in English.
            title = indicator.name if indicator.is_count or language == "zh" else \
                word("unit_in_title", language, name=indicator.name, unit=indicator.unit)
            self.table(self.clean(title, f"indicator '{indicator_id}' name"), columns, rows, (2,), "",
                       cell_notes=self.cell_notes(keys, 2))

    def source_list(self) -> None:
        used = self.sources.used()
        if not used:
            return
        language = self.language
        self.heading(word("sources", language), 1, False, "sources heading", role="sources")
        comma, stop = word("list_separator", language), word("sentence_end", language)
        for number, source in used:
            parts = [source.title, comma.join(p for p in (source.publisher, period_label(source.published, language)
                                                          if source.published else "") if p)]
            if source.url:
                parts.append(source.url)
            if source.reference:
                parts.append(word("study_reference", language, reference=source.reference))
            if source.note:
                parts.append(source.note)
            joiner = stop if language == "zh" else stop + " "
            text = joiner.join(p.rstrip(".。") for p in parts if p) + stop
            self.blocks.append(Paragraph(self.clean(f"[{number}] {text}", f"source '{source.id}'"), "small"))

    def number_captions(self) -> None:
        """Figures and tables numbered in reading order (the box is Table 1 when it is there)."""
        figures = tables = 0
        for block in self.blocks:
            if isinstance(block, Figure):
                figures += 1
                block.number = figures
            elif isinstance(block, Table):
                tables += 1
                block.number = tables

    def contents(self) -> TableOfContents:
        entries = [TocEntry(h.level, h.display, h.anchor) for h in self.blocks
                   if isinstance(h, Heading) and h.level <= TOC_LEVELS]
        return TableOfContents(entries, word("contents", self.language))


def front_page_wanted(recipe: Recipe, blocks: list[Block]) -> bool:
    """A title page with the contents: when asked, or ("auto") for a brief longer than LONG_BRIEF_PAGES.
    An official Chinese layout has none: its title block is part of its first page."""
    if is_official(recipe.layout):
        return False
    if recipe.contents != "auto":
        return recipe.contents == "always"
    return estimated_pages(blocks, recipe.language) > LONG_BRIEF_PAGES


def compose(recipe: Recipe, dataset: Dataset, content: Content, render_chart: ChartRenderer,
            findings: Optional[Iterable[Any]] = None) -> Document:
    """The brief for ``recipe``; raises RecipeError if it names sections, items or indicators that are gone."""
    missing = [m for m in unknown_ids(recipe, content, dataset, recipe.charts) if not m.startswith("chart ")]
    if missing:
        raise RecipeError("sections" if missing[0].startswith(("section", "item")) else
                          "item_text" if missing[0].startswith("the brief") else "indicators",
                          "names what this workspace no longer has: " + ", ".join(missing))
    c = _Composer(recipe, dataset, content, render_chart, findings)
    c.draw_charts()
    c.executive_summary()
    c.key_figures()
    for choice in recipe.sections:
        if not choice.items:
            c.clean.warnings.append(f"section '{choice.id}' has no items ticked and is left out")
            continue
        section = content.section(choice.id)
        assert section is not None
        c.section(section, choice.items)
    c.annex()
    c.appendix()
    c.source_list()
    c.number_captions()
    front_page = front_page_wanted(recipe, c.blocks)
    if front_page:
        c.blocks[0:0] = [c.contents(), PageBreak()]
    r = recipe
    return Document(
        title=c.clean(r.title, "title"), subtitle=c.clean(r.subtitle, "subtitle"),
        organisation=c.clean(r.organisation, "organisation"), author=c.clean(r.author, "author"),
        # 成文日期 in Arabic numerals (2026年12月1日) in an official layout, whatever the text's language.
        date=c.clean(display_date(r.date, "zh" if c.official else r.language), "date"),
        marking=c.clean(r.marking, "marking"), paper=r.paper,
        language=r.language, front_page=front_page, layout=r.layout, official=r.official.to_dict(),
        properties={"recipe": recipe.to_json(), "snapshot": data_snapshot_id(dataset),
                    "generator": f"ftz_desktop {__version__}"},
        blocks=c.blocks, warnings=c.clean.warnings)

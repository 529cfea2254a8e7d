"""Turn a recipe and the workspace into the brief's document model, holding exactly what was ticked.

Order of the brief: title block, contents, executive summary, the chosen sections with their items
(in the recipe's order), key figures, charts, an optional appendix of data tables, and the sources
of every figure used. Anything not named by the recipe appears nowhere, and every number is read
from the dataset at compose time.
"""
from __future__ import annotations

import re
from typing import Any, Callable, Iterable, NamedTuple, Optional, Sequence, Union

from ftz_desktop import __version__
from ftz_desktop.brief.model import (
    Block,
    Document,
    Figure,
    Heading,
    Note,
    PageBreak,
    Paragraph,
    Table,
    TableOfContents,
    TocEntry,
)
from ftz_desktop.brief.tables import SourceList, data_table_rows, key_figure_rows
from ftz_desktop.brief.textclean import Cleaner
from ftz_desktop.brief.words import display_date, word
from ftz_desktop.core.analysis.checks import Finding
from ftz_desktop.core.analysis.findings_text import finding_text
from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.domain.periods import period_label
from ftz_desktop.core.recipe import Recipe, RecipeError, data_snapshot_id, unknown_ids
from ftz_desktop.core.study.content import Content, Item, Section
from ftz_desktop.core.study.names import localized
from ftz_desktop.core.study.textfill import figure_refs, fill_figures

PAPER_TEXT_WIDTH_CM = {"A4": 16.0, "Letter": 16.5}   # page width less 2.5 cm margins each side
TOC_LEVELS = 2
READER_FINDING_KINDS = ("inconsistent",)


class ChartImage(NamedTuple):
    png: bytes
    title: str
    source_note: str
    indicators: tuple[str, ...] = ()   # lets the sources section list the chart's data sources


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
        self.findings = list(findings or [])
        self.clean = Cleaner()
        self.sources = SourceList(self.dataset)
        self.blocks: list[Block] = []
        self.chapter = 0
        self.tables = 0
        self.figures = 0

    # -- building blocks -------------------------------------------------------------------------
    def heading(self, text: str, level: int, numbered: bool, where: str, number: str = "") -> None:
        anchor = f"_Toc{len(self.blocks) + 1:09d}"
        self.blocks.append(Heading(self.clean(text, where), level, numbered, number if numbered else "", anchor))

    def chapter_heading(self, text: str, where: str) -> str:
        self.chapter += 1
        self.heading(text, 1, True, where, str(self.chapter))
        return str(self.chapter)

    def text(self, raw: str, where: str, style: str = "body") -> None:
        filled = fill_figures(raw, self.dataset, language=self.language)
        for ref in figure_refs(raw):
            obs = self.dataset.get(*ref.key)
            if obs is None or obs.value is None:
                self.clean.warnings.append(f"{where}: no data for the figure {'|'.join(ref.key)}")
            else:
                self.sources.cite(obs.source_id)
        self.blocks.append(Paragraph(self.clean(filled, where), style))

    def table(self, caption: str, columns: list[str], rows: list[list[str]], numeric: tuple[int, ...],
              source: str, note: str = "") -> None:
        self.tables += 1
        self.blocks.append(Table(caption, columns, rows, source, self.tables, numeric, note))

    # -- parts of the brief ----------------------------------------------------------------------
    def executive_summary(self) -> None:
        paragraphs = _paragraphs(self.recipe.executive_summary)
        if not paragraphs:
            return
        self.heading(word("executive_summary", self.language), 1, False, "executive summary heading")
        for paragraph in paragraphs:
            self.blocks.append(Paragraph(self.clean(paragraph, "executive summary"), "lead"))

    def section(self, section: Section, item_ids: list[str]) -> None:
        number = self.chapter_heading(section.title, f"section '{section.id}' title")
        for position, item_id in enumerate(item_ids, start=1):
            item = section.item(item_id)
            assert item is not None  # unknown ids were refused before composing
            self.item(item, f"{number}.{position}")
        self._cite_study_section(section)

    def item(self, item: Item, number: str) -> None:
        self.heading(item.title, 2, True, f"item '{item.id}' title", number)
        if self.recipe.detail_for(item.id) == "full":
            for paragraph in item.paragraphs:
                self.text(paragraph, f"item '{item.id}' text")
        else:
            self.text(item.summary, f"item '{item.id}' summary")

    def _cite_study_section(self, section: Section) -> None:
        # The text itself comes from the study; a source whose section matches the section's number cites it.
        if not section.number:
            return
        for source in self.dataset.sources.values():
            if source.section == section.number or source.section.startswith(f"{section.number}("):
                self.sources.cite(source.id)

    def key_figures(self) -> None:
        ids = self.recipe.indicators
        if not ids:
            return
        language = self.language
        self.chapter_heading(word("key_figures", language), "key figures heading")
        columns, rows, numeric, approximate = key_figure_rows(self.dataset, ids, self.sources, self.clean, language)
        self.table(word("key_figures_caption", language), columns, rows, numeric,
                   word("source_column_note", language), word("approximate_note", language) if approximate else "")
        chosen = set(ids)
        for finding in self.findings:
            if getattr(finding, "indicator_id", None) not in chosen:
                continue
            severity = getattr(finding, "severity", "")
            # A reader needs errors and stated-versus-computed disagreements; gaps already show as "—".
            if severity == "error" or getattr(finding, "kind", "") in READER_FINDING_KINDS:
                label = word("data_check" if severity == "error" else "data_note", self.language)
                colon = "：" if self.language == "zh" else ": "
                message = self._finding_text(finding)
                self.blocks.append(Note(self.clean(f"{label}{colon}{message}", "data check message")))

    def _finding_text(self, finding: Any) -> str:
        """The finding in the brief's language (the checker's own words in English)."""
        return finding_text(finding, self.dataset, self.language) if isinstance(finding, Finding) \
            else str(finding.message)

    def charts(self) -> None:
        if not self.recipe.charts:
            return
        self.chapter_heading(word("charts", self.language), "charts heading")
        width = PAPER_TEXT_WIDTH_CM.get(self.recipe.paper, 16.0)
        for chart_id in self.recipe.charts:
            try:
                image = ChartImage(*self.render_chart(chart_id))
            except KeyError:
                raise RecipeError("charts", f"chart '{chart_id}' is not available in this version") from None
            for indicator_id in image.indicators:
                self.sources.cite_observations([o for o in self.dataset.series(indicator_id) if o.value is not None])
            self.figures += 1
            self.blocks.append(Figure(image.png, self.clean(image.title, f"chart '{chart_id}' title"),
                                      self.clean(image.source_note, f"chart '{chart_id}' source"), width,
                                      self.figures))

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
        self.heading(word("appendix", language), 1, False, "appendix heading")
        space = "" if language == "zh" else " "
        self.blocks.append(Paragraph(f"{word('appendix_intro', language)}{space}"
                                     f"{word('source_column_note', language)}", "body"))
        for indicator_id in indicator_ids:
            indicator = self.dataset.indicators[indicator_id]
            columns, rows = data_table_rows(self.dataset, indicator_id, self.sources, self.clean, language)
            # Each value carries its own (Chinese: display) unit, so the title names the unit only in English.
            title = indicator.name if indicator.is_count or language == "zh" else \
                word("unit_in_title", language, name=indicator.name, unit=indicator.unit)
            self.table(self.clean(title, f"indicator '{indicator_id}' name"), columns, rows, (2,), "")

    def source_list(self) -> None:
        used = self.sources.used()
        if not used:
            return
        language = self.language
        self.heading(word("sources", language), 1, False, "sources heading")
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

    def contents(self) -> TableOfContents:
        entries = [TocEntry(h.level, h.display, h.anchor) for h in self.blocks
                   if isinstance(h, Heading) and h.level <= TOC_LEVELS]
        return TableOfContents(entries, word("contents", self.language))


def compose(recipe: Recipe, dataset: Dataset, content: Content, render_chart: ChartRenderer,
            findings: Optional[Iterable[Any]] = None) -> Document:
    """The brief for ``recipe``; raises RecipeError if it names sections, items or indicators that are gone."""
    missing = [m for m in unknown_ids(recipe, content, dataset, recipe.charts) if not m.startswith("chart ")]
    if missing:
        raise RecipeError("sections" if missing[0].startswith(("section", "item")) else
                          "item_text" if missing[0].startswith("the brief") else "indicators",
                          "names what this workspace no longer has: " + ", ".join(missing))
    c = _Composer(recipe, dataset, content, render_chart, findings)
    c.executive_summary()
    for choice in recipe.sections:
        if not choice.items:
            c.clean.warnings.append(f"section '{choice.id}' has no items ticked and is left out")
            continue
        section = content.section(choice.id)
        assert section is not None
        c.section(section, choice.items)
    c.key_figures()
    c.charts()
    c.appendix()
    c.source_list()
    c.blocks[0:0] = [c.contents(), PageBreak()]   # title and contents on the first page
    r = recipe
    return Document(
        title=c.clean(r.title, "title"), subtitle=c.clean(r.subtitle, "subtitle"),
        organisation=c.clean(r.organisation, "organisation"), author=c.clean(r.author, "author"),
        date=c.clean(display_date(r.date, r.language), "date"), marking=c.clean(r.marking, "marking"), paper=r.paper,
        language=r.language,
        properties={"recipe": recipe.to_json(), "snapshot": data_snapshot_id(dataset),
                    "generator": f"ftz_desktop {__version__}"},
        blocks=c.blocks, warnings=c.clean.warnings)

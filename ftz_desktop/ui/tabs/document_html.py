"""The study's text as rich text for a DocumentView: headings, a summary, paragraphs, live figures.

Every ``{{indicator|GEO|PERIOD}}`` in the text becomes the current value from the data (through
``core.study.textfill``, the same words the brief prints), written as a link: its tooltip names the indicator,
the geography, the period and the source, and a click opens the indicator in the Data tab.
"""
from __future__ import annotations

import html
from typing import Iterable

from PySide6.QtCore import QCoreApplication

from ftz_desktop.core.domain.model import OBSERVATION_STATUSES, Dataset
from ftz_desktop.core.domain.periods import period_label
from ftz_desktop.core.study.content import Item, Section
from ftz_desktop.core.study.textfill import figure_refs, fill_figures

INDICATOR_SCHEME = "indicator"
TR_CONTEXT = "DocumentHtml"


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def figure_tooltip(dataset: Dataset, indicator_id: str, geography: str, period: str) -> str:
    """"Zone's share of …, Sichuan Pilot Free Trade Zone, 2023 · Source: …" (plain text, several lines)."""
    translate = QCoreApplication.translate
    indicator = dataset.indicators.get(indicator_id)
    obs = dataset.get(indicator_id, geography, period)
    name = indicator.name if indicator else indicator_id
    lines = [f"{name} — {dataset.geography_name(geography)}, {period_label(period, dataset.language)}"]
    if obs is None or obs.value is None:
        lines.append(translate("DocumentHtml", "This figure is not in the data: add it in the Data tab."))
        return "\n".join(lines)
    source = dataset.source_for(obs)
    source_text = source.title if source else obs.source_id or translate("DocumentHtml", "not given")
    lines.append(translate("DocumentHtml", "Source: {source}").format(source=source_text))
    if obs.status and obs.status != "A":
        status = OBSERVATION_STATUSES.get(obs.status, obs.status)
        lines.append(translate("DocumentHtml", "Status: {status}").format(status=status))
    if obs.note:
        lines.append(translate("DocumentHtml", "Note: {note}").format(note=obs.note))
    lines.append(translate("DocumentHtml", "Click to open it in the Data tab."))
    return "\n".join(lines)


def figures_html(text: str, dataset: Dataset) -> str:
    """Escape ``text`` and turn each figure reference into its current value, as a link to its indicator."""
    parts: list[str] = []
    position = 0
    for ref in figure_refs(text):
        parts.append(html.escape(text[position:ref.start]))
        filled = fill_figures(text[ref.start:ref.end], dataset)
        indicator_id, geography, period = ref.key
        tooltip = _attr(figure_tooltip(dataset, indicator_id, geography, period))
        obs = dataset.get(indicator_id, geography, period)
        if obs is None or obs.value is None or indicator_id not in dataset.indicators:
            parts.append(f'<span class="missing" title="{tooltip}">{html.escape(filled)}</span>')
        else:
            parts.append(f'<a class="figure" href="{INDICATOR_SCHEME}:{_attr(indicator_id)}" '
                         f'title="{tooltip}">{html.escape(filled)}</a>')
        position = ref.end
    parts.append(html.escape(text[position:]))
    return "".join(parts)


def paragraphs_html(paragraphs: Iterable[str], dataset: Dataset) -> str:
    return "".join(f"<p>{figures_html(p, dataset)}</p>" for p in paragraphs)


def summary_html(item: Item, dataset: Dataset, background: str) -> str:
    """The one-paragraph summary, set apart on a light background."""
    return (f'<table class="summary" width="100%" cellspacing="0" cellpadding="10" bgcolor="{background}">'
            f'<tr><td><p class="summary">{figures_html(item.summary, dataset)}</p></td></tr></table>')


def item_html(item: Item, dataset: Dataset, *, heading: str = "h2", summary_background: str = "",
              with_title: bool = True) -> str:
    """An item: its title, its summary (when a background colour is given) and its full text."""
    parts = []
    if with_title:
        parts.append(f"<{heading}>{html.escape(item.title)}</{heading}>")
    if summary_background:
        parts.append(summary_html(item, dataset, summary_background))
    parts.append(paragraphs_html(item.paragraphs, dataset))
    return "".join(parts)


def section_heading_text(section: Section) -> str:
    return f"{section.number} {section.title}".strip()


def section_intro_html(section: Section, dataset: Dataset) -> str:
    """The section's heading and its introduction."""
    return f"<h1>{html.escape(section_heading_text(section))}</h1>{paragraphs_html(section.intro, dataset)}"

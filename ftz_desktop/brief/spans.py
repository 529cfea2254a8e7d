"""A paragraph of the study's text as the brief prints it: figures filled from the data, each figure tied to
the sources list by a superscript number, and a footnote at a figure the data checks question.

The text comes from a section of the study, whose number closes the paragraph ("….[1]"); a figure from
that same source needs no number of its own. A figure from another publication (a yearbook a statistician
added) carries its number where it stands; consecutive figures from one publication share one number,
after the last of them, as a careful writer cites a claim once.
"""
from __future__ import annotations

from typing import Callable, Optional

from ftz_desktop.brief.footnotes import FootnoteBook
from ftz_desktop.brief.model import Span
from ftz_desktop.brief.tables import SourceList
from ftz_desktop.core.domain.formatting import format_observation
from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.study.textfill import figure_refs

MISSING = "[no data: {key}]"


def _number(mark: str) -> str:
    return mark.strip("[]")


def text_spans(raw: str, dataset: Dataset, language: str, sources: SourceList, notes: FootnoteBook,
               missing: Callable[[str], None], covered: frozenset[str] = frozenset()) -> tuple[list[Span], bool]:
    """``raw`` with its {{figure}} references filled, and whether a figure relies on the closing number.

    ``covered``: the ids of the sources the paragraph's closing mark gives; ``missing(key)`` is told of
    each figure without data.
    """
    refs = figure_refs(raw)
    pieces: list[tuple[str, str, str]] = []      # (text up to and with the figure, source mark, footnote)
    position = 0
    relies = False
    for ref in refs:
        obs = dataset.get(*ref.key)
        indicator = dataset.indicators.get(ref.key[0])
        if obs is None or indicator is None or obs.value is None:
            missing("|".join(ref.key))
            value, mark, note = MISSING.format(key="|".join(ref.key)), "", ""
        elif obs.source_id in covered:
            value, mark, note = format_observation(obs, indicator, language), "", notes.take(ref.key)
            relies = True
        else:
            value, mark, note = format_observation(obs, indicator, language), sources.cite(obs.source_id), \
                notes.take(ref.key)
        pieces.append((raw[position:ref.start] + value, _number(mark), note))
        position = ref.end
    spans: list[Span] = []
    for index, (text, mark, note) in enumerate(pieces):
        following: Optional[str] = pieces[index + 1][1] if index + 1 < len(pieces) else None
        # A footnote closes the claim; otherwise the number waits for the last figure of its publication.
        cite = mark if mark and (note or following != mark) else ""
        spans.append(Span(text, cite, note))
    if position < len(raw) or not spans:
        spans.append(Span(raw[position:]))
    return spans, relies


def with_closing_cite(spans: list[Span], numbers: list[str]) -> list[Span]:
    """``spans`` with ``numbers`` (of the study section the text comes from) after the paragraph's last
    word, unless its last figure already carries exactly them."""
    wanted = ",".join(n for n in numbers if n)
    figures = [s for s in spans if s.cite]
    if not wanted or (figures and figures[-1] is spans[-1] and spans[-1].cite == wanted):
        return spans
    last = spans[-1]
    if last.cite or last.footnote:
        return spans + [Span("", wanted)]
    return spans[:-1] + [Span(last.text, wanted)]

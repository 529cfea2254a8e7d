"""What the composer's outline offers, in the brief's language: the study's sections and items, the
workspace's indicators in groups by section and topic, and the catalog's charts, each with a tooltip.

The texts are translated in the composer's context ("BriefComposerTab"), where they have always been.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.domain.periods import period_label
from ftz_desktop.core.study.content import Content
from ftz_desktop.ui.brief.outline_nodes import IndicatorEntry, OutlineEntry

TR_CONTEXT = "BriefComposerTab"
# The name of an indicator group is its section id, capitalised; the study's own ids are named in the user's
# language (the English is the capitalised id, so the English outline is unchanged).
SECTION_GROUP_NAMES = {
    "status": QT_TRANSLATE_NOOP("BriefComposerTab", "Status"),
    "shortcomings": QT_TRANSLATE_NOOP("BriefComposerTab", "Shortcomings"),
    "opportunities": QT_TRANSLATE_NOOP("BriefComposerTab", "Opportunities"),
    "recommendations": QT_TRANSLATE_NOOP("BriefComposerTab", "Recommendations"),
    "conclusion": QT_TRANSLATE_NOOP("BriefComposerTab", "Conclusion"),
    "other": QT_TRANSLATE_NOOP("BriefComposerTab", "Other"),
}

Sections = list[tuple[OutlineEntry, list[OutlineEntry]]]


def chart_ids() -> list[str]:
    from ftz_desktop.charts.catalog import CHARTS

    return list(CHARTS)


def group_name(section_id: str) -> str:
    """The name of an indicator group: its section, in the user's language where the study names it."""
    name = SECTION_GROUP_NAMES.get(section_id)
    return QCoreApplication.translate(TR_CONTEXT, str(name)) if name else section_id.capitalize()


def outline_entries(content: Content, raw: Dataset) -> tuple[Sections, list[IndicatorEntry], list[OutlineEntry]]:
    """(sections with their items, indicators, charts) for ``OutlineModel.build``, in ``content``'s language."""
    from ftz_desktop.charts.catalog import CHARTS, chart_title
    from ftz_desktop.core.study.names import load_names, localized

    language = content.language
    dataset = localized(raw, language)     # names in the language of the brief's text
    names = load_names(language)
    # Titles are often cut in the tree: each tooltip repeats the title before what it adds.
    section_tip = QCoreApplication.translate("BriefComposerTab", "\nSection {number} of the study")
    sections = [(OutlineEntry(s.id, s.title, s.title + (section_tip.format(number=s.number) if s.number else "")),
                 [OutlineEntry(i.id, i.title, f"{i.title}\n\n{i.summary}") for i in s.items])
                for s in content.sections]
    no_data = QCoreApplication.translate("BriefComposerTab", "no data")
    section_order = {s.id: n for n, s in enumerate(content.sections)}
    indicators = []
    for indicator in sorted(dataset.indicators.values(), key=lambda i: section_order.get(i.section, 99)):
        # Section ids are the short names ("status"); the section titles are too long for a group row.
        group_title = group_name(indicator.section or "other")
        if indicator.topic:
            group_title += f" — {names.term('topic', indicator.topic, indicator.topic)}"
        latest = dataset.latest(indicator.id)
        unit = "" if indicator.is_count else f" ({indicator.unit})"
        indicators.append(IndicatorEntry(
            indicator.id, indicator.name, f"{indicator.section}/{indicator.topic}", group_title,
            period_label(latest.period, language) if latest else no_data, latest is not None,
            f"{indicator.name}{unit}" + (f"\n{indicator.description}" if indicator.description else "")))
    charts = []
    for spec in CHARTS.values():
        title = chart_title(spec, language, dataset)      # the description is English only
        charts.append(OutlineEntry(spec.id, title, title if language == "zh" else f"{title}\n\n{spec.description}"))
    return sections, indicators, charts

"""What to look at before a brief is exported: problems with what the recipe chose.

Errors stop the export (the brief would be wrong or could not be built): ids the workspace no longer
has, chosen items whose text is empty, a template that cannot be used or lacks styles the brief needs,
a recipe that chooses nothing. Warnings let the user export anyway: chosen indicators with no data or
only old data, figures whose source names no publisher, data checks (``core.analysis.checks``) on the
figures the brief shows, charts with gaps, and no font for the brief's language.

Only what the recipe chose is checked: a problem in an indicator that was left out is not reported.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Optional, Union

from ftz_desktop.core.analysis.checks import Finding, finding_order, run_checks
from ftz_desktop.core.domain.model import Dataset, is_publication
from ftz_desktop.core.domain.periods import period_label, period_year
from ftz_desktop.core.recipe import OFFICIAL_TEMPLATES, STANDARD_TEMPLATE, Recipe, unknown_ids
from ftz_desktop.core.study.content import Content
from ftz_desktop.core.study.textfill import figure_refs
from ftz_desktop.core.translate import tr

OLD_DATA_YEARS = 3          # a latest figure more than this many years before the newest data is "old"
_GAPS_NAMED = 6             # how many missing chart values a message names before "and N more"


def _chart_ids() -> list[str]:
    from ftz_desktop.charts.catalog import CHARTS  # matplotlib: imported only when a check needs it

    return list(CHARTS)


def _unknown(recipe: Recipe, content: Content, dataset: Dataset, chart_ids: Iterable[str]) -> list[Finding]:
    return [Finding("error", "unknown_id",
                    f"The recipe names {phrase}, which this workspace does not have; untick it or open the "
                    "recipe again to drop it.")
            for phrase in unknown_ids(recipe, content, dataset, chart_ids)]


def _nothing_chosen(recipe: Recipe) -> list[Finding]:
    if recipe.item_ids() or recipe.indicators or recipe.charts or recipe.executive_summary.strip():
        return []
    return [Finding("error", "empty_brief", "Nothing is ticked: choose at least one item, indicator or chart.")]


def _empty_text(recipe: Recipe, content: Content) -> list[Finding]:
    findings = []
    for item_id in recipe.item_ids():
        item = content.item(item_id)
        if item is None:
            continue   # reported as an unknown id
        full = recipe.detail_for(item_id) == "full"
        text = item.full_text if full else item.summary
        if not text.strip():
            which = "full text" if full else "summary"
            findings.append(Finding("error", "empty_text",
                                    f"Item '{item.title}' ({item.id}) is ticked but its {which} is empty; "
                                    f"untick it or choose the {'summary' if full else 'full text'}.",
                                    item_id=item.id))
    return findings


def _newest_year(dataset: Dataset) -> Optional[int]:
    years = [y for y in (period_year(o.period) for o in dataset.observations if o.value is not None) if y is not None]
    return max(years) if years else None


def _indicator_data(recipe: Recipe, dataset: Dataset) -> list[Finding]:
    findings = []
    newest = _newest_year(dataset)
    for indicator_id in recipe.indicators:
        indicator = dataset.indicators.get(indicator_id)
        if indicator is None:
            continue
        latest = dataset.latest(indicator_id)
        if latest is None:
            findings.append(Finding("warning", "no_data",
                                    f"{indicator.name} has no data; the key-figures table shows a dash for it.",
                                    indicator_id=indicator_id))
            continue
        year = period_year(latest.period)
        if newest is not None and year is not None and newest - year > OLD_DATA_YEARS:
            findings.append(Finding("warning", "old_data",
                                    f"{indicator.name}: the latest figure is for {period_label(latest.period)}, "
                                    f"{newest - year} years before the newest data ({newest}).",
                                    indicator_id=indicator_id, key="|".join(latest.key)))
    return findings


def _figures_shown(recipe: Recipe, content: Content) -> set[str]:
    """Indicators whose numbers appear in the brief: key figures, figures in the chosen text, charts."""
    shown = set(recipe.indicators)
    for item_id in recipe.item_ids():
        item = content.item(item_id)
        if item is None:
            continue
        text = item.full_text if recipe.detail_for(item_id) == "full" else item.summary
        shown.update(ref.key[0] for ref in figure_refs(text))
    if recipe.charts:
        from ftz_desktop.charts.catalog import CHARTS

        for chart_id in recipe.charts:
            spec = CHARTS.get(chart_id)
            if spec is not None:
                shown.update(spec.indicators)
    return shown


def _data_checks(recipe: Recipe, dataset: Dataset, content: Content) -> list[Finding]:
    shown = _figures_shown(recipe, content)
    chosen_items = set(recipe.item_ids())
    findings = []
    for finding in run_checks(dataset, content):
        if finding.kind == "no_observations":
            continue   # reported as "no data" for a chosen indicator
        if finding.item_id:
            # Text problems count only for ticked items; empty text is checked above with the chosen detail.
            if finding.item_id not in chosen_items or finding.kind == "empty_text":
                continue
        elif finding.indicator_id not in shown:
            continue
        findings.append(Finding("warning", finding.kind, finding.message, finding.indicator_id, finding.key,
                                finding.stated, finding.computed, finding.formula, finding.derived_id,
                                finding.item_id))
    return findings


def _unpublished_sources(recipe: Recipe, dataset: Dataset, content: Content) -> list[Finding]:
    """A warning for each source of the shown figures that a reader could not look up (no publisher)."""
    shown = _figures_shown(recipe, content)
    citing: dict[str, list[str]] = {}
    for obs in dataset.observations:
        if obs.indicator_id in shown and obs.value is not None:
            citing.setdefault(obs.source_id, []).append(obs.indicator_id)
    findings = []
    for source_id, indicators in citing.items():
        source = dataset.sources.get(source_id)
        if source is None or is_publication(source):
            continue
        count = len(indicators)
        findings.append(Finding(
            "warning", "unpublished_source",
            f"{count} figure{'s' if count != 1 else ''} the brief shows cite{'s' if count == 1 else ''} "
            f"“{source.title or source_id}” ({source_id}), which names no publisher, so a reader cannot look "
            "it up; give the source its publisher (Data tab › Sources) or leave these figures out.",
            indicator_id=indicators[0]))
    return findings


def _chart_gaps(recipe: Recipe, dataset: Dataset) -> list[Finding]:
    if not recipe.charts:
        return []
    from ftz_desktop.charts.catalog import CHARTS, chart_data_table, chart_title

    findings = []
    for chart_id in recipe.charts:
        spec = CHARTS.get(chart_id)
        if spec is None:
            continue
        missing = [d for d in chart_data_table(spec, dataset, recipe.language) if d.value is None]
        if not missing:
            continue
        names = [f"{d.label} ({period_label(d.period)})" if d.period else d.label for d in missing]
        shown = ", ".join(names[:_GAPS_NAMED])
        if len(names) > _GAPS_NAMED:
            shown += f" and {len(names) - _GAPS_NAMED} more"
        first = next((d for d in missing if d.indicator_id), None)
        findings.append(Finding("warning", "chart_gap",
                                f"Chart '{chart_title(spec, recipe.language, dataset)}' has no value for {shown}; "
                                "they show as gaps.",
                                indicator_id=first.indicator_id if first else "",
                                key="|".join((first.indicator_id, first.geography, first.period)) if first else ""))
    return findings


# Styles Word keeps latent until a document uses them, so most office templates lack them; the brief adds
# them with the standard look and the contents page looks as it should.
LATENT_STYLES = ("TOC Heading", "TOC 1", "TOC 2", "TOC 3")


def template_findings(template: Union[str, Path, None]) -> list[Finding]:
    """What ``check_template`` finds in a user template: an error when the file cannot be used or lacks
    styles the text needs, a warning when only Word's latent contents styles are missing."""
    if template is None or str(template) == STANDARD_TEMPLATE or str(template) in OFFICIAL_TEMPLATES:
        return []
    from ftz_desktop.brief.docx.template import TemplateError, check_template

    name = Path(template).name
    try:
        missing = check_template(template)
    except TemplateError as exc:
        return [Finding("error", "template", f"{exc}. Choose another template or the Standard one.")]
    needed = [m for m in missing if m not in LATENT_STYLES]
    if needed:
        return [Finding("error", "template_styles",
                        f"The template {name} lacks the style(s) {', '.join(needed)} that the brief uses. Add them "
                        "to the template in Word, or choose the Standard template.")]
    if missing:
        return [Finding("warning", "template_styles",
                        f"The template {name} does not define {', '.join(missing)} (Word adds them when a contents "
                        "page is first used); the brief gives them the standard look.")]
    return []


def _template(recipe: Recipe, template_path: Union[str, Path, None]) -> list[Finding]:
    template = template_path if template_path is not None else recipe.template
    return template_findings(template)


def _font(recipe: Recipe) -> list[Finding]:
    if not recipe.language.lower().startswith("zh"):
        return []
    from ftz_desktop.charts import fonts

    if fonts.cjk_font_available():
        return []
    return [Finding("warning", "no_font",
                    "No Chinese font is installed for the charts, so their Chinese labels would show as boxes. "
                    f"Install one of: {', '.join(fonts.CJK_FAMILIES)}.")]


def _layout_fonts(recipe: Recipe, families: Optional[frozenset[str]] = None) -> list[Finding]:
    """An official layout's faces this PC lacks, and what Word and WPS will show in their place."""
    if recipe.layout not in OFFICIAL_TEMPLATES:
        return []
    from ftz_desktop.brief.installed_fonts import installed_families, missing_faces
    from ftz_desktop.brief.layouts import PROFILE_NAMES

    missing = missing_faces(recipe.official.font_profile, installed_families() if families is None else families)
    if not missing:
        return []
    faces = tr(", ").join(tr("{face} (shown as {fallback})", face=face, fallback=fallback) if fallback
                          else tr("{face} (no similar face installed)", face=face) for face, fallback in missing)
    profile = PROFILE_NAMES.get(recipe.official.font_profile, recipe.official.font_profile)
    return [Finding("warning", "fonts_missing",
                    tr("This PC lacks fonts of the “{profile}” font profile: {faces}. The brief names them, so a "
                       "reader who has them sees the layout as meant; to see it here, install them or choose the "
                       "“Windows 自带” profile.", profile=profile, faces=faces))]


def preflight(recipe: Recipe, dataset: Dataset, content: Content,
              template_path: Union[str, Path, None] = None) -> list[Finding]:
    """Every problem with what ``recipe`` chose, errors first; ``template_path`` overrides the recipe's."""
    charts = _chart_ids() if recipe.charts else []
    findings = (_unknown(recipe, content, dataset, charts) + _nothing_chosen(recipe) + _empty_text(recipe, content)
                + _template(recipe, template_path) + _indicator_data(recipe, dataset)
                + _data_checks(recipe, dataset, content) + _unpublished_sources(recipe, dataset, content)
                + _chart_gaps(recipe, dataset) + _font(recipe) + _layout_fonts(recipe))
    return sorted(findings, key=finding_order)

"""Export a brief: check the target and template, compose, write the Word file atomically.

Progress is reported as (fraction, message); ``cancel()`` is polled between steps and stops the export
with ExportCancelled before anything is written, so the target is untouched.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Union

from ftz_desktop.brief.compose import ChartImage, ChartRenderer, compose
from ftz_desktop.brief.docx.fonts import FontSet
from ftz_desktop.brief.docx.template import check_template
from ftz_desktop.brief.docx.writer import render_docx
from ftz_desktop.core.atomic import atomic_write_bytes, remove_stale_temps, validate_target_name
from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.errors import UserError
from ftz_desktop.core.recipe import STANDARD_TEMPLATE, Recipe
from ftz_desktop.core.study.content import Content

Progress = Callable[[float, str], None]


class ExportCancelled(UserError):  # noqa: N818 -- public name, used by callers and tests
    """The user cancelled; nothing was written."""


@dataclass
class ExportResult:
    path: Path
    warnings: list[str] = field(default_factory=list)
    snapshot: str = ""


def export_brief(recipe: Recipe, dataset: Dataset, content: Content, out_path: Union[str, Path],
                 render_chart: Optional[ChartRenderer] = None, progress: Optional[Progress] = None,
                 cancel: Optional[Callable[[], bool]] = None, findings: Optional[Iterable[Any]] = None,
                 fonts: Optional[FontSet] = None) -> ExportResult:
    """Write the brief for ``recipe`` to ``out_path``; raises TargetNameError, TemplateError, RecipeError,
    AtomicWriteError (locked target, full disk, read-only folder) or ExportCancelled."""
    report = progress or (lambda fraction, message: None)
    cancelled = cancel or (lambda: False)

    def checkpoint() -> None:
        if cancelled():
            raise ExportCancelled("Export cancelled; no file was written.")

    target = validate_target_name(out_path)
    warnings: list[str] = []
    template = None if recipe.template == STANDARD_TEMPLATE else recipe.template
    if template is not None:
        missing = check_template(template)
        if missing:
            warnings.append(f"The template has no {', '.join(missing)} style(s); the standard look is used for them.")
    if render_chart is None:
        from ftz_desktop.brief.chart_images import CatalogChartRenderer

        render_chart = CatalogChartRenderer(dataset, language=recipe.language)
    total = len(recipe.charts)
    done = 0

    def render_with_progress(chart_id: str) -> ChartImage:
        nonlocal done
        checkpoint()
        report(0.05 + 0.75 * done / max(total, 1), f"Drawing chart {done + 1} of {total}")
        image = ChartImage(*render_chart(chart_id))
        done += 1
        return image

    report(0.0, "Composing the brief")
    checkpoint()
    document = compose(recipe, dataset, content, render_with_progress, findings)
    checkpoint()
    report(0.8, "Writing the Word file")
    data = render_docx(document, template, fonts)
    checkpoint()
    report(0.95, f"Saving {target.name}")
    remove_stale_temps(target.parent if str(target.parent) else ".")
    atomic_write_bytes(target, data)
    report(1.0, f"Saved {target.name}")
    return ExportResult(target, warnings + document.warnings, document.properties.get("snapshot", ""))

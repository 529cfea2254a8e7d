"""The brief's document as every caller builds it: chart pictures, data checks, compose.

The Word export (``brief.export``, used by the command line and the window's export worker) and the
window's live preview all build the document here, so they show the same charts, the same data notes
and the same text; only the chart resolution and the output format differ.
"""
from __future__ import annotations

from typing import Callable, Iterable, Optional

from ftz_desktop.brief.chart_images import PRINT_DPI, CatalogChartRenderer
from ftz_desktop.brief.compose import ChartImage, ChartRenderer, compose
from ftz_desktop.brief.model import Document
from ftz_desktop.core.analysis.checks import Finding, run_checks
from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.recipe import Recipe
from ftz_desktop.core.study.content import Content

BeforeChart = Callable[[int, int], None]   # (charts drawn so far, charts the brief has)


def _announced(render_chart: ChartRenderer, total: int, before_chart: BeforeChart) -> ChartRenderer:
    """``render_chart`` calling ``before_chart(done, total)`` before each picture."""
    done = 0

    def render(chart_id: str) -> ChartImage:
        nonlocal done
        before_chart(done, total)
        image = ChartImage(*render_chart(chart_id))
        done += 1
        return image

    return render


def build_document(recipe: Recipe, dataset: Dataset, content: Content, *,
                   render_chart: Optional[ChartRenderer] = None, dpi: int = PRINT_DPI,
                   findings: Optional[Iterable[Finding]] = None,
                   before_chart: Optional[BeforeChart] = None) -> Document:
    """The brief for ``recipe`` as a document model.

    Charts come from the chart catalog at ``dpi`` unless ``render_chart`` is given; the data notes come
    from ``run_checks(dataset)`` unless ``findings`` are given. ``before_chart(done, total)`` runs before
    each chart is drawn (progress, and a cancel that raises). Raises RecipeError if the recipe names
    sections, items, indicators or charts that are gone.
    """
    if render_chart is None:
        render_chart = CatalogChartRenderer(dataset, dpi=dpi, language=recipe.language)
    if before_chart is not None:
        render_chart = _announced(render_chart, len(recipe.charts), before_chart)
    return compose(recipe, dataset, content, render_chart, run_checks(dataset) if findings is None else findings)

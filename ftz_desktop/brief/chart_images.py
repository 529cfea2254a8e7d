"""Chart pictures for the brief from the chart catalog: print resolution, no title or source drawn in
the image (the brief gives them as a Word caption and source line instead).

charts.render caches PNGs by chart, data digest and style, so a re-export with nothing changed
reuses every picture.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Optional

from ftz_desktop.brief.compose import ChartImage
from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.study.names import localized

PRINT_DPI = 200


class CatalogChartRenderer:
    """render_chart for compose: (png, title, source note, indicators) from the real chart catalog."""

    def __init__(self, dataset: Dataset, style: Optional[Any] = None, dpi: int = PRINT_DPI,
                 language: str = "en") -> None:
        from ftz_desktop.charts.style import default_style

        self.dataset = localized(dataset, language)     # legends and source lines in the brief's language
        self.style = replace(style or default_style(language), show_title=False, show_source=False)
        self.dpi = dpi
        self.language = language

    def __call__(self, chart_id: str) -> ChartImage:
        from ftz_desktop.charts.catalog import chart_source_note, chart_title, get_chart
        from ftz_desktop.charts.render import render_png

        spec = get_chart(chart_id)   # KeyError for an id the catalog does not have
        png = render_png(chart_id, self.dataset, style=self.style, dpi=self.dpi)
        title = chart_title(spec, self.language, self.dataset)     # names the periods drawn, in both languages
        return ChartImage(png, title, chart_source_note(spec, self.dataset, self.language),
                          tuple(spec.indicators))

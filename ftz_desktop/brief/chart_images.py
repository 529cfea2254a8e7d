"""Chart pictures for the brief from the chart catalog: print resolution, no title or source drawn in
the image (the brief gives them as a Word caption and source line instead).

charts.render caches PNGs by chart, data digest and style, so a re-export in the same process reuses
every picture. ``KeptChartRenderer`` goes further for the command line, whose every export is a new
process: it takes a chart's picture from the workspace (``store.pictures``) when one was kept under the
same key (``charts.picture_key``: the data drawn, the style, the code, the fonts), draws only the others,
and lists them in ``drawn`` to be kept. A picture found is never drawn, so matplotlib is not even
imported; the title and source line come from the catalog, which needs no matplotlib.
"""
from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Callable, ContextManager, Iterable, Mapping, NamedTuple, Optional

from ftz_desktop.brief.compose import ChartImage
from ftz_desktop.charts.catalog import CHARTS, chart_source_note, chart_title, get_chart
from ftz_desktop.charts.picture_key import PictureEnvironment, picture_key
from ftz_desktop.core.domain.model import Dataset
from ftz_desktop.core.study.names import localized

if TYPE_CHECKING:
    from ftz_desktop.core.store.workspace import WorkspaceStore

log = logging.getLogger(__name__)

PRINT_DPI = 200
FORMATS = ("png", "svg")


class KeptPicture(NamedTuple):
    """A picture drawn, as ``store.pictures.keep`` takes it."""
    key: str
    chart_id: str
    data: bytes


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
        get_chart(chart_id)   # KeyError for an id the catalog does not have, before anything is drawn
        return self.image(chart_id, self.picture(chart_id))

    def picture(self, chart_id: str, fmt: str = "png") -> bytes:
        """The chart drawn as ``fmt`` ("png" or "svg") at this renderer's resolution."""
        from ftz_desktop.charts.render import render_png, render_svg  # matplotlib: only to draw

        if fmt == "svg":
            return render_svg(chart_id, self.dataset, self.style, dpi=self.dpi)
        return render_png(chart_id, self.dataset, style=self.style, dpi=self.dpi)

    def image(self, chart_id: str, png: bytes) -> ChartImage:
        """The picture with the chart's caption: its title naming the periods drawn, in both languages, and
        the sources of the numbers drawn."""
        spec = get_chart(chart_id)
        return ChartImage(png, chart_title(spec, self.language, self.dataset),
                          chart_source_note(spec, self.dataset, self.language), tuple(spec.indicators))


class KeptChartRenderer(CatalogChartRenderer):
    """A CatalogChartRenderer that uses the pictures kept in the workspace and draws only the others.

    ``keys(chart_ids)`` are the keys to look up; ``use(found)`` takes the pictures found under them;
    ``drawn`` lists the pictures drawn since, for ``keep_pictures``.
    """

    def __init__(self, dataset: Dataset, style: Optional[Any] = None, dpi: int = PRINT_DPI,
                 language: str = "en", environment: Optional[PictureEnvironment] = None) -> None:
        super().__init__(dataset, style, dpi, language)
        self.environment = environment or PictureEnvironment.current()
        self._found: dict[str, bytes] = {}
        self.drawn: list[KeptPicture] = []

    def key(self, chart_id: str, fmt: str = "png") -> str:
        return picture_key(get_chart(chart_id), self.dataset, self.style, fmt, self.dpi, self.environment)

    def keys(self, chart_ids: Iterable[str], fmt: str = "png") -> list[str]:
        """The keys of the charts the catalog has (an unknown id is refused later, by the caller's rules)."""
        return [self.key(chart_id, fmt) for chart_id in chart_ids if chart_id in CHARTS]

    def use(self, found: Mapping[str, bytes]) -> None:
        self._found.update(found)

    def picture(self, chart_id: str, fmt: str = "png") -> bytes:
        key = self.key(chart_id, fmt)
        if key not in self._found:
            self._found[key] = super().picture(chart_id, fmt)
            self.drawn.append(KeptPicture(key, chart_id, self._found[key]))
        return self._found[key]


def keep_pictures(open_store: Callable[[], ContextManager[WorkspaceStore]], drawn: list[KeptPicture]) -> bool:
    """Keep the pictures drawn in the workspace ``open_store()`` opens; whether they were kept. A workspace
    that cannot take them (read-only, held by a window, locked, a full disk) only means they are drawn again
    next time: the log says why, and whatever the caller made with them stands."""
    if not drawn:
        return True
    try:
        with open_store() as store:
            if store.read_only:
                log.info("The workspace %s is open read-only: the %d chart picture(s) drawn are not kept",
                         store.path, len(drawn))
                return False
            store.pictures.keep(drawn)
    except Exception:   # the export succeeded; a failure here must not undo it (logged with its traceback)
        log.warning("The %d chart picture(s) drawn were not kept in the workspace; they are drawn again next "
                    "time", len(drawn), exc_info=True)
        return False
    return True

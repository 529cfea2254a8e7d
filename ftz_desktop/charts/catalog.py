"""Every chart the app can draw, by id.

A chart is a pure function ``draw(fig, dataset, style)``: the tab's Qt canvas and the Word export
call the same one. Each draw selects its numbers first (``chart_data_table``), for the periods the
data hold, draws only those, then frames the figure with its title, naming the periods drawn, and a
source line naming the sources of those numbers.

Listing the charts, their titles, source lines and numbers does not import matplotlib: each family's
selection (``charts.trade``) is apart from its drawing (``charts.trade_plot``), which is imported when a
chart is first drawn. A brief whose pictures are kept (``brief.chart_images``) never draws.
"""
from __future__ import annotations

import importlib
from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Optional

from ftz_desktop.charts import luzhou, trade, trade_mode, zone
from ftz_desktop.charts.data import ChartDatum, observed, source_note
from ftz_desktop.charts.style import ChartStyle, default_style
from ftz_desktop.charts.text import chart_title_text, text
from ftz_desktop.core.domain.model import Dataset

if TYPE_CHECKING:
    from matplotlib.figure import Figure

DrawFunction = Callable[["Figure", Dataset, ChartStyle], None]
SelectFunction = Callable[[Dataset, str], list[ChartDatum]]
PlotFunction = Callable[["Figure", list[ChartDatum], Dataset, ChartStyle], list[str]]
PeriodsFunction = Callable[[list[ChartDatum]], list[str]]
TitleFunction = Callable[[list[ChartDatum], str], str]


@dataclass(frozen=True)
class ChartSpec:
    id: str
    indicators: tuple[str, ...]         # every indicator the chart reads
    draw: DrawFunction
    description: str
    data: Optional[SelectFunction] = None   # the numbers behind the chart, for tables and the source line
    title_for: Optional[TitleFunction] = None   # (those numbers, language) -> the title naming their periods

    @property
    def title(self) -> str:
        """The English title as the shipped study's data draw it (for lists of charts). The title of a
        chart of other data names their periods: ``chart_title(spec, language, dataset)``."""
        return chart_title(self)


def _plot_function(plot: str) -> PlotFunction:
    """The function "module:name" names (a module of this package that draws with matplotlib)."""
    module, _, name = plot.partition(":")
    function: PlotFunction = getattr(importlib.import_module(f"ftz_desktop.charts.{module}"), name)
    return function


def _framed(chart_id: str, select: SelectFunction, plot_name: str, title_for: TitleFunction) -> DrawFunction:
    def draw(fig: Figure, dataset: Dataset, style: ChartStyle | None = None) -> None:
        # matplotlib loads with the first chart drawn, not with the catalog.
        from ftz_desktop.charts.fonts import chart_fonts
        from ftz_desktop.charts.layout import frame, prepare

        plot = _plot_function(plot_name)
        style = style or default_style()
        with chart_fonts(style.base_size):
            fig.clear()
            prepare(fig)
            data = select(dataset, style.language)
            notes = plot(fig, data, dataset, style) or []
            footer = list(notes)
            if style.show_source:
                footer.append(source_note(data, dataset, style.language))
            title = title_for(data, style.language) if style.show_title else ""
            frame(fig, title, "\n".join(footer), style.title_size, style.source_size, style.muted)

    draw.__name__ = f"draw_{chart_id}"
    draw.__qualname__ = draw.__name__
    return draw


def _spec(chart_id: str, indicators: tuple[str, ...], description: str, select: SelectFunction,
          plot: str, periods: PeriodsFunction, listed: bool = False) -> ChartSpec:
    """plot: "module:function" of the drawing, imported when the chart is first drawn. listed: the title
    names up to three periods one by one ("2013 and 2022"), for a chart of chosen points; otherwise a
    range ("2017–2022")."""
    def title_for(data: list[ChartDatum], language: str) -> str:
        return chart_title_text(chart_id, periods(data), language, listed)

    return ChartSpec(chart_id, indicators, _framed(chart_id, select, plot, title_for), description, select,
                     title_for)


CHARTS: OrderedDict[str, ChartSpec] = OrderedDict((spec.id, spec) for spec in (
    _spec("chengdu_trade_2017_2022",
          ("chengdu_goods_exports", "chengdu_goods_imports", "chengdu_goods_trade_total"),
          "The study's Figure 1: Chengdu's exports and imports of goods by year, with the total. "
          "Years without data are shown as gaps, never interpolated.",
          trade.select_chengdu_trade, "trade_plot:plot_chengdu_trade", trade.chengdu_trade_periods),
    _spec("bri_trade_2013_2022",
          ("sichuan_trade_bri", "sichuan_trade_bri_avg_growth"),
          "Sichuan's trade in goods with Belt and Road countries in the years the data hold (2013 and 2022 "
          "in the study), with the stated average annual growth between them.",
          trade.select_bri_trade, "trade_plot:plot_bri_trade", trade.bri_trade_periods, listed=True),
    _spec("chengdu_trade_by_mode_2022",
          (trade_mode.TOTAL, *(indicator for _, indicator in trade_mode.MODES), *trade_mode.STATED_SHARES.values()),
          "Chengdu's imports and exports by trade mode in the latest year the data hold (2022 in the "
          "study) and their shares of the total; other modes are the total minus the modes shown.",
          trade_mode.select, "trade_mode_plot:plot", trade_mode.trade_mode_periods),
    _spec("luzhou_port",
          ("luzhou_port_container_throughput", "luzhou_port_container_growth",
           *(i for _, value, growth in luzhou.ZONE_SERIES for i in (value, growth))),
          "Luzhou port's container throughput in the periods the data hold (2022 and Q1 2023 in the study), "
          "and the Luzhou Comprehensive Bonded Zone's exports and imports in the latest year (2022), with "
          "year-on-year growth.",
          luzhou.select, "luzhou_plot:plot", luzhou.luzhou_periods, listed=True),
    _spec("ftz_fdi_share",
          (zone.ACTUAL_FDI_SHARE,),
          "The zone's share of the province's actual use of foreign investment, from the zone's opening "
          "in 2017 to the latest figure.",
          zone.select_fdi_share, "zone_plot:plot_fdi_share", zone.fdi_share_periods, listed=True),
    _spec("ftz_weight_in_province",
          tuple(indicator for _, indicator in zone.WEIGHTS),
          "The zone's share of the province by area, foreign direct investment and new enterprises, "
          "with the study's qualifiers (less than, nearly, about).",
          zone.select_weight, "zone_plot:plot_weight", zone.weight_periods, listed=True),
))


def get_chart(chart_id: str) -> ChartSpec:
    try:
        return CHARTS[chart_id]
    except KeyError:
        raise KeyError(f"Unknown chart '{chart_id}'; the charts are: {', '.join(CHARTS)}") from None


def chart_title(spec: ChartSpec, language: str = "en", dataset: Optional[Dataset] = None) -> str:
    """The chart's title in the given language, naming the periods it draws from the dataset (for
    captions when style.show_title is False); without a dataset, from the shipped study's data."""
    if dataset is None:
        return _shipped_title(spec, language)
    if spec.title_for is None:
        return text(f"title.{spec.id}", language)
    return spec.title_for(chart_data_table(spec, dataset, language), language)


@lru_cache(maxsize=64)
def _shipped_title(spec: ChartSpec, language: str) -> str:
    shipped = _shipped_dataset()
    if shipped is None:
        return text(f"title.{spec.id}", language)
    return chart_title(spec, language, shipped)


@lru_cache(maxsize=1)
def _shipped_dataset() -> Optional[Dataset]:
    """The study's data as shipped, read once; None when data/ cannot be read (the plain titles then)."""
    from ftz_desktop.core.study.shipped import DataFileError, load_shipped_dataset

    try:
        return load_shipped_dataset()
    except (DataFileError, OSError):
        return None


def chart_data_table(spec: ChartSpec, dataset: Dataset, language: str = "en") -> list[ChartDatum]:
    """The numbers behind the chart, each with its source (or, if computed, how)."""
    if spec.data is not None:
        return spec.data(dataset, language)
    return [observed(dataset, o.indicator_id, o.geography, o.period, o.indicator_id, language)
            for indicator in spec.indicators for o in dataset.series(indicator)]


def chart_source_note(spec: ChartSpec, dataset: Dataset, language: str = "en") -> str:
    """"Source: ..." for the observations the chart draws."""
    return source_note(chart_data_table(spec, dataset, language), dataset, language)

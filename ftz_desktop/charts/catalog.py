"""Every chart the app can draw, by id.

A chart is a pure function ``draw(fig, dataset, style)``: the tab's Qt canvas and the Word export
call the same one. Each draw selects its numbers first (``chart_data_table``), draws only those,
then frames the figure with its title and a source line naming the sources of those numbers.
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable, Optional

from matplotlib.figure import Figure

from ftz_desktop.charts import luzhou, trade, trade_mode, zone
from ftz_desktop.charts.data import ChartDatum, observed, source_note
from ftz_desktop.charts.fonts import chart_fonts
from ftz_desktop.charts.layout import frame, prepare
from ftz_desktop.charts.style import ChartStyle, default_style
from ftz_desktop.charts.text import text
from ftz_desktop.core.domain.model import Dataset

DrawFunction = Callable[[Figure, Dataset, ChartStyle], None]
SelectFunction = Callable[[Dataset, str], list[ChartDatum]]
PlotFunction = Callable[[Figure, list[ChartDatum], Dataset, ChartStyle], list[str]]


@dataclass(frozen=True)
class ChartSpec:
    id: str
    title: str                          # English; the drawn title follows style.language
    indicators: tuple[str, ...]         # every indicator the chart reads
    draw: DrawFunction
    description: str
    data: Optional[SelectFunction] = None   # the numbers behind the chart, for tables and the source line


def _framed(chart_id: str, select: SelectFunction, plot: PlotFunction) -> DrawFunction:
    def draw(fig: Figure, dataset: Dataset, style: ChartStyle | None = None) -> None:
        style = style or default_style()
        with chart_fonts(style.base_size):
            fig.clear()
            prepare(fig)
            data = select(dataset, style.language)
            notes = plot(fig, data, dataset, style) or []
            footer = list(notes)
            if style.show_source:
                footer.append(source_note(data, dataset, style.language))
            title = text(f"title.{chart_id}", style.language) if style.show_title else ""
            frame(fig, title, "\n".join(footer), style.title_size, style.source_size, style.muted)

    draw.__name__ = f"draw_{chart_id}"
    draw.__qualname__ = draw.__name__
    return draw


def _spec(chart_id: str, indicators: tuple[str, ...], description: str, select: SelectFunction,
          plot: PlotFunction) -> ChartSpec:
    return ChartSpec(chart_id, text(f"title.{chart_id}", "en"), indicators, _framed(chart_id, select, plot),
                     description, select)


CHARTS: OrderedDict[str, ChartSpec] = OrderedDict((spec.id, spec) for spec in (
    _spec("chengdu_trade_2017_2022",
          ("chengdu_goods_exports", "chengdu_goods_imports", "chengdu_goods_trade_total"),
          "The study's Figure 1: Chengdu's exports and imports of goods by year, with the total. "
          "Years without data are shown as gaps, never interpolated.",
          trade.select_chengdu_trade, trade.plot_chengdu_trade),
    _spec("bri_trade_2013_2022",
          ("sichuan_trade_bri", "sichuan_trade_bri_avg_growth"),
          "Sichuan's trade in goods with Belt and Road countries in 2013 and 2022, with the stated "
          "average annual growth.",
          trade.select_bri_trade, trade.plot_bri_trade),
    _spec("chengdu_trade_by_mode_2022",
          (trade_mode.TOTAL, *(indicator for _, indicator in trade_mode.MODES)),
          "Chengdu's 2022 imports and exports by trade mode and their shares of the total; other modes "
          "are the total minus the modes shown.",
          trade_mode.select, trade_mode.plot),
    _spec("luzhou_port",
          ("luzhou_port_container_throughput", "luzhou_port_container_growth",
           *(i for _, value, growth in luzhou.ZONE_SERIES for i in (value, growth))),
          "Luzhou port's container throughput in 2022 and Q1 2023, and the Luzhou Comprehensive Bonded "
          "Zone's exports and imports in 2022, with year-on-year growth.",
          luzhou.select, luzhou.plot),
    _spec("ftz_fdi_share",
          (zone.ACTUAL_FDI_SHARE,),
          "The zone's share of the province's actual use of foreign investment, from the zone's opening "
          "in 2017 to the latest figure.",
          zone.select_fdi_share, zone.plot_fdi_share),
    _spec("ftz_weight_in_province",
          tuple(indicator for _, indicator in zone.WEIGHTS),
          "The zone's share of the province by area, foreign direct investment and new enterprises, "
          "with the study's qualifiers (less than, nearly, about).",
          zone.select_weight, zone.plot_weight),
))


def get_chart(chart_id: str) -> ChartSpec:
    try:
        return CHARTS[chart_id]
    except KeyError:
        raise KeyError(f"Unknown chart '{chart_id}'; the charts are: {', '.join(CHARTS)}") from None


def chart_title(spec: ChartSpec, language: str = "en") -> str:
    """The chart's title in the given language (for captions when style.show_title is False)."""
    return text(f"title.{spec.id}", language)


def chart_data_table(spec: ChartSpec, dataset: Dataset, language: str = "en") -> list[ChartDatum]:
    """The numbers behind the chart, each with its source (or, if computed, how)."""
    if spec.data is not None:
        return spec.data(dataset, language)
    return [observed(dataset, o.indicator_id, o.geography, o.period, o.indicator_id, language)
            for indicator in spec.indicators for o in dataset.series(indicator)]


def chart_source_note(spec: ChartSpec, dataset: Dataset, language: str = "en") -> str:
    """"Source: ..." for the observations the chart draws."""
    return source_note(chart_data_table(spec, dataset, language), dataset, language)

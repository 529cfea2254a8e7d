"""Helpers for the chart tests: edited copies of a Dataset, drawing a chart, finding what it drew."""
from __future__ import annotations

import dataclasses

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ftz_desktop.charts.style import ChartStyle
from ftz_desktop.core.domain.model import Dataset, Observation


def with_observation(dataset: Dataset, indicator_id: str, geography: str, period: str, **changes) -> Dataset:
    """A copy of the dataset with one observation changed (value=None also sets status M)."""
    if "value" in changes and changes["value"] is None:
        changes.setdefault("status", "M")
    observations = [dataclasses.replace(o, **changes) if o.key == (indicator_id, geography, period) else o
                    for o in dataset.observations]
    assert observations != dataset.observations, f"no observation {indicator_id} / {geography} / {period}"
    return Dataset(dataset.indicators, observations, dataset.sources, dataset.geographies)


def without(dataset: Dataset, *indicator_ids: str) -> Dataset:
    """A copy of the dataset with no observations at all for the given indicators."""
    observations = [o for o in dataset.observations if o.indicator_id not in indicator_ids]
    return Dataset(dataset.indicators, observations, dataset.sources, dataset.geographies)


def add_observation(dataset: Dataset, obs: Observation) -> Dataset:
    return Dataset(dataset.indicators, [*dataset.observations, obs], dataset.sources, dataset.geographies)


def draw(chart_id: str, dataset: Dataset, style: ChartStyle | None = None, render: bool = False) -> Figure:
    """Draw a chart on a fresh Agg figure; with render=True also lay it out and paint it."""
    from ftz_desktop.charts.catalog import get_chart

    style = style or ChartStyle()
    fig = Figure(figsize=style.figsize, dpi=100)
    FigureCanvasAgg(fig)
    get_chart(chart_id).draw(fig, dataset, style)
    if render:
        fig.canvas.draw()
    return fig


def patches(fig: Figure, gid: str) -> list:
    return [p for ax in fig.axes for p in ax.patches if p.get_gid() == gid]


def texts(fig: Figure, gid: str | None = None) -> list[str]:
    """Every text the chart carries (axes texts and annotations, figure texts, titles, labels, legends),
    or only those with the given gid."""
    found = []
    for ax in fig.axes:
        found += list(ax.texts) + [ax.title, ax.xaxis.label, ax.yaxis.label]
        found += list(ax.get_xticklabels()) + list(ax.get_yticklabels())
        if ax.get_legend() is not None:
            found += list(ax.get_legend().get_texts())
    found += list(fig.texts)
    return [t.get_text() for t in found if gid is None or t.get_gid() == gid]


def footer(fig: Figure) -> str:
    """The source strip as one line (it is wrapped to the figure width when laid out)."""
    return " ".join(" ".join(texts(fig, "chart-footer")).split())

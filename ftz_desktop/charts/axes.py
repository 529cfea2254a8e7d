"""The house style applied to axes: value grid, units and number formats on the value axis, value labels
on bars and the "no data" message."""
from __future__ import annotations

from typing import Any, Iterable, Literal, Sequence, cast

from matplotlib.axes import Axes
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.ticker import FuncFormatter

from ftz_desktop.charts.data import ChartDatum
from ftz_desktop.charts.fonts import font_families
from ftz_desktop.charts.layout import after_layout, text_width
from ftz_desktop.charts.style import ChartStyle
from ftz_desktop.charts.text import text
from ftz_desktop.core.domain.formatting import format_number

MIN_LABEL_SIZE = 6.0    # points; smaller is unreadable in print


def number_formatter(decimals: int = 2, grouped: bool = True) -> FuncFormatter:
    """Tick labels with thousands separators and no needless trailing zeros (1,000 / 2.5); Chinese charts
    write digits ungrouped (8000), as Chinese statistical tables do."""
    if grouped:
        return FuncFormatter(lambda value, _pos: format_number(value, decimals))
    return FuncFormatter(lambda value, _pos: format_number(value, decimals).replace(",", ""))


def percent_formatter(decimals: int = 1) -> FuncFormatter:
    return FuncFormatter(lambda value, _pos: format_number(value, decimals) + "%")


def style_axes(ax: Axes, style: ChartStyle, value_axis: Literal["x", "y"] = "y") -> None:
    """Light value grid, no box, tick labels in the chart's fonts (set here so ticks created later
    at paint time get them too)."""
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.spines["left" if value_axis == "x" else "bottom"].set_color(style.neutral)
    ax.tick_params(labelsize=style.tick_size, labelfontfamily=font_families(), colors=style.neutral)
    ax.grid(axis=value_axis, color=style.grid, linewidth=0.8)
    ax.set_axisbelow(True)


def value_axis(ax: Axes, unit: str, style: ChartStyle, axis: Literal["x", "y"] = "y") -> None:
    """Units on the value axis, thousands separators on its ticks."""
    target = ax.yaxis if axis == "y" else ax.xaxis
    if unit == "%":
        target.set_major_formatter(percent_formatter())
    else:
        target.set_major_formatter(number_formatter(grouped=style.language != "zh"))
    label = "%" if unit == "%" else unit
    (ax.set_ylabel if axis == "y" else ax.set_xlabel)(label, fontsize=style.label_size, color=style.neutral)


def label_bars(ax: Axes, bars: BarContainer, labels: Sequence[str], style: ChartStyle, **kwargs: Any) -> None:
    ax.bar_label(bars, labels=list(labels), padding=3, fontsize=style.annotation_size, color=style.neutral,
                 **kwargs)


def label_bars_inside(ax: Axes, bars: Sequence[Rectangle], labels: Sequence[str], style: ChartStyle) -> None:
    """Vertical labels inside the top of narrow bars (grouped bars are too narrow for "253.849"
    side by side). All labels shrink together to fit the shortest bar, down to a floor; a bar too
    short even for that gets its label above. Decided again after each layout, from the real
    axes height, so a resized canvas stays readable."""
    families = tuple(font_families())
    annotations = [ax.annotate(label, (bar.get_x() + bar.get_width() / 2, bar.get_height()), xytext=(0, -4),
                               textcoords="offset points", rotation=90, ha="center", va="top",
                               fontsize=style.annotation_size, color="white", gid="bar-label")
                   for bar, label in zip(bars, labels, strict=True)]

    def fit(fig: Figure) -> None:
        bottom, top = ax.get_ylim()
        axes_pt = ax.get_position().height * fig.get_figheight() * 72
        fits = [style.annotation_size * (bar.get_height() / (top - bottom) * axes_pt - 8)
                / text_width(label, families, style.annotation_size) for bar, label in zip(bars, labels, strict=True)]
        shared = min([style.annotation_size] + [f for f in fits if f >= MIN_LABEL_SIZE])
        for annotation, fit_size in zip(annotations, fits, strict=True):
            inside = fit_size >= MIN_LABEL_SIZE
            annotation.set_fontsize(shared if inside else style.annotation_size)
            annotation.set_color("white" if inside else style.neutral)
            annotation.set_verticalalignment("top" if inside else "bottom")
            annotation.xyann = (0, -4 if inside else 3)

    # Charts draw on a Figure, never on a SubFigure.
    after_layout(cast(Figure, ax.figure), fit)


def headroom(ax: Axes, values: Sequence[float | None], factor: float = 1.18, axis: Literal["x", "y"] = "y") -> None:
    """Room above the tallest bar for its label."""
    top = max((v for v in values if v is not None), default=0.0)
    if top > 0:
        (ax.set_ylim if axis == "y" else ax.set_xlim)(0, top * factor)


def mark_missing(ax: Axes, positions: Iterable[float], data: Sequence[ChartDatum], style: ChartStyle) -> None:
    """"no data" at the foot of each bar's place whose datum is missing, so a gap reads as one."""
    for x, datum in zip(positions, data, strict=True):
        if datum.is_missing:
            ax.text(x, 0.05, text("no_data", style.language), transform=ax.get_xaxis_transform(), ha="center",
                    fontsize=style.annotation_size, color=style.muted, gid="no-data-marker")


def no_data(ax: Axes, message: str, style: ChartStyle) -> None:
    """Say that there is nothing to draw, in the axes, instead of raising or drawing an empty frame."""
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, transform=ax.transAxes, ha="center", va="center", wrap=True,
            fontsize=style.label_size, color=style.muted, gid="no-data")

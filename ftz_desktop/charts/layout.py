"""The frame around every chart: a title strip on top, a source strip at the bottom.

Both strips are figure texts outside constrained layout. A layout engine re-wraps them to the
current figure width and reserves their height before laying out the axes, so a Qt canvas that
resizes the figure keeps the title and source readable and never overlapping the axes.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.text import Text
from matplotlib.textpath import text_to_path
from matplotlib.transforms import offset_copy

from ftz_desktop.charts.fonts import CJK_RANGES, bold_weight

PANEL_TITLE = "panel-title"
_PAD_IN = 0.08          # gap between the strips and the figure edge, in inches
_LINE_SPACING = 1.25
# A token is one CJK character, a run of other characters with its trailing spaces, or spaces.
_TOKENS = re.compile(rf"[{CJK_RANGES}]|[^\s{CJK_RANGES}]+\s*|\s+")


@lru_cache(maxsize=4096)
def _char_width(char: str, families: tuple[str, ...], size: float) -> float:
    prop = FontProperties(family=list(families), size=size)
    return text_to_path.get_text_width_height_descent(char, prop, ismath=False)[0]


def text_width(line: str, families: tuple[str, ...], size: float) -> float:
    """Approximate width of one line of text in points."""
    # Per-character widths (cached) instead of measuring each candidate line: kerning is ignored,
    # which the 4% slack below absorbs.
    return sum(_char_width(c, families, size) for c in line) * 1.04


def wrap(text: str, width_pt: float, families: tuple[str, ...], size: float) -> list[str]:
    """Greedy wrap at spaces, or between any two CJK characters, to fit width_pt points."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in _TOKENS.findall(paragraph):
            candidate = line + token
            if line and text_width(candidate.rstrip(), families, size) > width_pt:
                lines.append(line.rstrip())
                line = token.lstrip()
            else:
                line = candidate
        lines.append(line.rstrip())
    return lines


class FramedLayout(ConstrainedLayoutEngine):
    """Constrained layout inside the band left between a wrapped title and a wrapped footer; then
    the chart's own after-layout steps (labels that depend on the final axes size)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("h_pad", 0.06)
        kwargs.setdefault("w_pad", 0.06)
        super().__init__(**kwargs)
        self._strips: list[tuple[Text, str]] = []
        self._after: list[Callable[[Figure], None]] = []

    def add_strip(self, artist: Text, raw: str) -> None:
        self._strips.append((artist, raw))

    def after_layout(self, callback: Callable[[Figure], None]) -> None:
        self._after.append(callback)

    def execute(self, fig: Figure) -> Any:   # whatever constrained layout returns (its layout grids)
        width_in, height_in = fig.get_size_inches()
        _wrap_panel_titles(fig)
        top = bottom = 0.0
        for artist, raw in self._strips:
            prop = artist.get_fontproperties()
            size = prop.get_size_in_points()
            lines = wrap(raw, (width_in - 2 * _PAD_IN) * 72, tuple(prop.get_family()), size)
            artist.set_text("\n".join(lines))
            artist.set_linespacing(_LINE_SPACING)
            height = min(0.45, (len(lines) * size * _LINE_SPACING / 72 + 2 * _PAD_IN) / height_in)
            if artist.get_verticalalignment() == "top":
                top = height
            else:
                bottom = height
        self.set(rect=(0, bottom, 1, 1 - top - bottom))
        result = super().execute(fig)
        for callback in self._after:
            callback(fig)
        return result


def prepare(fig: Figure) -> FramedLayout:
    """A fresh frame layout for a chart about to be drawn on fig."""
    engine = FramedLayout()
    fig.set_layout_engine(engine)
    return engine


def after_layout(fig: Figure, callback: Callable[[Figure], None]) -> None:
    """Run callback now and after every layout (e.g. when a Qt canvas resizes the figure)."""
    callback(fig)
    engine = fig.get_layout_engine()
    if isinstance(engine, FramedLayout):
        engine.after_layout(callback)


def panel_title(ax: Axes, title: str, size: float, color: str) -> None:
    """A left-aligned axes title that the layout re-wraps to the axes' width."""
    artist = ax.set_title(title, loc="left", fontsize=size, color=color, gid=PANEL_TITLE)
    artist.set_label(title)   # the unwrapped title, kept for re-wrapping


def _wrap_panel_titles(fig: Figure) -> None:
    # Widths from the previous layout pass (or the subplot defaults on the first): close enough,
    # and exact from the second draw on.
    for ax in fig.axes:
        for artist in ax.get_children():
            if isinstance(artist, Text) and artist.get_gid() == PANEL_TITLE:
                prop = artist.get_fontproperties()
                width_pt = ax.get_position().width * fig.get_figwidth() * 72
                lines = wrap(str(artist.get_label()), width_pt, tuple(prop.get_family()), prop.get_size_in_points())
                artist.set_text("\n".join(lines))


def frame(fig: Figure, title: str, footer: str, title_size: float, footer_size: float,
          footer_color: str) -> None:
    """Add the title and footer strips to the figure's frame layout."""
    engine = fig.get_layout_engine()
    if not isinstance(engine, FramedLayout):
        engine = prepare(fig)
    pad = _PAD_IN * 72
    # Offsets in points from the figure corners, so the strips keep their margins when resized.
    if title:
        artist = fig.text(0, 1, title, ha="left", va="top", fontsize=title_size, fontweight=bold_weight(),
                          in_layout=False, transform=offset_copy(fig.transFigure, fig, pad, -pad, "points"),
                          gid="chart-title")
        engine.add_strip(artist, title)
    if footer:
        artist = fig.text(0, 0, footer, ha="left", va="bottom", fontsize=footer_size, color=footer_color,
                          in_layout=False, transform=offset_copy(fig.transFigure, fig, pad, pad, "points"),
                          gid="chart-footer")
        engine.add_strip(artist, footer)

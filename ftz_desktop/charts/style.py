"""House style for every chart: sizes, colours and the words' language, as one frozen value.

No matplotlib here: the style keys the kept pictures (``charts.picture_key``), which are looked up
without importing it. How the style is applied to axes and labels is ``charts.axes``.
"""
from __future__ import annotations

from dataclasses import dataclass

# Okabe-Ito: distinguishable with the common colour-vision deficiencies and in greyscale print.
OKABE_ITO: tuple[str, ...] = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9",
                              "#F0E442", "#000000")


@dataclass(frozen=True)
class ChartStyle:
    """Frozen so it can key the render cache."""
    width: float = 6.4            # inches; the brief scales the picture to its page's text width
    height: float = 4.0
    dpi: int = 100                # screen; render_png takes its own dpi
    base_size: float = 9.0        # points
    title_size: float = 11.0
    label_size: float = 9.0
    tick_size: float = 8.5
    annotation_size: float = 8.5
    source_size: float = 7.5
    palette: tuple[str, ...] = OKABE_ITO
    neutral: str = "#333333"      # totals, annotations
    muted: str = "#767676"        # source line, "no data"
    missing: str = "#D9D9D9"      # hatching where a year has no data
    grid: str = "#E5E5E5"
    language: str = "en"          # "en" or "zh": the words the charts add themselves
    show_title: bool = True       # the brief puts the title in a caption instead
    show_source: bool = True

    @property
    def figsize(self) -> tuple[float, float]:
        return (self.width, self.height)

    def color(self, index: int) -> str:
        return self.palette[index % len(self.palette)]


def default_style(language: str = "en") -> ChartStyle:
    return ChartStyle(language=language)

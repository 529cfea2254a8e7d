"""The frame and the house style: titles and source lines never overlap the plot, labels stay inside
the figure and do not collide, tick labels carry thousands separators."""
from __future__ import annotations

import itertools

import numpy as np
import pytest
from matplotlib.transforms import Bbox

from ftz_desktop.charts.axes import number_formatter, percent_formatter
from ftz_desktop.charts.catalog import CHARTS
from ftz_desktop.charts.fonts import font_families
from ftz_desktop.charts.layout import text_width, wrap
from ftz_desktop.charts.style import ChartStyle
from ftz_desktop.core.domain.model import Dataset, Observation, Source
from helpers.charts import draw

SIZES = [(6.4, 4.0), (4.8, 3.4), (9.0, 5.5)]   # the brief's page width, a narrow tab, a wide window


def _assert_framed(fig):
    """Title and source strips inside the figure and clear of every axes (with its tick labels)."""
    renderer = fig.canvas.get_renderer()
    [title] = [t.get_window_extent(renderer) for t in fig.texts if t.get_gid() == "chart-title"]
    [footer] = [t.get_window_extent(renderer) for t in fig.texts if t.get_gid() == "chart-footer"]
    axes = [ax.get_tightbbox(renderer) for ax in fig.axes]
    for box in [title, footer, *axes]:
        assert box.x0 >= fig.bbox.x0 - 1 and box.x1 <= fig.bbox.x1 + 1
        assert box.y0 >= fig.bbox.y0 - 1 and box.y1 <= fig.bbox.y1 + 1
    for box in axes:
        assert not box.overlaps(title) and not box.overlaps(footer)


def _marker_boxes(ax):
    """The markers of line plots (the totals' dots): no label may sit on one."""
    boxes = []
    for line in ax.lines:
        if line.get_marker() in (None, "None", ""):
            continue
        radius = line.get_markersize() / 72 * ax.figure.dpi / 2
        points = np.column_stack([line.get_xdata(), line.get_ydata()])
        for x, y in line.get_transform().transform(points[np.isfinite(points).all(axis=1)]):
            boxes.append((f"marker at {x:.0f},{y:.0f}", Bbox.from_extents(x - radius, y - radius,
                                                                       x + radius, y + radius)))
    return boxes


def _assert_no_collisions(fig):
    """No two labels in a plot overlap, nor a label and a marker."""
    renderer = fig.canvas.get_renderer()
    for ax in fig.axes:
        boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in ax.texts if t.get_text().strip()]
        boxes += _marker_boxes(ax)
        for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2):
            assert not box_a.overlaps(box_b), f"{a!r} overlaps {b!r}"


@pytest.mark.parametrize("language, size", [("en", s) for s in SIZES] + [("zh", SIZES[0]), ("zh", SIZES[1])])
@pytest.mark.parametrize("chart_id", list(CHARTS))
def test_charts_are_framed_and_labels_do_not_collide(chart_id, language, size, dataset, zh_dataset):
    data = zh_dataset if language == "zh" else dataset
    fig = draw(chart_id, data, ChartStyle(width=size[0], height=size[1], language=language), render=True)
    _assert_framed(fig)
    _assert_no_collisions(fig)


def _grown(dataset):
    """The study's data with a year (a quarter) more for every chart, from a second source."""
    yearbook = Source("sc-yearbook-2024", "Sichuan Statistical Yearbook 2024")
    rows = [("chengdu_goods_exports", "CD", "2023", 520.1), ("chengdu_goods_imports", "CD", "2023", 310.2),
            ("chengdu_goods_trade_total", "CD", "2023", 830.3), ("sichuan_trade_bri", "SC", "2023", 400.2),
            ("chengdu_general_trade", "CD", "2023", 190.0), ("chengdu_processing_trade", "CD", "2023", 450.0),
            ("chengdu_market_procurement_exports", "CD", "2023", 30.0),
            ("luzhou_port_container_throughput", "LZ-PORT", "2023-Q2", 55000),
            ("luzhou_port_container_growth", "LZ-PORT", "2023-Q2", 5.1),
            ("ftz_share_province_actual_fdi", "SC-FTZ", "2024", 33.0),
            ("ftz_share_province_fdi", "SC-FTZ", "2024", 27.0)]
    added = [Observation(i, g, p, v, source_id=yearbook.id) for i, g, p, v in rows]
    return Dataset(dataset.indicators, dataset.observations + added, {**dataset.sources, yearbook.id: yearbook},
                   dataset.geographies)


@pytest.mark.parametrize("language, size", [("en", SIZES[0]), ("en", SIZES[1]), ("zh", SIZES[0])])
@pytest.mark.parametrize("chart_id", list(CHARTS))
def test_charts_with_a_period_more_stay_framed_without_collisions(chart_id, language, size, dataset, zh_dataset):
    data = _grown(zh_dataset if language == "zh" else dataset)
    fig = draw(chart_id, data, ChartStyle(width=size[0], height=size[1], language=language), render=True)
    _assert_framed(fig)
    _assert_no_collisions(fig)


def test_wrap_fits_the_width_and_keeps_every_word():
    families = tuple(font_families())
    text = "Source: " + "Policy study of the China (Sichuan) Pilot Free Trade Zone " * 4
    lines = wrap(text, 300, families, 7.5)
    assert len(lines) > 1
    assert all(text_width(line, families, 7.5) <= 300 for line in lines)
    assert " ".join(lines).split() == text.split()


def test_wrap_breaks_chinese_between_characters():
    families = tuple(font_families())
    text = "资料来源：中国（四川）自由贸易试验区政策研究，第2.1节" * 3
    lines = wrap(text, 120, families, 7.5)
    assert len(lines) > 1 and "".join(lines) == text


def test_tick_formatters_use_thousands_separators():
    assert number_formatter()(190300, 0) == "190,300"
    assert number_formatter()(2.5, 0) == "2.5"
    assert percent_formatter()(12.5, 0) == "12.5%"

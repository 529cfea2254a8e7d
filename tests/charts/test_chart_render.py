"""PNG and SVG bytes without pyplot, and the render cache that makes a re-export cheap."""
from __future__ import annotations

import dataclasses
import struct

import pytest

from ftz_desktop.charts import catalog
from ftz_desktop.charts.render import clear_cache, data_digest, render_png, render_svg
from ftz_desktop.charts.style import ChartStyle
from helpers.charts import with_observation

CHART = "ftz_weight_in_province"


@pytest.fixture(autouse=True)
def _empty_cache():
    clear_cache()
    yield
    clear_cache()


@pytest.fixture
def draw_calls(monkeypatch):
    """Count the draws of CHART by wrapping its registered draw function."""
    calls = []
    spec = catalog.CHARTS[CHART]

    def counting(fig, dataset, style):
        calls.append(dataset)
        spec.draw(fig, dataset, style)

    monkeypatch.setitem(catalog.CHARTS, CHART, dataclasses.replace(spec, draw=counting))
    return calls


def _png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    return struct.unpack(">II", png[16:24])


def test_render_png_gives_a_png_of_the_style_size_at_the_dpi(dataset):
    style = ChartStyle(width=5.0, height=3.0)
    assert _png_size(render_png(CHART, dataset, style, dpi=80)) == (400, 240)
    assert _png_size(render_png(CHART, dataset, dpi=50)) == (320, 200)   # default style: 6.4 x 4 in


def test_render_svg_gives_an_svg_document(dataset):
    svg = render_svg(CHART, dataset)
    assert svg.startswith(b"<?xml") and b"<svg" in svg[:500] and svg.rstrip().endswith(b"</svg>")


def test_rendering_is_deterministic(dataset):
    first = render_png(CHART, dataset, dpi=40)
    svg = render_svg(CHART, dataset)
    clear_cache()
    assert render_png(CHART, dataset, dpi=40) == first
    assert render_svg(CHART, dataset) == svg


def test_an_unchanged_chart_comes_from_the_cache(dataset, draw_calls):
    first = render_png(CHART, dataset, dpi=40)
    again = render_png(CHART, dataset, dpi=40)
    assert again == first and len(draw_calls) == 1
    # Another copy of equal data, and an edit of an indicator this chart does not read: still cached.
    unrelated = with_observation(dataset, "luzhou_cbz_area", "LZ-CBZ", "2023", value=2.0)
    assert render_png(CHART, unrelated, dpi=40) == first and len(draw_calls) == 1


def test_an_edit_the_chart_reads_renders_again(dataset, draw_calls):
    first = render_png(CHART, dataset, dpi=40)
    edited = with_observation(dataset, "ftz_share_province_fdi", "SC-FTZ", "2023", value=30)
    second = render_png(CHART, edited, dpi=40)
    assert len(draw_calls) == 2 and second != first
    requalified = with_observation(dataset, "ftz_share_province_fdi", "SC-FTZ", "2023", qualifier="about")
    render_png(CHART, requalified, dpi=40)
    assert len(draw_calls) == 3


def test_style_dpi_and_format_are_part_of_the_key(dataset, draw_calls):
    render_png(CHART, dataset, dpi=40)
    render_png(CHART, dataset, dpi=41)
    render_png(CHART, dataset, ChartStyle(language="zh"), dpi=40)
    render_svg(CHART, dataset)
    assert len(draw_calls) == 4


def test_the_digest_covers_names_and_sources_drawn_with_the_numbers(dataset):
    spec = catalog.get_chart(CHART)
    digest = data_digest(spec, dataset)
    renamed = dataclasses.replace(dataset.indicators["ftz_share_province_area"], name="Area share")
    assert data_digest(spec, dataclasses.replace(dataset, indicators={**dataset.indicators,
                                                                      renamed.id: renamed})) != digest
    retitled = dataclasses.replace(dataset.sources["study-2.1"], title="Another title")
    assert data_digest(spec, dataclasses.replace(dataset, sources={**dataset.sources,
                                                                   "study-2.1": retitled})) != digest
    assert data_digest(spec, dataclasses.replace(dataset)) == digest

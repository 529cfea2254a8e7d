"""CJK fonts: the first installed family is used, Chinese renders without warnings, and without any
CJK font the charts still draw, quietly."""
from __future__ import annotations

import os
import warnings

import matplotlib
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from ftz_desktop.charts import fonts
from ftz_desktop.charts.catalog import CHARTS
from ftz_desktop.charts.render import clear_cache, render_png
from ftz_desktop.charts.style import ChartStyle
from helpers.charts import draw, texts

ZH = ChartStyle(language="zh")
# CI installs a CJK font before anything draws and sets FTZ_REQUIRE_CJK_FONT: there these tests run, never skip.
needs_cjk = pytest.mark.skipif(not fonts.cjk_font_available() and not os.environ.get("FTZ_REQUIRE_CJK_FONT"),
                               reason="no CJK font installed")


@pytest.fixture
def fonts_restored():
    yield
    fonts.refresh_fonts()
    clear_cache()


@pytest.fixture
def no_cjk_font(monkeypatch, fonts_restored):
    monkeypatch.setattr(fonts, "CJK_FAMILIES", ("No Such CJK Font",))
    fonts.refresh_fonts()
    clear_cache()
    assert not fonts.cjk_font_available()


@needs_cjk
def test_the_first_installed_family_of_the_list_wins(monkeypatch, fonts_restored):
    installed = fonts.cjk_family()
    monkeypatch.setattr(fonts, "CJK_FAMILIES", ("No Such CJK Font", installed, "DejaVu Sans"))
    fonts.refresh_fonts()
    assert fonts.cjk_family() == installed
    assert fonts.font_families() == [installed, fonts.LATIN_FAMILY]


def test_drawing_does_not_touch_global_rc_params(dataset):
    before = dict(matplotlib.rcParams)
    draw("luzhou_port", dataset, ZH, render=True)
    assert dict(matplotlib.rcParams) == before


@needs_cjk
@pytest.mark.parametrize("chart_id", list(CHARTS))
def test_chinese_charts_render_with_the_cjk_font_and_no_warnings(chart_id, zh_dataset):
    # pytest turns any warning (matplotlib's "Glyph ... missing") into an error here.
    fig = draw(chart_id, zh_dataset, ZH, render=True)
    chinese = [t for ax in fig.axes for t in [*ax.texts, *ax.get_xticklabels(), *ax.get_yticklabels()]
               if fonts.has_cjk(t.get_text())] + [t for t in fig.texts if fonts.has_cjk(t.get_text())]
    assert chinese
    for artist in chinese:
        assert artist.get_fontproperties().get_family()[0] == fonts.cjk_family()


def _pixels_of(character: str) -> bytes:
    """One character rendered the way charts render text (chart fonts, Agg)."""
    fig = Figure(figsize=(0.5, 0.5), dpi=50)
    canvas = FigureCanvasAgg(fig)
    with fonts.chart_fonts(20):
        fig.text(0.1, 0.1, character)
        canvas.draw()
    return bytes(canvas.buffer_rgba())


@needs_cjk
def test_the_cjk_font_draws_real_glyphs(fonts_restored):
    # Two different characters look different; missing glyphs would be the same empty box.
    assert _pixels_of("出") != _pixels_of("口")


def test_without_a_cjk_font_chinese_characters_become_identical_boxes(no_cjk_font):
    assert _pixels_of("出") == _pixels_of("口")


def test_without_a_cjk_font_chinese_draws_quietly(zh_dataset, no_cjk_font):
    fig = draw("chengdu_trade_2017_2022", zh_dataset, ZH)
    assert "出口" in texts(fig)
    with fonts.quiet_missing_glyphs():
        fig.canvas.draw()
    png = render_png("chengdu_trade_2017_2022", zh_dataset, ZH, dpi=40)
    assert png.startswith(b"\x89PNG")


def test_without_a_cjk_font_the_glyph_warning_is_real_outside_the_quiet_context(zh_dataset, no_cjk_font):
    # Shows that the test above would fail if the suppression were missing.
    fig = draw("chengdu_trade_2017_2022", zh_dataset, ZH)
    with pytest.warns(UserWarning, match="missing from font"):
        fig.canvas.draw()


@needs_cjk
def test_with_a_cjk_font_the_glyph_warning_is_not_suppressed():
    with fonts.quiet_missing_glyphs(), pytest.warns(UserWarning, match="missing from font"):
        warnings.warn("Glyph 20013 (\\N{CJK UNIFIED IDEOGRAPH-4E2D}) missing from font(s) DejaVu Sans.",
                      UserWarning, stacklevel=2)


@needs_cjk
def test_a_font_cache_older_than_the_font_is_rescanned_and_chinese_draws(monkeypatch, tmp_path, fonts_restored,
                                                                          caplog):
    """A PC where matplotlib built its font list before the Chinese font was installed."""
    from matplotlib import font_manager

    manager = font_manager.fontManager
    cjk_files = {entry.fname for entry in manager.ttflist if entry.name in fonts.CJK_FAMILIES}
    stale = [entry for entry in manager.ttflist if entry.fname not in cjk_files]
    monkeypatch.setattr(manager, "ttflist", stale)
    monkeypatch.setattr(matplotlib, "get_cachedir", lambda: str(tmp_path))
    fonts.refresh_fonts()
    clear_cache()
    with caplog.at_level("INFO", logger=fonts.__name__):
        family = fonts.cjk_family()
    assert family in fonts.CJK_FAMILIES and "after rescanning" in caplog.text
    assert list(tmp_path.glob("fontlist-v*.json"))          # the next start finds it in the cache
    with warnings.catch_warnings():
        warnings.simplefilter("error")                     # no "Glyph missing" warning: Chinese is drawn
        assert render_png("chengdu_trade_2017_2022", _dataset(), style=ZH, dpi=50)[:4] == b"\x89PNG"


def _dataset():
    from ftz_desktop.core.study.shipped import load_shipped_dataset

    return load_shipped_dataset()

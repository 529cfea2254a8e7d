"""Chart pictures kept in the workspace for the brief: a kept picture is used and never drawn, a change to
what a chart draws draws it again, and a workspace that cannot keep pictures never fails the export."""
from __future__ import annotations

import logging
from contextlib import nullcontext

import pytest

from ftz_desktop.brief.chart_images import CatalogChartRenderer, KeptChartRenderer, keep_pictures
from ftz_desktop.charts import render
from ftz_desktop.core.errors import DiskFullError
from ftz_desktop.core.store.workspace import WorkspaceStore

DPI = 40                        # small pictures: the tests are about which are drawn, not how they look
TRADE, FDI = "chengdu_trade_2017_2022", "ftz_fdi_share"

pytestmark = pytest.mark.usefixtures("edits_keep_the_study_source")


def _renderer(store, language="en") -> KeptChartRenderer:
    charts = KeptChartRenderer(store.dataset(), dpi=DPI, language=language)
    charts.use(store.pictures.find(charts.keys([TRADE, FDI])))
    return charts


def _kept_both(store) -> KeptChartRenderer:
    first = _renderer(store)
    first(TRADE), first(FDI)
    assert [p.chart_id for p in first.drawn] == [TRADE, FDI]
    assert keep_pictures(lambda: nullcontext(store), first.drawn)
    return first


def test_a_kept_picture_is_used_and_never_drawn(store, monkeypatch):
    render.clear_cache()
    first = _kept_both(store)
    drawn = CatalogChartRenderer(store.dataset(), dpi=DPI)(TRADE)
    monkeypatch.setattr(render, "render_png", lambda *a, **k: pytest.fail("a kept picture was drawn again"))
    again = _renderer(store)
    assert again(TRADE) == drawn            # the same picture, title, source line and indicators
    assert again.drawn == [] and first(TRADE) == drawn


def test_an_edit_to_what_a_chart_draws_draws_it_again(store):
    _kept_both(store)
    exports = next(o for o in store.observations() if o.indicator_id == "chengdu_goods_exports")
    store.update_observation(exports.id, "value", str(exports.value + 1))
    again = _renderer(store)
    again(TRADE), again(FDI)
    assert [p.chart_id for p in again.drawn] == [TRADE]         # the share of FDI draws nothing of it


def test_a_brief_in_another_language_has_pictures_of_its_own(store):
    _kept_both(store)
    assert _renderer(store, "zh").keys([TRADE]) != _renderer(store).keys([TRADE])


def test_a_read_only_workspace_keeps_nothing_and_says_so(workspace_path, caplog):
    with WorkspaceStore.open(workspace_path, read_only=True) as store:
        charts = _renderer(store)
        charts(FDI)
        with caplog.at_level(logging.INFO, logger="ftz_desktop.brief.chart_images"):
            assert not keep_pictures(lambda: nullcontext(store), charts.drawn)
        assert store.pictures.keys() == []
    assert "read-only" in caplog.text


@pytest.mark.parametrize("failure", [
    DiskFullError("The disk is full; nothing was saved."),
    RuntimeError("a fault nobody foresaw"),
])
def test_a_failed_keep_never_fails_the_caller(store, monkeypatch, caplog, failure):
    charts = _renderer(store)
    charts(FDI)

    def fail(pictures):
        raise failure

    monkeypatch.setattr(store.pictures, "keep", fail)
    with caplog.at_level(logging.WARNING, logger="ftz_desktop.brief.chart_images"):
        assert not keep_pictures(lambda: nullcontext(store), charts.drawn)
    assert "not kept" in caplog.text and type(failure).__name__ in caplog.text


def test_a_workspace_that_cannot_be_opened_keeps_nothing(store, caplog):
    charts = _renderer(store)
    charts(FDI)

    def cannot_open():
        raise OSError("the USB stick was pulled out")

    with caplog.at_level(logging.WARNING, logger="ftz_desktop.brief.chart_images"):
        assert not keep_pictures(cannot_open, charts.drawn)
    assert store.pictures.keys() == []

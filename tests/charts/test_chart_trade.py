"""Chengdu's trade 2017–2022, Sichuan's Belt and Road trade and Chengdu's trade by mode, drawn from the data."""
from __future__ import annotations

import math

import pytest

from ftz_desktop.core.analysis.derived import compute_derived, derived_definitions
from helpers.charts import draw, footer, patches, texts, with_observation, without

CHENGDU = "chengdu_trade_2017_2022"
BRI = "bri_trade_2013_2022"
BY_MODE = "chengdu_trade_by_mode_2022"


def _line(fig, gid):
    return next(line for ax in fig.axes for line in ax.lines if line.get_gid() == gid)


def _value(dataset, indicator, geo, period):
    return dataset.value(indicator, geo, period)


# --- Chengdu 2017-2022 -----------------------------------------------------------------------------

def test_chengdu_bars_are_the_observed_exports_and_imports(dataset):
    fig = draw(CHENGDU, dataset)
    for gid, indicator in (("exports", "chengdu_goods_exports"), ("imports", "chengdu_goods_imports")):
        expected = [_value(dataset, indicator, "CD", y) for y in ("2017", "2022")]
        assert [p.get_height() for p in patches(fig, gid)] == expected
    assert "253.849" in texts(fig, "bar-label") and "334.13" in texts(fig, "bar-label")


def test_chengdu_missing_years_are_gaps_not_interpolated(dataset):
    fig = draw(CHENGDU, dataset)
    total = _line(fig, "total").get_ydata()
    assert total[0] == _value(dataset, "chengdu_goods_trade_total", "CD", "2017")
    assert total[-1] == _value(dataset, "chengdu_goods_trade_total", "CD", "2022")
    assert all(math.isnan(v) for v in total[1:5])          # 2018-2021: status M in the data
    assert len(patches(fig, "no-data-band")) == 4
    assert texts(fig, "no-data-marker") == ["no data"] * 4
    assert "no data" in texts(fig)                          # and in the legend


def test_chengdu_totals_are_labelled_and_units_on_the_axis(dataset):
    fig = draw(CHENGDU, dataset)
    assert texts(fig, "total-label") == ["460.588", "834.64"]
    assert fig.axes[0].get_ylabel() == "billion yuan"
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == [str(y) for y in range(2017, 2023)]


def test_chengdu_an_edited_observation_changes_the_drawing(dataset):
    edited = with_observation(dataset, "chengdu_goods_exports", "CD", "2020", value=400.5, status="A")
    fig = draw(CHENGDU, edited)
    assert [p.get_height() for p in patches(fig, "exports")] == [253.849, 400.5, 500.51]
    assert "400.5" in texts(fig, "bar-label")
    # 2020 now has exports but still no imports or total: the slots say so, the band is gone.
    assert len(patches(fig, "no-data-band")) == 3
    assert texts(fig, "no-data-marker").count("no data") == 3 + 1
    assert math.isnan(_line(fig, "total").get_ydata()[3])


def test_chengdu_without_any_data_says_so(dataset):
    fig = draw(CHENGDU, without(dataset, "chengdu_goods_exports", "chengdu_goods_imports",
                                "chengdu_goods_trade_total"))
    [message] = texts(fig, "no-data")
    assert message.startswith("No data for ") and "Chengdu's exports of goods" in message
    assert patches(fig, "exports") == []


def test_chengdu_source_line_names_the_source_of_the_observations(dataset):
    fig = draw(CHENGDU, dataset, render=True)
    assert footer(fig) == "Source: " + dataset.sources["study-2.1"].title


# --- Sichuan's trade with Belt and Road countries -------------------------------------------------

def test_bri_bars_and_stated_growth(dataset):
    fig = draw(BRI, dataset)
    assert [p.get_height() for p in patches(fig, "trade")] == [153.53, 378.87]
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == ["2013", "2022"]
    [growth] = texts(fig, "growth-annotation")
    assert "+10.9%" in growth and "2013–2022" in growth
    assert footer(fig) == "Source: " + dataset.sources["study-1"].title


def test_bri_growth_annotation_follows_the_data_and_goes_without_it(dataset):
    edited = with_observation(dataset, "sichuan_trade_bri_avg_growth", "SC", "2013/2022", value=12.3)
    assert "+12.3%" in texts(draw(BRI, edited), "growth-annotation")[0]
    missing = with_observation(dataset, "sichuan_trade_bri_avg_growth", "SC", "2013/2022", value=None)
    fig = draw(BRI, missing)
    assert texts(fig, "growth-annotation") == []
    assert [p.get_height() for p in patches(fig, "trade")] == [153.53, 378.87]


def test_bri_one_year_missing_draws_the_other_with_a_marker(dataset):
    fig = draw(BRI, with_observation(dataset, "sichuan_trade_bri", "SC", "2013", value=None))
    assert [p.get_height() for p in patches(fig, "trade")] == [378.87]
    assert texts(fig, "no-data-marker") == ["no data"]
    assert texts(fig, "growth-annotation") == []


# --- Chengdu's trade by mode, 2022 ----------------------------------------------------------------

def test_by_mode_bars_shares_and_the_computed_rest(dataset):
    fig = draw(BY_MODE, dataset)
    total = _value(dataset, "chengdu_goods_trade_total", "CD", "2022")
    parts = [_value(dataset, i, "CD", "2022") for i in
             ("chengdu_general_trade", "chengdu_processing_trade", "chengdu_market_procurement_exports")]
    widths = [p.get_width() for p in patches(fig, "modes")]
    assert widths[:3] == parts
    assert widths[3] == pytest.approx(total - sum(parts))
    [derived] = [d for d in compute_derived(dataset, derived_definitions())
                 if d.definition.id == "chengdu_other_trade_2022"]
    assert widths[3] == derived.value
    labels = texts(fig, None)
    # one figure, one value: the shares the study states (21.9%, 57.5%), not the computed 21.84% and 57.39%
    assert "182.25 (21.9%)" in labels and "478.98 (57.5%)" in labels and "146.92 (17.6%)" in labels
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == [
        "General trade", "Processing trade", "Market procurement exports", "Other modes"]
    assert fig.axes[0].get_xlabel() == "billion yuan"
    assert "Total 834.64 billion yuan" in footer(fig)


def test_by_mode_in_chinese_draws_the_rest_in_the_same_unit_as_the_modes(dataset):
    from ftz_desktop.charts.style import default_style
    from ftz_desktop.core.study.names import localized

    fig = draw(BY_MODE, localized(dataset, "zh"), default_style("zh"))
    widths = [p.get_width() for p in patches(fig, "modes")]
    # 亿元: ten times the stored billions, the computed rest too (146.92 billion yuan = 1469.2亿元, 17.6%).
    assert widths == pytest.approx([1822.5, 4789.8, 264.9, 1469.2])
    assert "1469.2 (17.6%)" in texts(fig, None)


def test_by_mode_rest_follows_an_edited_total(dataset):
    fig = draw(BY_MODE, with_observation(dataset, "chengdu_goods_trade_total", "CD", "2022", value=950))
    assert patches(fig, "modes")[3].get_width() == pytest.approx(950 - 182.25 - 478.98 - 26.49)
    assert any(t.startswith("182.25 (19.2%)") for t in texts(fig))


def test_by_mode_parts_above_the_total_are_reported_not_drawn_negative(dataset):
    fig = draw(BY_MODE, with_observation(dataset, "chengdu_goods_trade_total", "CD", "2022", value=600))
    assert len(patches(fig, "modes")) == 3
    assert all(p.get_width() >= 0 for p in patches(fig, "modes"))
    assert texts(fig, "no-data-marker") == [" The modes add up to more than the total"]


def test_by_mode_without_a_total_draws_the_modes_without_shares(dataset):
    fig = draw(BY_MODE, with_observation(dataset, "chengdu_goods_trade_total", "CD", "2022", value=None))
    assert [p.get_width() for p in patches(fig, "modes")] == [182.25, 478.98, 26.49]
    assert "182.25" in texts(fig) and not any("%" in t for t in texts(fig))
    assert texts(fig, "no-data-marker") == [" no data"]

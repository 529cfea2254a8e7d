"""Charts grow with the data: a period staff add is drawn, one they remove leaves a gap or shrinks the
chart, the title names the periods drawn and the source line the sources of the values drawn."""
from __future__ import annotations

import math

import pytest

from ftz_desktop.charts.catalog import CHARTS, chart_source_note, chart_title, get_chart
from ftz_desktop.charts.periods import held_periods, latest_with_value, with_gaps
from ftz_desktop.charts.style import ChartStyle
from ftz_desktop.charts.text import periods_text
from ftz_desktop.core.domain.model import Dataset, Observation, Source
from helpers.charts import add_observation, draw, footer, patches, texts, with_observation, without

YEARBOOK = Source("sc-yearbook-2024", "Sichuan Statistical Yearbook 2024", "Sichuan Provincial Bureau of Statistics",
                  "Table 11-3")
ZH = ChartStyle(language="zh")


def _with_yearbook(dataset: Dataset, *rows: tuple[str, str, str, float | None]) -> Dataset:
    """The dataset with the yearbook as a source and new observations taken from it."""
    edited = Dataset(dataset.indicators, list(dataset.observations), {**dataset.sources, YEARBOOK.id: YEARBOOK},
                     dataset.geographies)
    for indicator, geography, period, value in rows:
        edited = add_observation(edited, Observation(indicator, geography, period, value,
                                                     status="A" if value is not None else "M",
                                                     source_id=YEARBOOK.id))
    return edited


def _without_period(dataset: Dataset, period: str, *indicator_ids: str) -> Dataset:
    observations = [o for o in dataset.observations if not (o.period == period and o.indicator_id in indicator_ids)]
    assert len(observations) < len(dataset.observations)
    return Dataset(dataset.indicators, observations, dataset.sources, dataset.geographies)


def _ticks(ax) -> list[str]:
    return [t.get_text() for t in ax.get_xticklabels()]


def _title(fig) -> str:
    """The title as one line (it is wrapped to the figure width when laid out)."""
    [title] = texts(fig, "chart-title")
    return title.replace("\n", " ")


def _study(dataset: Dataset, source_id: str = "study-2.1") -> str:
    return dataset.sources[source_id].title


def _line(fig, gid):
    return next(line for ax in fig.axes for line in ax.lines if line.get_gid() == gid)


# --- Chengdu's trade by year ----------------------------------------------------------------------

CHENGDU = "chengdu_trade_2017_2022"
CHENGDU_SERIES = ("chengdu_goods_exports", "chengdu_goods_imports", "chengdu_goods_trade_total")


def test_chengdu_a_year_staff_add_is_drawn_titled_and_sourced(dataset):
    edited = _with_yearbook(dataset, ("chengdu_goods_exports", "CD", "2023", 520.1),
                            ("chengdu_goods_imports", "CD", "2023", 310.2),
                            ("chengdu_goods_trade_total", "CD", "2023", 830.3))
    fig = draw(CHENGDU, edited, render=True)
    assert [p.get_height() for p in patches(fig, "exports")] == [253.849, 500.51, 520.1]
    assert [p.get_height() for p in patches(fig, "imports")] == [206.737, 334.13, 310.2]
    assert _line(fig, "total").get_ydata()[-1] == 830.3
    assert _ticks(fig.axes[0]) == [str(y) for y in range(2017, 2024)]
    assert _title(fig) == "Chengdu's imports and exports of goods, 2017–2023"
    assert footer(fig) == f"Sources: {_study(dataset)}; {YEARBOOK.title}"
    assert chart_source_note(get_chart(CHENGDU), edited) == footer(fig)
    assert len(patches(fig, "no-data-band")) == 4           # the study's gaps stay
    zh = draw(CHENGDU, edited, ZH)
    assert _title(zh) == "成都市货物进出口（2017—2023年）"


def test_chengdu_a_year_left_out_between_two_others_is_a_gap(dataset):
    edited = _with_yearbook(dataset, ("chengdu_goods_trade_total", "CD", "2024", 900.0))
    fig = draw(CHENGDU, edited)
    # 2023 has no observation at all: it is drawn as a gap, not skipped.
    assert _ticks(fig.axes[0]) == [str(y) for y in range(2017, 2025)]
    assert len(patches(fig, "no-data-band")) == 4 + 1
    total = _line(fig, "total").get_ydata()
    assert math.isnan(total[-2]) and total[-1] == 900.0
    assert _title(fig) == "Chengdu's imports and exports of goods, 2017–2024"


def test_chengdu_removing_a_year_with_data_leaves_a_gap(dataset):
    fig = draw(CHENGDU, _without_period(dataset, "2017", *CHENGDU_SERIES))
    # 2017 gone: the chart starts at 2018, whose observations say "missing".
    assert _ticks(fig.axes[0]) == [str(y) for y in range(2018, 2023)]
    assert _title(fig) == "Chengdu's imports and exports of goods, 2018–2022"
    assert [p.get_height() for p in patches(fig, "exports")] == [500.51]
    assert len(patches(fig, "no-data-band")) == 4


def test_chengdu_removing_the_middle_years_keeps_them_as_gaps(dataset):
    edited = dataset
    for year in ("2019", "2020"):
        edited = _without_period(edited, year, *CHENGDU_SERIES)
    fig = draw(CHENGDU, edited)
    assert _ticks(fig.axes[0]) == [str(y) for y in range(2017, 2023)]
    assert len(patches(fig, "no-data-band")) == 4


def test_chengdu_the_source_of_a_gap_is_not_a_source_of_the_chart(dataset):
    edited = _with_yearbook(dataset, ("chengdu_goods_exports", "CD", "2023", None))
    fig = draw(CHENGDU, edited, render=True)
    assert _ticks(fig.axes[0])[-1] == "2023" and len(patches(fig, "no-data-band")) == 5
    assert footer(fig) == "Source: " + _study(dataset)


# --- Sichuan's trade with Belt and Road countries -------------------------------------------------

BRI = "bri_trade_2013_2022"


def test_bri_a_year_staff_add_is_drawn_beside_the_studys_years(dataset):
    edited = _with_yearbook(dataset, ("sichuan_trade_bri", "SC", "2023", 400.2))
    fig = draw(BRI, edited, render=True)
    assert [p.get_height() for p in patches(fig, "trade")] == [153.53, 378.87, 400.2]
    assert _ticks(fig.axes[0]) == ["2013", "2022", "2023"]
    assert _title(fig) == "Sichuan's trade with Belt and Road countries, 2013, 2022 and 2023"
    assert footer(fig) == f"Sources: {_study(dataset, 'study-1')}; {YEARBOOK.title}"
    # The stated growth still compares the years it is stated for.
    [growth] = texts(fig, "growth-annotation")
    assert "+10.9%" in growth and "2013–2022" in growth
    assert _title(draw(BRI, edited, ZH)) == "四川与“一带一路”沿线国家贸易额（2013年、2022年和2023年）"


def test_bri_a_growth_stated_for_the_new_span_replaces_the_old_one(dataset):
    edited = _with_yearbook(dataset, ("sichuan_trade_bri", "SC", "2023", 400.2),
                            ("sichuan_trade_bri_avg_growth", "SC", "2013/2023", 10.1))
    [growth] = texts(draw(BRI, edited), "growth-annotation")
    assert "+10.1%" in growth and "2013–2023" in growth


def test_bri_a_removed_year_shrinks_the_chart_and_its_title(dataset):
    fig = draw(BRI, _without_period(dataset, "2013", "sichuan_trade_bri"))
    assert [p.get_height() for p in patches(fig, "trade")] == [378.87]
    assert _ticks(fig.axes[0]) == ["2022"]
    assert _title(fig) == "Sichuan's trade with Belt and Road countries, 2022"
    assert texts(fig, "growth-annotation") == []


def test_bri_a_year_without_a_value_is_marked(dataset):
    edited = _with_yearbook(dataset, ("sichuan_trade_bri", "SC", "2023", None))
    fig = draw(BRI, edited)
    assert _ticks(fig.axes[0]) == ["2013", "2022", "2023"]
    assert texts(fig, "no-data-marker") == ["no data"]
    assert len(patches(fig, "trade")) == 2


# --- Chengdu's trade by mode ----------------------------------------------------------------------

BY_MODE = "chengdu_trade_by_mode_2022"


def test_by_mode_a_later_year_takes_the_chart_over_with_its_own_rest(dataset):
    edited = _with_yearbook(dataset, ("chengdu_goods_trade_total", "CD", "2023", 900.0),
                            ("chengdu_general_trade", "CD", "2023", 200.0),
                            ("chengdu_processing_trade", "CD", "2023", 450.0),
                            ("chengdu_market_procurement_exports", "CD", "2023", 30.0))
    fig = draw(BY_MODE, edited, render=True)
    widths = [p.get_width() for p in patches(fig, "modes")]
    assert widths[:3] == [200.0, 450.0, 30.0] and widths[3] == pytest.approx(900 - 200 - 450 - 30)
    assert "200 (22.2%)" in texts(fig)
    assert _title(fig) == "Chengdu's imports and exports by trade mode, 2023"
    assert _title(draw(BY_MODE, edited, ZH)) == "2023年成都市分贸易方式进出口"
    assert footer(fig).endswith("Source: " + YEARBOOK.title)
    [rest] = [d for d in get_chart(BY_MODE).data(edited, "en") if d.role == "other"]
    assert rest.period == "2023" and "2023" in rest.note and "2022" not in rest.note


def test_by_mode_a_later_year_with_one_mode_so_far_shows_the_others_as_gaps(dataset):
    edited = _with_yearbook(dataset, ("chengdu_general_trade", "CD", "2023", 200.0))
    fig = draw(BY_MODE, edited, render=True)
    assert [p.get_width() for p in patches(fig, "modes")] == [200.0]
    assert texts(fig, "no-data-marker") == [" no data"] * 3
    assert footer(fig) == "Source: " + YEARBOOK.title


def test_by_mode_a_removed_mode_is_a_gap_and_removing_the_year_says_no_data(dataset):
    fig = draw(BY_MODE, without(dataset, "chengdu_processing_trade"))
    assert texts(fig, "no-data-marker") == [" no data", " no data"]   # the mode, and the rest it leaves open
    assert _title(fig) == "Chengdu's imports and exports by trade mode, 2022"
    spec = get_chart(BY_MODE)
    empty = draw(BY_MODE, without(dataset, *spec.indicators))
    assert _title(empty) == "Chengdu's imports and exports by trade mode"


# --- Luzhou port ----------------------------------------------------------------------------------

LUZHOU = "luzhou_port"


def test_luzhou_a_new_quarter_is_drawn_and_named(dataset):
    edited = _with_yearbook(dataset, ("luzhou_port_container_throughput", "LZ-PORT", "2023-Q2", 55000),
                            ("luzhou_port_container_growth", "LZ-PORT", "2023-Q2", 5.1))
    fig = draw(LUZHOU, edited, render=True)
    port_ax, _ = fig.axes
    assert [p.get_height() for p in patches(fig, "port")] == [190300, 51700, 55000]
    assert _ticks(port_ax) == ["2022", "Q1 2023", "Q2 2023"]
    assert "55,000\n+5.1%" in texts(fig)
    assert _title(fig) == "Luzhou port and the Luzhou Comprehensive Bonded Zone, 2022, Q1 2023 and Q2 2023"
    assert footer(fig).endswith(f"Sources: {_study(dataset)}; {YEARBOOK.title}")
    assert _title(draw(LUZHOU, edited, ZH)) == "泸州港与泸州综合保税区（2022年、2023年一季度和2023年二季度）"
    # A fourth period: the title gives the range.
    later = _with_yearbook(edited, ("luzhou_port_container_throughput", "LZ-PORT", "2023-Q3", 56000))
    assert _title(draw(LUZHOU, later)) == "Luzhou port and the Luzhou Comprehensive Bonded Zone, 2022 – Q3 2023"


def test_luzhou_a_quarter_left_out_is_a_gap(dataset):
    edited = _with_yearbook(dataset, ("luzhou_port_container_throughput", "LZ-PORT", "2023-Q3", 56000))
    fig = draw(LUZHOU, edited)
    assert _ticks(fig.axes[0]) == ["2022", "Q1 2023", "Q2 2023", "Q3 2023"]
    assert texts(fig, "no-data-marker") == ["no data"]


def test_luzhou_the_zone_panel_follows_the_latest_year(dataset):
    edited = _with_yearbook(dataset, *((i, "LZ-CBZ", "2023", v) for i, v in
                                       (("luzhou_cbz_exports", 6.0), ("luzhou_cbz_imports", 5.5),
                                        ("luzhou_cbz_trade_total", 11.5))))
    fig = draw(LUZHOU, edited, render=True)
    _, zone_ax = fig.axes
    assert [p.get_height() for p in patches(fig, "zone")] == [6.0, 5.5, 11.5]
    assert zone_ax.get_title("left").replace("\n", " ").endswith("trade, 2023")
    assert _title(fig) == "Luzhou port and the Luzhou Comprehensive Bonded Zone, 2022, Q1 2023 and 2023"
    # Growth for 2023 is not stated yet: the values stand alone.
    assert "6" in texts(fig) and not any(t.startswith("6\n") for t in texts(fig))


def test_luzhou_a_removed_period_shrinks_the_port_panel(dataset):
    fig = draw(LUZHOU, _without_period(dataset, "2023-Q1", "luzhou_port_container_throughput",
                                       "luzhou_port_container_growth"))
    assert [p.get_height() for p in patches(fig, "port")] == [190300]
    assert _title(fig) == "Luzhou port and the Luzhou Comprehensive Bonded Zone, 2022"


# --- The zone's share of foreign investment ---------------------------------------------------------

FDI_SHARE = "ftz_fdi_share"


def test_fdi_share_a_new_year_from_a_new_source(dataset):
    edited = _with_yearbook(dataset, ("ftz_share_province_actual_fdi", "SC-FTZ", "2024", 33.0))
    fig = draw(FDI_SHARE, edited, render=True)
    assert [p.get_height() for p in patches(fig, "share")] == [4.3, 31.2, 33.0]
    assert _ticks(fig.axes[0]) == ["2017", "2023", "2024"]
    assert texts(fig, "change-annotation") == ["+28.7 percentage points"]   # earliest to latest
    assert _title(fig) == "The zone's share of the province's actual use of foreign investment, 2017, 2023 and 2024"
    assert footer(fig) == f"Sources: {_study(dataset)}; {YEARBOOK.title}"
    assert _title(draw(FDI_SHARE, edited, ZH)) == "自贸试验区实际利用外资占全省比重（2017年、2023年和2024年）"


def test_fdi_share_a_removed_year_shrinks_it_and_a_missing_one_is_marked(dataset):
    fig = draw(FDI_SHARE, _without_period(dataset, "2017", "ftz_share_province_actual_fdi"))
    assert _ticks(fig.axes[0]) == ["2023"] and texts(fig, "change-annotation") == []
    assert _title(fig) == "The zone's share of the province's actual use of foreign investment, 2023"
    missing = draw(FDI_SHARE, with_observation(dataset, "ftz_share_province_actual_fdi", "SC-FTZ", "2017",
                                               value=None))
    assert _ticks(missing.axes[0]) == ["2017", "2023"] and texts(missing, "no-data-marker") == ["no data"]


# --- The zone's weight in the province --------------------------------------------------------------

WEIGHT = "ftz_weight_in_province"


def test_weight_a_newer_share_is_drawn_and_labelled_with_its_year(dataset):
    edited = _with_yearbook(dataset, ("ftz_share_province_fdi", "SC-FTZ", "2024", 27.0))
    fig = draw(WEIGHT, edited, render=True)
    assert [p.get_width() for p in patches(fig, "weight")] == [0.025, 27.0, 10.0]
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == [
        "Area (2023)", "Foreign direct investment (2024)", "New enterprises (2023)"]
    assert _title(fig) == "The zone's weight in Sichuan Province, 2023 and 2024"
    assert footer(fig) == f"Sources: {_study(dataset)}; {YEARBOOK.title}"
    zh = draw(WEIGHT, edited, ZH)
    assert _title(zh) == "自贸试验区在全省的分量（2023年和2024年）"
    assert "外商直接投资（2024年）" in texts(zh)


def test_weight_a_removed_share_is_marked(dataset):
    fig = draw(WEIGHT, without(dataset, "ftz_share_province_area"))
    assert texts(fig, "no-data-marker") == ["no data"]
    assert _title(fig) == "The zone's weight in Sichuan Province, 2023"


# --- Every chart ------------------------------------------------------------------------------------

@pytest.mark.parametrize("chart_id", list(CHARTS))
@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_drawn_title_is_the_catalog_title_for_the_same_data(chart_id, language, dataset):
    edited = _with_yearbook(dataset, ("chengdu_goods_exports", "CD", "2023", 520.1),
                            ("sichuan_trade_bri", "SC", "2023", 400.2),
                            ("luzhou_port_container_throughput", "LZ-PORT", "2023-Q2", 55000),
                            ("ftz_share_province_actual_fdi", "SC-FTZ", "2024", 33.0))
    spec = get_chart(chart_id)
    fig = draw(chart_id, edited, ChartStyle(language=language))
    assert _title(fig) == chart_title(spec, language, edited)
    # Without a dataset: the title as the shipped study draws it.
    assert chart_title(spec, language) == chart_title(spec, language, dataset) == _title(
        draw(chart_id, dataset, ChartStyle(language=language)))
    assert spec.title == chart_title(spec)


@pytest.mark.parametrize("chart_id", list(CHARTS))
def test_a_chart_without_data_has_a_title_without_periods(chart_id, dataset):
    spec = get_chart(chart_id)
    fig = draw(chart_id, without(dataset, *spec.indicators))
    title = _title(fig)
    assert title and not any(ch.isdigit() for ch in title)
    assert title == chart_title(spec, "en", without(dataset, *spec.indicators))


def test_the_shipped_titles_name_the_studys_periods():
    assert [spec.title for spec in CHARTS.values()] == [
        "Chengdu's imports and exports of goods, 2017–2022",
        "Sichuan's trade with Belt and Road countries, 2013 and 2022",
        "Chengdu's imports and exports by trade mode, 2022",
        "Luzhou port and the Luzhou Comprehensive Bonded Zone, 2022 and Q1 2023",
        "The zone's share of the province's actual use of foreign investment, 2017 and 2023",
        "The zone's weight in Sichuan Province, 2023",
    ]
    assert [chart_title(spec, "zh") for spec in CHARTS.values()] == [
        "成都市货物进出口（2017—2022年）",
        "四川与“一带一路”沿线国家贸易额（2013年和2022年）",
        "2022年成都市分贸易方式进出口",
        "泸州港与泸州综合保税区（2022年和2023年一季度）",
        "自贸试验区实际利用外资占全省比重（2017年和2023年）",
        "自贸试验区在全省的分量（2023年）",
    ]


def test_sections_of_the_study_are_one_source_and_another_publication_makes_two(dataset):
    spec = get_chart(CHENGDU)
    two_sections = with_observation(dataset, "chengdu_goods_imports", "CD", "2022", source_id="study-4.3")
    assert chart_source_note(spec, two_sections).startswith("Source: ")
    yearbook = _with_yearbook(dataset, ("chengdu_goods_exports", "CD", "2023", 520.1))
    assert chart_source_note(spec, yearbook).startswith("Sources: ")
    assert chart_source_note(spec, yearbook, "zh").startswith("资料来源：")


# --- The period helpers -------------------------------------------------------------------------------

def test_held_periods_and_gaps(dataset):
    assert held_periods(dataset, CHENGDU_SERIES, "CD") == [str(y) for y in range(2017, 2023)]
    assert held_periods(dataset, ["luzhou_port_container_throughput"], "LZ-PORT") == ["2022", "2023-Q1"]
    assert latest_with_value(dataset, ["chengdu_goods_exports"], "CD") == "2022"
    assert latest_with_value(dataset, ["chengdu_goods_exports"], "SC") is None
    assert with_gaps(["2017", "2020"]) == ["2017", "2018", "2019", "2020"]
    assert with_gaps(["2022", "2023-Q1", "2023-Q3"]) == ["2022", "2023-Q1", "2023-Q2", "2023-Q3"]
    assert with_gaps(["2022-04", "2022-07"]) == ["2022-04", "2022-07"]
    assert with_gaps([]) == []


@pytest.mark.parametrize("periods, listed, en, zh", [
    ([], False, "", ""),
    (["2022"], False, "2022", "2022年"),
    (["2017", "2022"], False, "2017–2022", "2017—2022年"),
    (["2013", "2022"], True, "2013 and 2022", "2013年和2022年"),
    (["2013", "2022", "2023"], True, "2013, 2022 and 2023", "2013年、2022年和2023年"),
    (["2013", "2020", "2022", "2023"], True, "2013–2023", "2013—2023年"),
    (["2022", "2023-Q1"], True, "2022 and Q1 2023", "2022年和2023年一季度"),
    (["2022", "2023-Q2"], False, "2022 – Q2 2023", "2022年—2023年二季度"),
    (["2022-04"], False, "April 2022", "2022年4月"),
])
def test_periods_text(periods, listed, en, zh):
    assert periods_text(periods, "en", listed) == en
    assert periods_text(periods, "zh", listed) == zh

"""The chart catalog: ids, lookup, the numbers behind each chart and its source line."""
from __future__ import annotations

import subprocess
import sys

import pytest

from ftz_desktop.charts.catalog import CHARTS, ChartSpec, chart_data_table, chart_source_note, chart_title, get_chart
from ftz_desktop.charts.style import ChartStyle
from helpers.charts import draw, footer, texts, with_observation, without

CHART_IDS = ["chengdu_trade_2017_2022", "bri_trade_2013_2022", "chengdu_trade_by_mode_2022", "luzhou_port",
             "ftz_fdi_share", "ftz_weight_in_province"]


def test_the_catalog_holds_the_agreed_ids_in_order():
    assert list(CHARTS) == CHART_IDS
    for chart_id, spec in CHARTS.items():
        assert isinstance(spec, ChartSpec) and spec.id == chart_id
        assert spec.title and spec.description and callable(spec.draw)
        assert get_chart(chart_id) is spec


def test_an_unknown_chart_id_names_the_known_ones():
    with pytest.raises(KeyError, match="Unknown chart 'chengdu_trade'.*chengdu_trade_2017_2022"):
        get_chart("chengdu_trade")


@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_charts_read_only_shipped_indicators_and_declare_them(chart_id, dataset):
    spec = get_chart(chart_id)
    assert set(spec.indicators) <= set(dataset.indicators)
    rows = chart_data_table(spec, dataset)
    assert rows
    read = {row.indicator_id for row in rows if row.indicator_id}
    assert read == set(spec.indicators)     # every declared indicator is used, nothing undeclared is read
    for row in rows:
        if row.indicator_id:
            obs = dataset.get(row.indicator_id, row.geography, row.period)
            assert obs is not None and row.value == obs.value and row.source_ids == (obs.source_id,)
            assert row.source == dataset.sources[obs.source_id].title
        else:
            assert row.note and row.source_ids   # a computed value says how, and from which sources


@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_the_drawn_source_line_is_the_catalog_source_note(chart_id, dataset):
    fig = draw(chart_id, dataset, render=True)
    note = chart_source_note(get_chart(chart_id), dataset)
    assert note.startswith("Source: ")
    assert footer(fig).endswith(note)


def test_the_source_note_lists_each_source_of_the_drawn_observations_once(dataset):
    spec = get_chart("chengdu_trade_2017_2022")
    edited = with_observation(dataset, "chengdu_goods_imports", "CD", "2022", source_id="study-4.3")
    assert chart_source_note(spec, edited) == (
        "Source: " + dataset.sources["study-2.1"].title + "; " + dataset.sources["study-4.3"].title)
    assert footer(draw(spec.id, edited, render=True)) == chart_source_note(spec, edited)


@pytest.mark.parametrize("chart_id", CHART_IDS)
def test_a_chart_without_its_data_draws_a_message_instead_of_raising(chart_id, dataset):
    spec = get_chart(chart_id)
    fig = draw(chart_id, without(dataset, *spec.indicators), render=True)
    messages = texts(fig, "no-data")
    assert messages and all(m.startswith("No data for ") for m in messages)
    assert footer(fig) == "Source: none (no data)"


def test_the_data_table_and_titles_follow_the_language(zh_dataset):
    spec = get_chart("chengdu_trade_by_mode_2022")
    rows = chart_data_table(spec, zh_dataset, language="zh")
    assert [r.label for r in rows[:5]] == ["进出口总额", "一般贸易", "加工贸易", "市场采购出口", "其他贸易方式"]
    assert rows[1].unit == "十亿元" and rows[1].source.startswith("中国（四川）")
    fig = draw(spec.id, zh_dataset, ChartStyle(language="zh"), render=True)
    assert texts(fig, "chart-title") == ["2022年成都市分贸易方式进出口"] == [chart_title(spec, "zh")]
    assert chart_title(spec) == spec.title == "Chengdu's imports and exports by trade mode, 2022"
    assert footer(fig).endswith("资料来源：" + zh_dataset.sources["study-2.1"].title)


def test_style_can_leave_out_title_and_source(dataset):
    fig = draw("ftz_fdi_share", dataset, ChartStyle(show_title=False, show_source=False), render=True)
    assert texts(fig, "chart-title") == [] and texts(fig, "chart-footer") == []


def test_charts_use_neither_pyplot_nor_qt():
    code = ("import sys\n"
            "from ftz_desktop.core.study.shipped import load_shipped_dataset\n"
            "from ftz_desktop.charts.catalog import CHARTS\n"
            "from ftz_desktop.charts.render import render_png\n"
            "ds = load_shipped_dataset()\n"
            "for chart_id in CHARTS: render_png(chart_id, ds, dpi=30)\n"
            "bad = [m for m in sys.modules if m == 'matplotlib.pyplot' or m.startswith('PySide6')]\n"
            "print(bad)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"

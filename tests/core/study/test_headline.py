"""Headline figures: the latest value of each key indicator, with a change only where it means something."""
from __future__ import annotations

import dataclasses

import pytest

from ftz_desktop.core.domain.model import Dataset, Observation
from ftz_desktop.core.study.headline import (
    HEADLINE_FIGURES,
    change_between,
    headline_figure,
    headline_figures,
    period_kind,
)
from ftz_desktop.core.study.shipped import load_shipped_dataset


@pytest.fixture(scope="module")
def shipped() -> Dataset:
    return load_shipped_dataset()


def _with(dataset: Dataset, *changed: Observation) -> Dataset:
    keys = {o.key for o in changed}
    observations = [o for o in dataset.observations if o.key not in keys] + list(changed)
    return Dataset(dict(dataset.indicators), observations, dict(dataset.sources), dict(dataset.geographies))


def test_every_headline_indicator_is_in_the_shipped_data(shipped):
    figures = headline_figures(shipped)
    assert [(f.indicator.id, f.geography) for f in figures] == list(HEADLINE_FIGURES)
    assert all(f.source is not None for f in figures)


def test_a_share_changes_in_points(shipped):
    figure = headline_figure(shipped, "ftz_share_province_actual_fdi", "SC-FTZ")
    assert figure.value_text == "31.2%"
    assert figure.period_text == "2023"
    assert figure.change.kind == "points"
    assert figure.change.text == "+26.9 points"
    assert (figure.earlier_text, figure.earlier_period_text) == ("4.3%", "2017")


def test_an_amount_changes_in_per_cent_against_the_last_year_with_a_value(shipped):
    figure = headline_figure(shipped, "chengdu_goods_trade_total", "CD")
    assert figure.value_text == "834.64 billion yuan"
    # 2018 to 2021 are missing: the comparison is with 2017.
    assert figure.change.earlier.period == "2017"
    assert figure.change.text == "+81.2%"


def test_no_change_across_kinds_of_period_or_with_a_qualified_figure(shipped):
    # 230,000 (2023) against 192,000 (April 2022): a year against a month.
    assert headline_figure(shipped, "ftz_new_enterprises_cumulative", "SC-FTZ").change is None
    # "nearly 25%" has no earlier figure at all.
    assert headline_figure(shipped, "ftz_share_province_fdi", "SC-FTZ").change is None
    indicator = shipped.indicators["fortune500_in_ftz"]
    earlier = Observation("fortune500_in_ftz", "SC-FTZ", "2022", 100, qualifier="more_than")
    latest = Observation("fortune500_in_ftz", "SC-FTZ", "2023", 104)
    assert change_between(earlier, latest, indicator) is None
    assert change_between(dataclasses.replace(earlier, qualifier=""), latest, indicator).text == "+4%"


def test_a_growth_rate_needs_a_positive_base(shipped):
    indicator = shipped.indicators["chengdu_goods_trade_total"]
    zero = Observation(indicator.id, "CD", "2017", 0.0)
    latest = Observation(indicator.id, "CD", "2022", 834.64)
    assert change_between(zero, latest, indicator) is None


def test_the_latest_figure_follows_an_edit(shipped):
    old = shipped.get("ftz_share_province_actual_fdi", "SC-FTZ", "2023")
    edited = _with(shipped, dataclasses.replace(old, value=35.0))
    figure = headline_figure(edited, "ftz_share_province_actual_fdi", "SC-FTZ")
    assert figure.value_text == "35%"
    assert figure.change.text == "+30.7 points"
    fall = _with(shipped, dataclasses.replace(old, value=3.3))
    assert headline_figure(fall, "ftz_share_province_actual_fdi", "SC-FTZ").change.text == "-1 point"


def test_an_indicator_without_data_is_left_out(shipped):
    assert headline_figures(shipped, [("no_such_indicator", "SC"), ("sichuan_trade_bri", "SC")])[0].indicator.id \
        == "sichuan_trade_bri"
    assert headline_figure(shipped, "sichuan_trade_bri", "CD") is None


@pytest.mark.parametrize("period, kind", [("2022", "year"), ("2023-Q1", "quarter"), ("2022-04", "month"),
                                          ("2022-04-30", "day"), ("2013/2022", "span"), ("soon", "")])
def test_period_kinds(period, kind):
    assert period_kind(period) == kind


def test_a_change_against_another_publication_says_so():
    """A clerk's 2023 yearbook figure against the study's 2017 one: compared, and marked as such."""
    import dataclasses

    from ftz_desktop.core.domain.model import Dataset, Source
    from ftz_desktop.core.study.headline import headline_figure
    from ftz_desktop.core.study.shipped import load_shipped_dataset

    shipped = load_shipped_dataset()
    same = headline_figure(shipped, "chengdu_goods_trade_total", "CD")
    assert same.change is not None and not same.change.source_changed
    assert same.change_text == "+81.2% since 2017"
    base = shipped.get("chengdu_goods_trade_total", "CD", "2022")
    yearbook = Source(id="cd-yearbook-2024", title="Chengdu Statistical Yearbook 2024")
    newer = dataclasses.replace(base, id=10_000, period="2023", value=900.0, source_id=yearbook.id)
    dataset = Dataset(shipped.indicators, [*shipped.observations, newer], {**shipped.sources, yearbook.id: yearbook},
                      shipped.geographies)
    figure = headline_figure(dataset, "chengdu_goods_trade_total", "CD")
    assert figure.latest.period == "2023" and figure.source == yearbook
    assert figure.change.source_changed and figure.change_text.endswith("since 2022 (another source)")
    assert figure.earlier_source is not None and figure.earlier_source.id.startswith("study")

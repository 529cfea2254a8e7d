"""The relations the study's figures imply, declared in data/derived.csv: computed from the shipped data,
silent on it, and finding a planted contradiction."""
from __future__ import annotations

import dataclasses

import pytest

from ftz_desktop.core.analysis.checks import Finding, run_checks
from ftz_desktop.core.analysis.derived import DerivedDefinition, compute_derived, derived_definitions
from ftz_desktop.core.domain.model import Dataset, Indicator, Observation, Source
from ftz_desktop.core.study.shipped import load_shipped_dataset

NEW_RELATIONS = {
    # a total implied by a part and its share: the bonded zone's 10.51 billion yuan is 54.7% of Luzhou's trade
    "luzhou_foreign_trade_2022_implied": 10.51 / 54.7 * 100,                          # 19.21 billion yuan
    # Luzhou port's 190,300 TEU are more than 60% of the province's waterborne containers (an upper bound)
    "sichuan_waterborne_containers_2022_implied": 190300 / 60 * 100,                  # 317,167 TEU
    # a part over a total implied by a part and its share: Belt and Road trade in Sichuan's total
    "sichuan_bri_share_of_trade_2022_implied": 378.87 / (834.64 / 82.8 * 100) * 100,  # 37.59%
}


@pytest.fixture(scope="module")
def shipped() -> Dataset:
    return load_shipped_dataset()


def replace_value(dataset: Dataset, key: tuple[str, str, str], value: float) -> Dataset:
    observations = [dataclasses.replace(o, value=value) if o.key == key else o for o in dataset.observations]
    assert observations != dataset.observations, f"{key} is not in the dataset"
    return Dataset(dataset.indicators, observations, dataset.sources, dataset.geographies)


def test_the_new_relations_are_declared_in_the_existing_format():
    by_id = {d.id: d for d in derived_definitions()}
    assert set(NEW_RELATIONS) <= set(by_id)
    assert [by_id[i].formula for i in NEW_RELATIONS] == ["implied_total", "implied_total", "share_pct"]
    assert all(by_id[i].note for i in NEW_RELATIONS)
    assert "upper bound" in by_id["sichuan_waterborne_containers_2022_implied"].note


@pytest.mark.parametrize("derived_id, expected", NEW_RELATIONS.items())
def test_the_new_relations_computed_from_the_shipped_data(shipped, derived_id, expected):
    [value] = [v for v in compute_derived(shipped) if v.definition.id == derived_id]
    assert value.value == pytest.approx(expected, rel=1e-12)
    assert value.missing_inputs == [] and value.reason == ""


def test_the_formula_text_of_a_share_in_an_implied_total(shipped):
    [value] = [v for v in compute_derived(shipped) if v.definition.id == "sichuan_bri_share_of_trade_2022_implied"]
    assert value.formula_text.endswith("= 378.87 / 1,008.02 × 100 = 37.59")


def test_the_new_relations_hold_for_the_shipped_data(shipped):
    findings = run_checks(shipped)
    assert not [f for f in findings if f.derived_id in NEW_RELATIONS]
    assert not [f for f in findings if f.kind == "impossible_share"]


def test_a_planted_contradiction_is_found_by_a_new_relation(shipped):
    # Belt and Road trade typed in 100 million yuan (3,788.7) instead of billion yuan: more than the province's
    # whole trade, which Chengdu's 834.64 billion yuan at 82.8% put at 1,008.02 billion yuan.
    dataset = replace_value(shipped, ("sichuan_trade_bri", "SC", "2022"), 3788.7)
    [finding] = [f for f in run_checks(dataset) if f.kind == "impossible_share"]
    assert finding.derived_id == "sichuan_bri_share_of_trade_2022_implied"
    assert finding.key == "sichuan_trade_bri|SC|2022" and finding.indicator_id == "sichuan_trade_bri"
    assert finding.computed == pytest.approx(3788.7 / (834.64 / 82.8 * 100) * 100)
    assert (finding.severity, finding.materiality) == ("warning", "material")
    assert "375.86%, more than the whole" in finding.message and "3,788.7 / 1,008.02 × 100" in finding.message
    assert finding.observation_in(dataset) is not None


SHARE = DerivedDefinition("share", "Share of the part", "%", 1, "share_pct", ("p|X|2022", "w|X|2022"), "X", "2022")


def shares(part: float, whole: float) -> list[Finding]:
    indicators = {i: Indicator(i, i.upper(), "billion yuan", decimals=1) for i in ("p", "w")}
    observations = [Observation("p", "X", "2022", part, source_id="s"), Observation("w", "X", "2022", whole,
                                                                                  source_id="s")]
    return run_checks(Dataset(indicators, observations, {"s": Source("s", "S")}, {"X": "X"}), definitions=[SHARE])


@pytest.mark.parametrize("part, whole, problem", [
    (50.0, 100.0, None), (100.0, 100.0, None), (0.0, 100.0, None), (0.1 + 0.2, 0.3, None),
    (100.5, 100.0, "more than the whole"), (-1.0, 100.0, "less than nothing"), (5.0, -100.0, "less than nothing"),
])
def test_a_share_must_lie_between_nothing_and_the_whole(part, whole, problem):
    found = shares(part, whole)
    if problem is None:
        assert found == []
    else:
        [finding] = found
        assert finding.kind == "impossible_share" and problem in finding.message and finding.key == "p|X|2022"

"""Qualifier-aware comparisons, the materiality of findings and the order of findings."""
from __future__ import annotations

import json

import pytest

from ftz_desktop.core.analysis.checks import (
    Finding,
    contradicts,
    difference_materiality,
    finding_order,
    qualifier_band,
    run_checks,
)
from ftz_desktop.core.analysis.derived import DerivedDefinition
from ftz_desktop.core.domain.model import Dataset, Indicator, Observation, Source
from ftz_desktop.core.study.shipped import load_shipped_dataset


@pytest.fixture(scope="module")
def shipped() -> Dataset:
    return load_shipped_dataset()


# ---- each qualifier, inside and outside its band -------------------------------------------------

@pytest.mark.parametrize("stated, qualifier, tolerance, computed, contradicted", [
    # exactly X, as rounded: ±half a unit of the last decimal
    (10.51, "", None, 10.514, False),
    (10.51, "", None, 5.36 + 5.15, False),               # 10.510000000000002
    (10.51, "", None, 10.516, True),
    (10.51, "", None, 10.504, True),
    (3.2, "", 0.25, 3.0, False),                         # a declared tolerance replaces the rounding
    (3.2, "", 0.25, 2.9, True),
    # more than X: contradicted only at or below X
    (20000.0, "more_than", None, 20001.0, False),
    (20000.0, "more_than", None, 1e9, False),
    (20000.0, "more_than", None, 20000.0, True),
    (20000.0, "more_than", None, 20000.0 + 1e-9, True),  # float-equal to X is X
    (20000.0, "more_than", None, 19999.6, True),         # would round to 20,000, but is not more than it
    (3.0, "more_than", 0.5, 2.6, False),                 # a declared tolerance widens the bound
    (3.0, "more_than", 0.5, 2.5, True),
    # less than X: contradicted only at or above X
    (0.025, "less_than", None, 0.0247, False),
    (0.025, "less_than", None, 0.0, False),
    (0.025, "less_than", None, 0.025, True),
    (0.025, "less_than", None, 0.0251, True),
    # nearly X: from 10% short of X up to X
    (25.0, "nearly", None, 25.0, False),
    (25.0, "nearly", None, 23.0, False),
    (25.0, "nearly", None, 22.5, False),
    (25.0, "nearly", None, 22.49, True),
    (25.0, "nearly", None, 25.01, True),
    (25.0, "nearly", None, 30.0, True),
    (-10.0, "nearly", None, -9.5, False),                # a fall of nearly 10%: −10% to −9%
    (-10.0, "nearly", None, -9.0, False),
    (-10.0, "nearly", None, -8.9, True),
    (-10.0, "nearly", None, -10.1, True),
    # about X: ±5% of X, or X's rounding if that is wider
    (80.0, "about", None, 80.0, False),
    (80.0, "about", None, 76.0, False),
    (80.0, "about", None, 84.0, False),
    (80.0, "about", None, 75.9, True),
    (80.0, "about", None, 84.1, True),
    (0.3, "about", None, 0.34, False),                   # rounding of 0.3 (±0.05) is wider than 5% (±0.015)
    (0.3, "about", None, 0.26, False),
    (0.3, "about", None, 0.36, True),
    (10.0, "about", 1.0, 10.9, False),                   # a declared tolerance wider than 5%
    (10.0, "about", 1.0, 11.1, True),
])
def test_each_qualifier_allows_its_band_and_no_more(stated, qualifier, tolerance, computed, contradicted):
    assert contradicts(computed, stated, qualifier, tolerance) is contradicted


def test_the_bands_as_documented():
    about = qualifier_band(80.0, "about")
    assert (about.low, about.high) == pytest.approx((76.0, 84.0))
    nearly = qualifier_band(25.0, "nearly")
    assert (nearly.low, nearly.high) == pytest.approx((22.5, 25.0))
    more = qualifier_band(20000.0, "more_than")
    assert more.low == 20000.0 and more.low_open and more.high == float("inf")
    less = qualifier_band(0.025, "less_than")
    assert less.high == 0.025 and less.high_open
    exact = qualifier_band(21.9, "")
    assert (exact.low, exact.high) == pytest.approx((21.85, 21.95))


INDICATORS = {"a": Indicator("a", "A figure", "billion yuan", decimals=2),
              "b": Indicator("b", "B figure", "billion yuan", decimals=2),
              "t": Indicator("t", "Total", "billion yuan", decimals=2)}
TOTAL = DerivedDefinition("total", "Total computed", "billion yuan", 2, "sum", ("a|X|2022", "b|X|2022"), "X", "2022",
                          compares_with="t|X|2022")


def with_total(a: float, b: float, total: float, qualifier: str) -> Dataset:
    observations = [Observation("a", "X", "2022", a, source_id="s"), Observation("b", "X", "2022", b, source_id="s"),
                    Observation("t", "X", "2022", total, qualifier=qualifier, source_id="s")]
    return Dataset(INDICATORS, observations, {"s": Source("s", "Source")}, {"X": "Place X"})


@pytest.mark.parametrize("qualifier, inside, outside, says", [
    ("about", (40.0, 43.0), (40.0, 45.0), "“about 80 billion yuan” allows 76 billion yuan to 84 billion yuan"),
    ("nearly", (12.0, 11.0), (12.0, 13.5), "“nearly 25 billion yuan” allows 22.5 billion yuan to 25 billion yuan"),
    ("more_than", (10.0, 10.5), (10.0, 10.0), "“more than 20 billion yuan” allows only values above 20 billion yuan"),
    ("less_than", (0.01, 0.01), (0.02, 0.01), "“less than 0.03 billion yuan” allows only values below 0.03"),
])
def test_run_checks_applies_the_qualifier_and_says_what_it_allows(qualifier, inside, outside, says):
    total = {"about": 80.0, "nearly": 25.0, "more_than": 20.0, "less_than": 0.03}[qualifier]
    assert run_checks(with_total(*inside, total, qualifier), definitions=[TOTAL]) == []
    [finding] = run_checks(with_total(*outside, total, qualifier), definitions=[TOTAL])
    assert finding.kind == "inconsistent" and finding.key == "t|X|2022"
    assert says in finding.message


# ---- materiality ---------------------------------------------------------------------------------

SHIPPED_MATERIALITY = {
    "chengdu_goods_trade_total|CD|2017": "minor",         # 460.588 vs 460.586: two steps of 0.001
    "chengdu_general_trade_share|CD|2022": "minor",       # 21.9 vs 21.84: 0.29%
    "chengdu_processing_trade_share|CD|2022": "minor",    # 57.5 vs 57.39: 0.20%, 1.1 steps
    "sichuan_trade_bri_avg_growth|SC|2013/2022": "material",   # 10.9 vs 10.56: 3.1%, 3.4 steps
    "luzhou_cbz_trade_growth|LZ-CBZ|2022": "material",    # 162.5 vs 179.3: 10.3%
}


def test_the_shipped_disagreements_have_the_documented_materiality(shipped):
    found = {f.key: f.materiality for f in run_checks(shipped) if f.kind == "inconsistent"}
    assert found == SHIPPED_MATERIALITY


def test_every_shipped_finding_has_a_materiality(shipped):
    findings = run_checks(shipped)
    assert {f.materiality for f in findings} == {"material", "minor"}
    assert sorted((f.kind, f.materiality) for f in findings if f.kind != "inconsistent") == [
        ("gap", "minor")] * 3


@pytest.mark.parametrize("stated, computed, materiality", [
    (460.588, 460.586, "minor"),       # exactly two rounding steps
    (21.9, 21.835761525927346, "minor"),
    (57.5, 57.38761621777054, "minor"),
    (10.9, 10.557587169482808, "material"),
    (162.5, 179.30713481123206, "material"),
    (100.0, 100.99, "minor"),          # under 1%
    (100.0, 102.0, "minor"),           # two steps of 1, 2%
    (100.0, 102.5, "material"),        # 2.5 steps, 2.5%
    (10.9, 11.1, "minor"),             # two steps of 0.1, 1.8%
    (3.2, 3.4, "material"),            # two steps, but 6.25% of a two-digit figure
    (1.0, 3.0, "material"),            # 1 hour against 3: two steps, 200%
    (20000.0, 19990.0, "minor"),       # "more than 20,000" against 19,990: 0.05%
    (20000.0, 15000.0, "material"),
    (0.0, 0.9, "material"),            # nothing to be relative to; beyond rounding
])
def test_the_materiality_rule(stated, computed, materiality):
    assert difference_materiality(stated, computed) == materiality
    assert Finding("warning", "inconsistent", "m", stated=stated, computed=computed).materiality == materiality


@pytest.mark.parametrize("severity, kind, materiality", [
    ("error", "no_source", "material"), ("warning", "no_source", "material"),   # re-issued as a warning: the same
    ("error", "duplicate", "material"), ("error", "out_of_range", "material"),
    ("error", "missing_figure", "material"), ("error", "empty_text", "material"),
    ("warning", "impossible_share", "material"),
    ("warning", "gap", "minor"), ("warning", "no_observations", "minor"), ("warning", "missing_input", "minor"),
    ("warning", "not_computable", "minor"), ("warning", "no_stated_figure", "minor"),
    ("error", "template", "material"), ("warning", "no_font", "minor"),        # kinds of other modules: by severity
    ("warning", "inconsistent", "material"),                                   # a comparison without its numbers
])
def test_findings_that_compare_nothing_take_their_materiality_from_their_kind(severity, kind, materiality):
    assert Finding(severity, kind, "m").materiality == materiality


def test_an_explicit_materiality_is_kept_and_a_wrong_one_refused():
    assert Finding("warning", "gap", "m", materiality="material").materiality == "material"
    with pytest.raises(ValueError, match="materiality"):
        Finding("warning", "gap", "m", materiality="serious")


def test_a_finding_copied_field_by_field_keeps_its_materiality(shipped):
    # The brief's preflight re-issues data findings positionally, without the materiality field.
    for f in run_checks(shipped):
        copy = Finding("warning", f.kind, f.message, f.indicator_id, f.key, f.stated, f.computed, f.formula,
                       f.derived_id, f.item_id)
        assert copy.materiality == f.materiality


def test_to_json_has_the_materiality(shipped):
    findings = {f.key: f for f in run_checks(shipped)}
    for key, materiality in SHIPPED_MATERIALITY.items():
        data = json.loads(json.dumps(findings[key].to_json()))
        assert data["materiality"] == materiality
    assert json.loads(json.dumps(Finding("error", "no_source", "m").to_json()))["materiality"] == "material"


# ---- order ---------------------------------------------------------------------------------------

def test_finding_order_puts_errors_first_then_material_before_minor():
    findings = [Finding("warning", "gap", "1"),
                Finding("warning", "inconsistent", "2", stated=10.9, computed=10.56),
                Finding("error", "no_source", "3"),
                Finding("warning", "inconsistent", "4", stated=21.9, computed=21.84),
                Finding("warning", "impossible_share", "5"),
                Finding("error", "duplicate", "6")]
    assert [f.message for f in sorted(findings, key=finding_order)] == ["3", "6", "2", "5", "1", "4"]


def test_run_checks_returns_the_shipped_findings_in_that_order(shipped):
    findings = run_checks(shipped)
    assert findings == sorted(findings, key=finding_order)
    assert [f.key for f in findings[:2]] == ["sichuan_trade_bri_avg_growth|SC|2013/2022",
                                             "luzhou_cbz_trade_growth|LZ-CBZ|2022"]

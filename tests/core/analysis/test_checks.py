"""Checks: the study's real disagreements, planted ones, data problems and text problems."""
from __future__ import annotations

import dataclasses
import json

import pytest

from ftz_desktop.core.analysis.checks import Finding, run_checks
from ftz_desktop.core.analysis.derived import DerivedDefinition
from ftz_desktop.core.domain.model import Dataset, Indicator, Observation, Source
from ftz_desktop.core.study.content import Content, Item, Section
from ftz_desktop.core.study.shipped import load_shipped_dataset


@pytest.fixture(scope="module")
def shipped() -> Dataset:
    return load_shipped_dataset()


def replace_value(dataset: Dataset, key: tuple[str, str, str], value: float | None) -> Dataset:
    observations = [dataclasses.replace(o, value=value) if o.key == key else o for o in dataset.observations]
    assert observations != dataset.observations, f"{key} is not in the dataset"
    return Dataset(dataset.indicators, observations, dataset.sources, dataset.geographies)


def inconsistent(findings: list[Finding]) -> dict[str, Finding]:
    return {f.key: f for f in findings if f.kind == "inconsistent"}


# ---- the shipped study ---------------------------------------------------------------------------

def test_the_shipped_study_disagreements_are_reported_with_their_numbers(shipped):
    found = inconsistent(run_checks(shipped))
    expected = {
        "chengdu_goods_trade_total|CD|2017": (460.588, 253.849 + 206.737),
        "chengdu_general_trade_share|CD|2022": (21.9, 182.25 / 834.64 * 100),
        "chengdu_processing_trade_share|CD|2022": (57.5, 478.98 / 834.64 * 100),
        "sichuan_trade_bri_avg_growth|SC|2013/2022": (10.9, ((378.87 / 153.53) ** (1 / 9) - 1) * 100),
        "luzhou_cbz_trade_growth|LZ-CBZ|2022": (162.5, (10.51 / (5.36 / 8.716 + 5.15 / 1.636) - 1) * 100),
    }
    assert set(found) == set(expected)
    for key, (stated, computed) in expected.items():
        assert found[key].stated == stated
        assert found[key].computed == pytest.approx(computed, rel=1e-12)
        assert found[key].severity == "warning" and found[key].indicator_id == key.split("|")[0]


def test_the_message_gives_stated_computed_and_formula(shipped):
    finding = inconsistent(run_checks(shipped))["chengdu_goods_trade_total|CD|2017"]
    assert "states 460.588 billion yuan" in finding.message
    assert "give 460.586 billion yuan" in finding.message
    assert "253.849 + 206.737 = 460.586" in finding.message
    assert finding.formula.startswith("Chengdu's exports of goods 2017 + Chengdu's imports of goods 2017")
    bri = inconsistent(run_checks(shipped))["sichuan_trade_bri_avg_growth|SC|2013/2022"]
    assert "states 10.9%" in bri.message and "give 10.56%" in bri.message
    assert "((378.87 / 153.53)^(1/9) − 1) × 100" in bri.message


def test_exact_matches_are_not_reported(shipped):
    # 5.36 + 5.15 = 10.51 and 500.51 + 334.13 = 834.64, binary fractions notwithstanding.
    found = inconsistent(run_checks(shipped))
    assert "luzhou_cbz_trade_total|LZ-CBZ|2022" not in found
    assert "chengdu_goods_trade_total|CD|2022" not in found


def test_the_shipped_data_has_no_errors_and_three_gaps(shipped):
    findings = run_checks(shipped)
    assert [f for f in findings if f.severity == "error"] == []
    gaps = [f for f in findings if f.kind == "gap"]
    assert sorted(f.indicator_id for f in gaps) == ["chengdu_goods_exports", "chengdu_goods_imports",
                                                     "chengdu_goods_trade_total"]
    assert all(f.message.endswith("(Chengdu) has no value for 2018, 2019, 2020, 2021") for f in gaps)
    assert {f.kind for f in findings} == {"gap", "inconsistent"}


# ---- planted and corrected disagreements ---------------------------------------------------------

def test_a_planted_inconsistency_is_reported(shipped):
    dataset = replace_value(shipped, ("chengdu_goods_exports", "CD", "2022"), 510.51)
    finding = inconsistent(run_checks(dataset))["chengdu_goods_trade_total|CD|2022"]
    assert (finding.stated, finding.computed) == (834.64, pytest.approx(844.64))
    assert "510.51 + 334.13" in finding.message


def test_correcting_a_stated_figure_clears_its_finding(shipped):
    dataset = replace_value(shipped, ("chengdu_goods_trade_total", "CD", "2017"), 460.586)
    assert "chengdu_goods_trade_total|CD|2017" not in inconsistent(run_checks(dataset))


def test_a_difference_within_the_rounding_of_the_stated_figure_is_not_reported(shipped):
    # 182.25 / 834.64 is 21.836%: stated as 21.8 it agrees (±0.05); stated as 21.84 too (±0.005); as 21.83 not.
    key = ("chengdu_general_trade_share", "CD", "2022")
    assert "|".join(key) not in inconsistent(run_checks(replace_value(shipped, key, 21.8)))
    assert "|".join(key) not in inconsistent(run_checks(replace_value(shipped, key, 21.84)))
    assert "|".join(key) in inconsistent(run_checks(replace_value(shipped, key, 21.83)))


def small(observations: list[Observation], indicators: dict | None = None) -> Dataset:
    indicators = indicators or {"a": Indicator("a", "A figure", "billion yuan", decimals=2, min_value=0, max_value=100),
                                "b": Indicator("b", "B figure", "billion yuan", decimals=2),
                                "t": Indicator("t", "Total", "billion yuan", decimals=2)}
    return Dataset(indicators, observations, {"s": Source("s", "Source")}, {"X": "Place X"})


def obs(iid: str, value: float | None, period: str = "2022", source: str = "s", **kw) -> Observation:
    return Observation(iid, "X", period, value, status="A" if value is not None else "M", source_id=source, **kw)


TOTAL = DerivedDefinition("total", "Total computed", "billion yuan", 2, "sum", ("a|X|2022", "b|X|2022"), "X", "2022",
                          compares_with="t|X|2022")


def test_an_explicit_tolerance_replaces_the_rounding_of_the_stated_figure():
    dataset = small([obs("a", 1.0), obs("b", 2.0), obs("t", 3.2)])
    assert [f.kind for f in run_checks(dataset, definitions=[TOTAL])] == ["inconsistent"]
    loose = dataclasses.replace(TOTAL, tolerance=0.25)
    assert run_checks(dataset, definitions=[loose]) == []


def test_a_more_than_figure_is_only_contradicted_by_a_smaller_result():
    above = small([obs("a", 1.0), obs("b", 4.0), obs("t", 3.0, qualifier="more_than")])
    below = small([obs("a", 1.0), obs("b", 1.0), obs("t", 3.0, qualifier="more_than")])
    assert run_checks(above, definitions=[TOTAL]) == []
    [finding] = run_checks(below, definitions=[TOTAL])
    assert finding.kind == "inconsistent" and "states more than 3 billion yuan" in finding.message


def test_a_comparison_with_a_figure_that_has_no_value_is_reported():
    [finding] = run_checks(small([obs("a", 1.0), obs("b", 2.0), obs("t", 5.0, period="2021")]), definitions=[TOTAL])
    assert (finding.kind, finding.key, finding.computed) == ("no_stated_figure", "t|X|2022", 3.0)


# ---- data problems -------------------------------------------------------------------------------

def kinds(findings: list[Finding]) -> list[tuple[str, str, str]]:
    return [(f.severity, f.kind, f.key) for f in findings]


def test_an_observation_without_a_known_source_is_an_error():
    findings = run_checks(small([obs("a", 1.0, source="nowhere"), obs("b", 1.0, source=""), obs("t", 1.0)]),
                          definitions=[])
    assert kinds(findings) == [("error", "no_source", "a|X|2022"), ("error", "no_source", "b|X|2022")]
    assert "'nowhere' is not a known source" in findings[0].message
    assert "no source is given" in findings[1].message


def test_a_value_outside_the_indicator_range_is_an_error():
    findings = run_checks(small([obs("a", 100.5), obs("a", -1.0, period="2021"), obs("a", 100.0, period="2020"),
                                 obs("b", 1e9), obs("t", 1.0)]), definitions=[])
    assert kinds(findings) == [("error", "out_of_range", "a|X|2022"), ("error", "out_of_range", "a|X|2021")]
    assert findings[0].stated == 100.5 and "0 to 100" in findings[0].message


def test_missing_values_in_a_series_are_one_gap_warning_per_series():
    findings = run_checks(small([obs("a", 1.0, period="2019"), obs("a", None, period="2021"),
                                 obs("a", None, period="2020"), obs("a", 1.0, period="2022"),
                                 obs("b", 1.0), obs("t", 1.0)]), definitions=[])
    assert kinds(findings) == [("warning", "gap", "a|X|2020")]
    assert findings[0].message == "A figure (Place X) has no value for 2020, 2021"


def test_a_duplicated_key_is_one_error():
    findings = run_checks(small([obs("a", 1.0), obs("a", 2.0), obs("a", 3.0), obs("b", 1.0), obs("t", 1.0)]),
                          definitions=[])
    assert kinds(findings) == [("error", "duplicate", "a|X|2022")]
    assert "entered 3 times" in findings[0].message


def test_an_indicator_without_observations_is_a_warning():
    findings = run_checks(small([obs("a", 1.0), obs("t", 1.0)]), definitions=[])
    assert kinds(findings) == [("warning", "no_observations", "")]
    assert findings[0].indicator_id == "b"


def test_observations_of_unknown_indicators_or_geographies_are_errors():
    stray = Observation("zz", "Y", "2022", 1.0, source_id="s")
    findings = run_checks(small([obs("a", 1.0), obs("b", 1.0), obs("t", 1.0), stray]), definitions=[])
    assert [f.kind for f in findings] == ["unknown_indicator", "unknown_geography"]


def test_a_derived_figure_with_a_missing_input_is_a_warning():
    [finding] = run_checks(small([obs("a", 1.0), obs("b", None), obs("t", 1.0)]), definitions=[TOTAL])[1:]
    assert (finding.severity, finding.kind, finding.key, finding.derived_id) == (
        "warning", "missing_input", "b|X|2022", "total")
    assert "b|X|2022" in finding.message and "1 + ?" in finding.message


def test_a_derived_figure_that_divides_by_zero_is_a_warning():
    share = DerivedDefinition("share", "Share", "%", 1, "share_pct", ("a|X|2022", "b|X|2022"), "X", "2022")
    [finding] = run_checks(small([obs("a", 1.0), obs("b", 0.0), obs("t", 1.0)]), definitions=[share])
    assert finding.kind == "not_computable" and "division by zero" in finding.message


# ---- the text ------------------------------------------------------------------------------------

def content_with(*items: Item) -> Content:
    return Content("en", (Section("status", "Status", "2.1", (), items),))


def item(id: str, text: str, summary: str = "Summary.", indicators: tuple[str, ...] = ()) -> Item:
    return Item(id=id, title=id.title(), summary=summary, paragraphs=(text,), indicators=indicators,
                section_id="status")


def test_text_problems_are_errors_naming_the_item():
    dataset = small([obs("a", 1.0), obs("b", None), obs("t", 1.0)])
    content = content_with(
        item("fine", "A is {{a|X|2022}}.", indicators=("a",)),
        item("stray", "A was {{a|X|2019}} and B {{b|X|2022}}."),
        item("listing", "Nothing.", indicators=("a", "nope")),
        item("blank", "   ", summary="Still a summary."))
    findings = [f for f in run_checks(dataset, content, definitions=[]) if f.item_id]
    assert [(f.kind, f.item_id, f.key or f.indicator_id) for f in findings] == [
        ("missing_figure", "stray", "a|X|2019"), ("missing_figure", "stray", "b|X|2022"),
        ("item_unknown_indicator", "listing", "nope"), ("empty_text", "blank", "")]
    assert all(f.severity == "error" for f in findings)
    assert "not in the data" in findings[0].message and "has no value" in findings[1].message


def test_without_content_the_text_is_not_checked():
    dataset = small([obs("a", 1.0), obs("b", 1.0), obs("t", 1.0)])
    assert run_checks(dataset, content_with(item("fine", "A is {{a|X|2022}}.")), definitions=[]) == []


# ---- order and serialisation ---------------------------------------------------------------------

def test_errors_come_first_in_a_stable_order():
    dataset = small([obs("a", None, period="2021"), obs("a", 1.0, source="?"), obs("b", 200.0, source="?")],
                    indicators={"a": Indicator("a", "A", "%", max_value=100),
                                "b": Indicator("b", "B", "%", max_value=100), "c": Indicator("c", "C", "%")})
    findings = run_checks(dataset, definitions=[])
    assert [(f.severity, f.kind, f.indicator_id) for f in findings] == [
        ("error", "no_source", "a"), ("error", "no_source", "b"), ("error", "out_of_range", "b"),
        ("warning", "gap", "a"), ("warning", "no_observations", "c")]
    assert findings == run_checks(dataset, definitions=[])


def test_to_json_is_a_plain_dict(shipped):
    finding = inconsistent(run_checks(shipped))["luzhou_cbz_trade_growth|LZ-CBZ|2022"]
    data = json.loads(json.dumps(finding.to_json()))
    assert data["severity"] == "warning" and data["kind"] == "inconsistent"
    assert data["stated"] == 162.5 and data["computed"] == pytest.approx(179.307, abs=1e-3)
    assert data["derived_id"] == "luzhou_cbz_trade_growth_from_parts"
    assert set(data) >= {"message", "indicator_id", "key", "formula"}


def test_a_finding_names_the_observation_it_is_about(shipped):
    findings = [f for f in run_checks(shipped) if f.key]
    assert findings
    for finding in findings:
        obs = finding.observation_in(shipped)
        assert obs is not None and "|".join(obs.key) == finding.key
    assert Finding("warning", "gap", "no observation meant").observation_in(shipped) is None
    assert Finding("warning", "gap", "gone", key="nope|CD|2022").observation_in(shipped) is None
